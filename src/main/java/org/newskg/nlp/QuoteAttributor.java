package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newskg.DataFile;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Quote;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Who said each quotation, the way news reports speech: a reporting verb ("said", "told AFP", "vowed") whose
 * subject is a named entity or a pronoun resolved by coreference, and a paragraph that is nothing but a quote
 * continues the previous paragraph's speaker. Quotes without such evidence (placards, slogans, unnamed
 * sources) keep no speaker. Rules: {@value #VERB}, {@value #PRONOUN}, {@value #CONTINUATION}.
 */
final class QuoteAttributor implements Extractor {
    /** "..., X said": the subject of the reporting verb nearest the quote. */
    static final String VERB = "quote/reporting-verb";
    /** "..., he said" with "he" left open by coreference: the person named last before the verb. */
    static final String PRONOUN = "quote/pronoun-last-person";
    /** A quote without a reporting verb, in the paragraph of an attributed one or making up the next. */
    static final String CONTINUATION = "quote/continuation";
    private final Set<String> speechVerbs = Set.copyOf(DataFile.words("org/newskg/nlp/speech-verbs.txt"));
    private final Set<String> subjectPronouns = Words.ofKind("pronouns.tsv", "person-subject");

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        Quote previous = null;
        Paragraphs paragraphs = doc.paragraphs();
        for (Span span : doc.quotations()) {
            Attribution a = attribute(doc.view(), doc.resolution(), span, paragraphs);
            if (a == null && previous != null && previous.speaker() != null && (paragraphs.isWholeParagraph(span)
                    && paragraphs.index(span.begin()) - paragraphs.index(previous.span().begin()) <= 1
                    || paragraphs.index(span.begin()) == paragraphs.index(previous.span().begin()))) {
                a = new Attribution(previous.speaker(), new Provenance(0.7, CONTINUATION, span.sentence()));
            }
            Quote quote = new Quote(span.text(), span, a == null ? null : a.speaker, a == null ? null : a.provenance,
                    about(doc.resolution(), span));
            out.quote(quote);
            previous = quote;
        }
    }

    private record Attribution(String speaker, Provenance provenance) {
    }

    /** The subject of the reporting verb nearest to the quote in its sentences, if it is an entity. */
    private Attribution attribute(DocView doc, Resolution res, Span quote, Paragraphs paragraphs) {
        int first = doc.sentenceAt(quote.begin());
        int last = doc.sentenceAt(Math.max(quote.begin(), quote.end() - 1));
        // “We won't give up!” he vowed: the sentence splitter may end the sentence inside the quote
        if (last + 1 < doc.sentenceCount() && doc.sentenceBegin(last + 1) - quote.end() <= 3
                && paragraphs.index(doc.sentenceBegin(last + 1)) == paragraphs.index(quote.begin())) {
            last++;
        }
        IndexedWord best = null;
        int bestSentence = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int s = first; s <= last; s++) {
            SemanticGraph g = doc.deps(s);
            for (IndexedWord w : g.vertexSet()) {
                boolean outside = w.endPosition() <= quote.begin() - 1 || w.beginPosition() >= quote.end() + 1;
                if (!outside || w.lemma() == null || !speechVerbs.contains(w.lemma().toLowerCase())) {
                    continue;
                }
                int score = distance(g, w, quote);
                if (score < bestScore) {
                    best = w;
                    bestScore = score;
                    bestSentence = s;
                }
            }
        }
        if (best == null) {
            return null;
        }
        double confidence = bestScore < 100 ? 0.9 : 0.75;
        String speaker = subjectOf(doc.deps(bestSentence), res, bestSentence, best);
        if (speaker != null) {
            return new Attribution(speaker, new Provenance(confidence, VERB, bestSentence));
        }
        if (pronounSubject(doc.deps(bestSentence), best)) {
            speaker = res.lastBefore(doc, bestSentence, best.index() - 1, EntityType.PERSON, false);
        }
        return speaker == null ? null : new Attribution(speaker, new Provenance(confidence, PRONOUN, bestSentence));
    }

    private boolean pronounSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (Deps.rel(e).equals(Deps.NSUBJ)) {
                return subjectPronouns.contains(e.getDependent().word().toLowerCase());
            }
        }
        return false;
    }

    /** Tree distance when the verb governs part of the quote; otherwise 100 plus the distance in characters. */
    private static int distance(SemanticGraph g, IndexedWord verb, Span quote) {
        int best = Integer.MAX_VALUE;
        for (IndexedWord w : g.vertexSet()) {
            if (w.beginPosition() >= quote.begin() && w.endPosition() <= quote.end()) {
                int depth = 0;
                for (IndexedWord a = w; a != null && depth < 12; a = g.getParent(a), depth++) {
                    if (a.equals(verb)) {
                        best = Math.min(best, depth);
                        break;
                    }
                }
            }
        }
        if (best != Integer.MAX_VALUE) {
            return best;
        }
        int gap = verb.beginPosition() >= quote.end() ? verb.beginPosition() - quote.end() : quote.begin() - verb.endPosition();
        return 100 + gap;
    }

    /** The entity the verb's subject refers to; a verb without subject ("saying") takes its governor's. */
    private static String subjectOf(SemanticGraph g, Resolution res, int s, IndexedWord verb) {
        for (IndexedWord v = verb; v != null; v = g.getParent(v)) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
                if (Deps.rel(e).equals(Deps.NSUBJ)) {
                    return NounReferent.SUBJECT_PHRASE.of(g, res, s, e.getDependent());
                }
            }
        }
        return null;
    }

    private static List<String> about(Resolution res, Span quote) {
        List<String> keys = new ArrayList<>();
        for (var e : res.entities()) {
            if (e.mentions().stream().anyMatch(m -> m.begin() >= quote.begin() && m.end() <= quote.end())
                    && !keys.contains(e.key())) {
                keys.add(e.key());
            }
        }
        return keys;
    }
}
