package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newskg.extraction.Provenance;
import org.newskg.extraction.Quote;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * Finds the quotations of an article and who said them, the way news reports speech: a reporting verb
 * ("said", "told AFP", "vowed") whose subject is a named entity or a pronoun resolved by coreference, and
 * a paragraph that is nothing but a quote continues the previous paragraph's speaker. Quotes without such
 * evidence (placards, slogans, unnamed sources) keep no speaker.
 */
final class QuoteAttributor {
    private static final int MIN_WORDS = 3;
    private final Set<String> speechVerbs = new HashSet<>();

    QuoteAttributor() {
        for (String[] r : Resources.rows("speech-verbs.txt")) {
            speechVerbs.add(r[0].strip());
        }
    }

    List<Quote> extract(DocView doc, Resolution res, Paragraphs paragraphs) {
        List<Quote> quotes = new ArrayList<>();
        List<CoreMap> found = doc.doc().get(CoreAnnotations.QuotationsAnnotation.class);
        Quote previous = null;
        for (CoreMap q : found == null ? List.<CoreMap>of() : found) {
            Span span = inner(doc, q);
            if (span == null || span.text().split("\\s+").length < MIN_WORDS) {
                continue;
            }
            Attribution a = attribute(doc, res, span, paragraphs);
            if (a == null && previous != null && previous.speaker() != null && (paragraphs.isWholeParagraph(span)
                    && paragraphs.index(span.begin()) - paragraphs.index(previous.span().begin()) <= 1
                    || paragraphs.index(span.begin()) == paragraphs.index(previous.span().begin()))) {
                // a quote with no reporting verb of its own, in the same paragraph as the last attributed one
                // or making up the next paragraph, goes on in the same voice
                a = new Attribution(previous.speaker(), new Provenance(0.7, "quote-continuation", span.sentence()));
            }
            Quote quote = new Quote(span.text(), span, a == null ? null : a.speaker, a == null ? null : a.provenance,
                    about(res, doc, span));
            quotes.add(quote);
            previous = quote;
        }
        return quotes;
    }

    /** The quote without its quotation marks. */
    private static Span inner(DocView doc, CoreMap q) {
        int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String t = doc.text(begin, end);
        int b = 0;
        int e = t.length();
        while (b < e && "\"'“”‘’«»„ ".indexOf(t.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && "\"'“”‘’«»„ ,".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return b >= e ? null : new Span(begin + b, begin + e, t.substring(b, e), doc.sentenceAt(begin + b));
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
        String speaker = subjectOf(doc.deps(bestSentence), res, bestSentence, best);
        if (speaker == null && pronounSubject(doc.deps(bestSentence), best)) {
            // "..., he said" when coreference left "he" unresolved: the person named last before the verb
            speaker = res.lastBefore(doc, bestSentence, best.index() - 1, org.newskg.extraction.EntityType.PERSON,
                    false);
        }
        return speaker == null ? null
                : new Attribution(speaker, new Provenance(bestScore < 100 ? 0.9 : 0.75, "quote-verb", bestSentence));
    }

    private static boolean pronounSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().getShortName().equals("nsubj")) {
                String w = e.getDependent().word().toLowerCase();
                return w.equals("he") || w.equals("she");
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
                if (e.getRelation().getShortName().equals("nsubj")) {
                    return referentInPhrase(g, res, s, e.getDependent());
                }
            }
        }
        return null;
    }

    /** The subject's own referent, else the name inside its phrase (not a possessor: "X's ally Y" is Y). */
    private static String referentInPhrase(SemanticGraph g, Resolution res, int s, IndexedWord head) {
        String direct = res.at(s, head.index() - 1);
        if (direct != null) {
            return direct;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
            String rel = e.getRelation().toString();
            if (rel.equals("appos") || rel.equals("compound") || rel.equals("dep") || rel.equals("flat")) {
                String k = res.at(s, e.getDependent().index() - 1);
                if (k != null) {
                    return k;
                }
            }
        }
        return null;
    }

    private static List<String> about(Resolution res, DocView doc, Span quote) {
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
