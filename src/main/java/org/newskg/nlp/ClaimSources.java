package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.newskg.extraction.Count;
import org.newskg.extraction.Event;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.Source;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Who says so: a fact, count or event stated inside a reported clause carries the clause's source in its
 * provenance. A reported clause is the complement of a reporting verb (speech-verbs.txt, words/claim-verbs.tsv)
 * with a subject ("State television said [65,000 people attended the rally]", "police estimated that ...") or
 * the rest of a sentence with "according to X". The source is the subject's entity when it names one (or is a
 * pronoun that refers to one), else its words ("State television", "local media"). A fact is a claim only when
 * every word of the sentence that refers to its subject (and to its object, when that is an entity) is inside
 * the clause; an event only when every trigger of it is.
 */
final class ClaimSources {
    private static final Set<String> VERBS = verbs();

    /** A reported clause of one sentence (0-based token indices) and who reports it. */
    record Frame(int sentence, Set<Integer> clause, Source source) {
    }

    private final DocView doc;
    private final Resolution res;
    private final List<Frame> frames = new ArrayList<>();

    ClaimSources(DocumentContext ctx) {
        this.doc = ctx.view();
        this.res = ctx.resolution();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            frames.addAll(frames(doc, res, ctx.quotations(), s));
        }
    }

    private static Set<String> verbs() {
        Set<String> v = new HashSet<>(QuoteAttributor.SPEECH_VERBS);
        v.addAll(Words.set("claim-verbs.tsv"));
        return Set.copyOf(v);
    }

    /** The reported clauses of sentence {@code s}. */
    static List<Frame> frames(DocView doc, Resolution res, List<Span> quotations, int s) {
        List<Frame> out = new ArrayList<>();
        SemanticGraph g = doc.deps(s);
        if (g == null) {
            return out;
        }
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            IndexedWord head = e.getGovernor();
            if (Deps.rel(e).equals(Deps.CCOMP) && head.tag().startsWith("VB") && VERBS.contains(lemma(head))
                    && !inQuote(doc, quotations, s, head)) {
                IndexedWord subject = subject(g, head);
                Source src = subject == null ? null : source(doc, res, g, s, subject);
                if (src != null) {
                    out.add(new Frame(s, indices(g, e.getDependent()), src));
                }
            } else if ("according_to".equals(Deps.specific(e))) {
                Source src = source(doc, res, g, s, e.getDependent());
                if (src != null) {
                    Set<Integer> clause = new HashSet<>();
                    Set<Integer> phrase = indices(g, e.getDependent());
                    for (int i = 0; i < doc.tokens(s).size(); i++) {
                        String w = doc.tokens(s).get(i).word().toLowerCase();
                        if (!phrase.contains(i) && !w.equals("according") && !(w.equals("to") && phrase.contains(i + 1))) {
                            clause.add(i);
                        }
                    }
                    out.add(new Frame(s, clause, src));
                }
            }
        }
        return out;
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase();
    }

    /** The verb's nominal subject, or null. */
    static IndexedWord subject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (Deps.rel(e).equals(Deps.NSUBJ)) {
                return e.getDependent();
            }
        }
        return null;
    }

    private static boolean inQuote(DocView doc, List<Span> quotations, int s, IndexedWord w) {
        int at = doc.tokens(s).get(w.index() - 1).beginPosition();
        return quotations.stream().anyMatch(q -> q.begin() <= at && at < q.end());
    }

    /**
     * The source a noun stands for: its entity, with the words before it ("an AFP reporter" is no entity,
     * "AFP" is), or its words; null for a pronoun that refers to nothing ("they said").
     */
    static Source source(DocView doc, Resolution res, SemanticGraph g, int s, IndexedWord head) {
        String entity = res.at(s, head.index() - 1);
        List<CoreLabel> t = doc.tokens(s);
        // the words before the noun that are its own ("State television", "an AFP reporter"), not its
        // preposition ("according to")
        Set<Integer> own = indices(g, head);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
            if (Deps.rel(e).equals(Deps.CASE) || Deps.rel(e).equals(Deps.MARK)) {
                own.removeAll(indices(g, e.getDependent()));
            }
        }
        int from = head.index() - 1;
        while (from > 0 && own.contains(from - 1)) {
            from--;
        }
        StringBuilder words = new StringBuilder();
        for (int i = from; i < head.index(); i++) {
            String w = t.get(i).word();
            if (!w.matches("\\p{Punct}+")) {
                words.append(words.length() > 0 ? " " : "").append(w);
            }
        }
        if (words.isEmpty() && entity == null) {
            return null; // punctuation alone: a parse to leave alone
        }
        if (entity != null) {
            String label = words.isEmpty() || head.tag().startsWith("PRP") ? res.entity(entity).name() : words.toString();
            return new Source(entity, label);
        }
        if (head.tag().startsWith("PRP") || head.tag().startsWith("W") || head.tag().equals("DT")) {
            return null;
        }
        return new Source(null, words.toString());
    }

    /** The 0-based indices of a word and everything under it. */
    private static Set<Integer> indices(SemanticGraph g, IndexedWord w) {
        Set<Integer> out = new HashSet<>();
        out.add(w.index() - 1);
        for (IndexedWord d : g.descendants(w)) {
            out.add(d.index() - 1);
        }
        return out;
    }

    /**
     * The innermost frame of sentence {@code s} whose clause holds every index the test accepts, and at least
     * one: in "State TV reported that officials said 5,000 attended" the count is the officials'.
     */
    private Source within(int s, Predicate<Integer> refers) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < doc.tokens(s).size(); i++) {
            if (refers.test(i)) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return null;
        }
        Frame best = null;
        for (Frame f : frames) {
            if (f.sentence() == s && f.clause().containsAll(at) && (best == null || f.clause().size() < best.clause().size())) {
                best = f;
            }
        }
        return best == null ? null : best.source();
    }

    private Source ofEntity(int s, String entity) {
        return within(s, i -> entity.equals(res.at(s, i)));
    }

    private Source ofSpan(Span span) {
        int s = span.sentence();
        if (s < 0) {
            return null;
        }
        return within(s, i -> {
            CoreLabel t = doc.tokens(s).get(i);
            return t.beginPosition() >= span.begin() && t.endPosition() <= span.end();
        });
    }

    List<Relation> relations(List<Relation> relations) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : relations) {
            int s = r.provenance().sentence();
            Source src = frames.isEmpty() ? null : ofEntity(s, r.subject());
            if (src != null && r.objectIsEntity() && !src.equals(ofEntity(s, r.object()))) {
                src = null;
            }
            out.add(src == null ? r : new Relation(r.subject(), r.predicate(), r.object(), r.provenance().from(src)));
        }
        return out;
    }

    List<Event> events(List<Event> events) {
        if (frames.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Source src = null;
            for (Span t : e.triggers()) {
                Source at = ofSpan(t);
                if (at == null || src != null && !src.equals(at)) {
                    src = null; // a trigger the article states itself, or two sources: no one source
                    break;
                }
                src = src == null ? at : src;
            }
            List<EventArgument> args = new ArrayList<>();
            for (EventArgument a : e.arguments()) {
                Source as = ofEntity(a.provenance().sentence(), a.entity());
                args.add(as == null ? a : new EventArgument(a.role(), a.entity(), a.provenance().from(as)));
            }
            List<Count> counts = new ArrayList<>();
            for (Count c : e.counts()) {
                Source cs = c.provenance().source() != null || c.at() == null ? c.provenance().source() : ofSpan(c.at());
                counts.add(cs == null ? c : new Count(c.value(), c.at(), c.provenance().from(cs)));
            }
            out.add(e.with(args, src == null ? e.provenance() : e.provenance().from(src), counts));
        }
        return out;
    }
}
