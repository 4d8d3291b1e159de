package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newskg.extraction.Count;
import org.newskg.extraction.Event;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Source;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Second numbers for counted events, from {@code rules/count-estimate.tokensregex}: "State television said
 * 65,000 people attended the rally, though an AFP reporter put the number closer to 10,000" gives the rally a
 * second count, 10,000, according to "an AFP reporter". Both are kept: conflicting claims are the news.
 */
final class CountEstimates {
    /** One number a source gives, before it is tied to an event. */
    private record Estimate(int sentence, long value, Span at, Source source, Provenance provenance) {
    }

    private final TokenRules rules;
    /** The estimates of the article being read, one list per analysis thread (the rules are shared). */
    private final ThreadLocal<List<Estimate>> found = ThreadLocal.withInitial(ArrayList::new);

    CountEstimates() {
        this.rules = new TokenRules("count-estimate.tokensregex", Map.of("count-estimate", this::estimate));
    }

    /** The events with the estimates of the article added to the counted event each one is about. */
    List<Event> apply(DocumentContext doc, List<Event> events) {
        List<Estimate> estimates = found.get();
        estimates.clear();
        rules.run(doc, new Facts());
        List<Event> out = new ArrayList<>(events);
        for (Estimate est : List.copyOf(estimates)) {
            int target = counted(out, est.sentence());
            if (target < 0) {
                target = counted(out, est.sentence() - 1);
            }
            if (target < 0) {
                continue;
            }
            Event e = out.get(target);
            if (e.counts().stream().anyMatch(c -> c.value() == est.value())) {
                continue;
            }
            List<Count> counts = new ArrayList<>(e.counts());
            counts.add(new Count(est.value(), est.at(), est.provenance().from(est.source())));
            out.set(target, e.with(e.arguments(), e.provenance(), counts));
        }
        return out;
    }

    /** The index of the first event with a count given in sentence {@code s}, or -1. */
    private static int counted(List<Event> events, int s) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).counts().stream().anyMatch(c -> c.provenance().sentence() == s)) {
                return i;
            }
        }
        return -1;
    }

    private void estimate(TokenRules.Match m, FactSink unused) {
        int s = m.sentence();
        DocView doc = m.doc().view();
        int n = m.start("$n");
        Double v = doc.number(s, n);
        SemanticGraph g = doc.deps(s);
        if (v == null || v < 1 || v >= 1e10 || g == null) {
            return;
        }
        IndexedWord verb = g.getNodeByIndexSafe(m.start("$verb") + 1);
        IndexedWord subject = verb == null ? null : ClaimSources.subject(g, verb);
        Source source = subject == null ? null : ClaimSources.source(doc, m.doc().resolution(), g, s, subject);
        if (source == null) {
            return;
        }
        CoreLabel t = m.tokens().get(n);
        found.get().add(new Estimate(s, v.longValue(), new Span(t.beginPosition(), t.endPosition(), t.word(), s), source,
                new Provenance(m.rule().confidence(), m.rule().id(), s)));
    }
}
