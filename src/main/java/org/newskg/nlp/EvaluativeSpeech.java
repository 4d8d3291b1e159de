package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Rule {@value #RULE}: to say that something is "unacceptable", "disgusting" or "flawed" is to criticise it.
 * A reporting verb that asserts what it reports (say, tell, add, claim, insist, argue, write, state,
 * declare, complain, warn, admit) whose subject names an entity, with a word of blame ({@code
 * words/criticism-words.tsv}) in what it reports ("Taylor said it was 'absolutely disgusting'"), or "call",
 * "describe", "label" or "dub" with such a word as the predicate of its object ("Rock called award shows
 * idiotic"), is a Criticism by that entity; its target is the first other entity, not a place, the
 * reported words name. Words of blame said by no one named, not reported ("the plan was flawed"), denied
 * ("Taylor denied it was flawed") or negated ("it was not unfair") are no event.
 */
final class EvaluativeSpeech implements Extractor {
    static final String RULE = "event/evaluative-speech";
    private static final Set<String> BLAME = Words.ofKind("criticism-words.tsv", "any");
    private static final Set<String> BLAME_VERBS = Words.ofKind("criticism-words.tsv", "verb");
    private static final Set<String> NAMING_VERBS = Set.of("call", "describe", "label", "dub");
    /** Reporting verbs that assert what they report ("deny", "ask", "predict" do not). */
    private static final Set<String> ASSERTING = Set.of("say", "tell", "add", "claim", "insist", "argue", "write",
            "state", "declare", "complain", "warn", "admit");

    @Override
    public void extract(DocumentContext ctx, FactSink out) {
        DocView doc = ctx.view();
        Resolution res = ctx.resolution();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            SemanticGraph g = doc.deps(s);
            for (IndexedWord verb : g.vertexListSorted()) {
                String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
                boolean reporting = QuoteAttributor.SPEECH_VERBS.contains(lemma) && ASSERTING.contains(lemma);
                if (!reporting && !NAMING_VERBS.contains(lemma) || ctx.quoted(verb.beginPosition(), verb.endPosition())) {
                    continue;
                }
                String speaker = subject(g, res, s, verb);
                if (speaker == null) {
                    continue;
                }
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                    String rel = Deps.rel(e);
                    boolean content = reporting ? rel.equals(Deps.CCOMP) || rel.equals("parataxis")
                            : rel.equals(Deps.XCOMP) || rel.equals(Deps.OBJ);
                    if (!content) {
                        continue;
                    }
                    List<IndexedWord> words = new ArrayList<>(g.descendants(e.getDependent()));
                    words.sort(java.util.Comparator.comparingInt(IndexedWord::index));
                    IndexedWord blame = words.stream().filter(EvaluativeSpeech::blames).findFirst().orElse(null);
                    if (blame == null || negated(g, blame) || negated(g, verb) || negatedHead(g, blame)) {
                        continue;
                    }
                    Provenance p = new Provenance(0.6, RULE, s);
                    List<EventArgument> args = new ArrayList<>();
                    args.add(new EventArgument(EventRole.AGENT, speaker, p));
                    for (IndexedWord w : words) {
                        String k = res.at(s, w.index() - 1);
                        if (k != null && !k.equals(speaker) && !res.entity(k).type().isPlace()) {
                            args.add(new EventArgument(EventRole.TARGET, k, p));
                            break;
                        }
                    }
                    out.event(new EventMention(EventType.CRITICISM,
                            new Span(blame.beginPosition(), blame.endPosition(), blame.originalText(), s), args, null, null, false));
                    break;
                }
            }
        }
    }

    /** "not unfair", "did not say": a negation on the word or its verb. */
    private static boolean negated(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = Deps.rel(e);
            if ((rel.equals("advmod") || rel.equals("neg")) && e.getDependent().word().toLowerCase(Locale.ROOT).matches("not|n't|never")) {
                return true;
            }
        }
        return false;
    }

    /** "not a wasted vote": a word of blame that modifies a noun is negated with the noun. */
    private static boolean negatedHead(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            if (Deps.rel(e).equals("amod") && negated(g, e.getGovernor())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blames(IndexedWord w) {
        String word = w.word().toLowerCase(Locale.ROOT);
        String lemma = w.lemma() == null ? word : w.lemma().toLowerCase(Locale.ROOT);
        boolean verb = w.tag() != null && w.tag().startsWith("VB");
        return BLAME.contains(word) || BLAME.contains(lemma) || verb && BLAME_VERBS.contains(lemma);
    }

    /** The entity the verb's subject names (a pronoun included), or null. */
    private static String subject(SemanticGraph g, Resolution res, int s, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (Deps.full(e).equals(Deps.NSUBJ)) {
                String k = NounReferent.SUBJECT_PHRASE.of(g, res, s, e.getDependent());
                return k != null && res.entity(k).type() != null ? k : null;
            }
        }
        return null;
    }
}
