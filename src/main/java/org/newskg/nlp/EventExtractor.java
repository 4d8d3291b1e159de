package org.newskg.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Quote;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Finds event mentions from the trigger lexicon and fills their roles from the dependency parse: subject
 * or possessor → agent, object → target, "with" → participant, a place after in/at/on → location, a DATE
 * → start date, a number of people → participant count. Words inside quotations are claims, not reports,
 * and trigger nothing. {@link EventMerger} then makes one event of several mentions of one happening.
 */
final class EventExtractor {
    private static final Set<String> LOCATION_CASES = Set.of("in", "at", "on", "to", "from", "near", "across", "outside");
    private final EventLexicon lexicon = new EventLexicon();

    List<EventMention> extract(DocView doc, Resolution res, List<Quote> quotes, LocalDate date) {
        List<EventMention> out = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            SemanticGraph g = doc.deps(s);
            for (IndexedWord w : g.vertexListSorted()) {
                if (w.lemma() == null || insideQuote(w, quotes)) {
                    continue;
                }
                for (EventLexicon.Trigger t : lexicon.lookup(w.lemma())) {
                    if (t.fits(w.tag()) && (t.with().isEmpty() || hasParticle(g, w, t.with()))) {
                        out.add(mention(doc, res, g, s, w, t, date));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean insideQuote(IndexedWord w, List<Quote> quotes) {
        return quotes.stream().anyMatch(q -> w.beginPosition() >= q.span().begin() && w.endPosition() <= q.span().end());
    }

    private static boolean hasParticle(SemanticGraph g, IndexedWord w, String particle) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            IndexedWord d = e.getDependent();
            if (d.word().equalsIgnoreCase(particle)) {
                return true;
            }
            for (SemanticGraphEdge c : g.outgoingEdgeIterable(d)) {
                if (c.getRelation().getShortName().equals("case") && c.getDependent().word().equalsIgnoreCase(particle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private EventMention mention(DocView doc, Resolution res, SemanticGraph g, int s, IndexedWord w,
                                 EventLexicon.Trigger t, LocalDate date) {
        Span trigger = new Span(w.beginPosition(), w.endPosition(), w.originalText(), s);
        List<EventArgument> args = new ArrayList<>();
        String[] when = {null};
        Long[] count = {null};
        boolean verb = w.tag().startsWith("VB");
        collect(doc, res, g, s, w, verb, true, args, when, count, date);
        IndexedWord gov = g.getParent(w);
        if (gov != null) {
            collect(doc, res, g, s, gov, gov.tag().startsWith("VB"), false, args, when, count, date);
            if (!verb && args.stream().noneMatch(a -> a.role() == EventRole.AGENT)) {
                governorSubject(res, g, s, gov, args);
            }
        }
        boolean definite = !verb && g.outgoingEdgeList(w).stream()
                .anyMatch(e -> e.getRelation().getShortName().equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
        return new EventMention(t.type(), trigger, args, when[0], count[0], definite);
    }

    private static void collect(DocView doc, Resolution res, SemanticGraph g, int s, IndexedWord w, boolean verb,
                                boolean own, List<EventArgument> args, String[] when, Long[] count, LocalDate date) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().getShortName();
            String spec = e.getRelation().getSpecific();
            String date1 = dateOf(doc, s, d, date);
            if (date1 != null && when[0] == null) {
                when[0] = date1;
                continue;
            }
            if (count[0] == null && (rel.startsWith("nsubj") || rel.equals("obj") || own && rel.equals("nmod"))) {
                count[0] = peopleCount(doc, g, s, d);
            }
            String who = entity(res, g, s, d);
            if (who == null) {
                continue;
            }
            EntityType type = res.entity(who).type();
            Provenance p = new Provenance(0.7, "event-rule", s);
            String prep = spec == null ? caseOf(g, d) : spec;
            if ((rel.equals("obl") || rel.equals("nmod")) && type.isPlace() && prep != null && LOCATION_CASES.contains(prep)) {
                add(args, new EventArgument(EventRole.LOCATION, who, p));
            } else if (!own) {
                continue;
            } else if (rel.equals("nsubj") || rel.equals("nmod:poss") || "by".equals(prep) || rel.equals("obl:agent")
                    || rel.equals("compound") && !type.isPlace()) {
                add(args, new EventArgument(EventRole.AGENT, who, p));
            } else if (rel.equals("obj") || rel.startsWith("nsubj:pass") || "against".equals(prep) || "on".equals(prep) && !type.isPlace()) {
                add(args, new EventArgument(EventRole.TARGET, who, p));
            } else if ("with".equals(prep) || "for".equals(prep) || "of".equals(prep) || verb && rel.equals("obl")) {
                add(args, new EventArgument(EventRole.PARTICIPANT, who, p));
            } else if (rel.equals("compound") || rel.equals("amod")) {
                add(args, new EventArgument(EventRole.LOCATION, who, p));
            }
        }
    }

    /** "X announced the creation of Y": a noun trigger without its own agent takes its verb's subject. */
    private static void governorSubject(Resolution res, SemanticGraph g, int s, IndexedWord gov, List<EventArgument> args) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(gov)) {
            if (e.getRelation().toString().equals("nsubj")) {
                String who = entity(res, g, s, e.getDependent());
                if (who != null) {
                    add(args, new EventArgument(EventRole.AGENT, who, new Provenance(0.6, "event-rule", s)));
                }
            }
        }
    }

    private static void add(List<EventArgument> args, EventArgument a) {
        if (args.stream().noneMatch(x -> x.entity().equals(a.entity()) && x.role() == a.role())) {
            args.add(a);
        }
    }

    private static String caseOf(SemanticGraph g, IndexedWord d) {
        for (SemanticGraphEdge c : g.outgoingEdgeIterable(d)) {
            if (c.getRelation().getShortName().equals("case")) {
                return c.getDependent().word().toLowerCase();
            }
        }
        return null;
    }

    private static String entity(Resolution res, SemanticGraph g, int s, IndexedWord d) {
        String k = res.at(s, d.index() - 1);
        if (k != null) {
            return k;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
            String rel = e.getRelation().getShortName();
            if (rel.equals("compound") || rel.equals("appos") || rel.equals("flat")) {
                k = res.at(s, e.getDependent().index() - 1);
                if (k != null) {
                    return k;
                }
            }
        }
        return null;
    }

    private static String dateOf(DocView doc, int s, IndexedWord d, LocalDate date) {
        CoreLabel token = doc.token(s, d.index() - 1);
        if (!"DATE".equals(token.ner())) {
            return null;
        }
        return DateResolver.resolve(token.word(), token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), date);
    }

    /** "more than 6,700 people": the number modifying a noun for people. */
    private static Long peopleCount(DocView doc, SemanticGraph g, int s, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (e.getRelation().getShortName().equals("nummod")) {
                String norm = doc.token(s, e.getDependent().index() - 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (norm != null) {
                    try {
                        double v = Double.parseDouble(norm.replaceAll("^[<>=~]+", ""));
                        if (v >= 1 && v < 1e10) {
                            return (long) v;
                        }
                    } catch (NumberFormatException ignored) {
                        // not a plain number
                    }
                }
            }
        }
        return null;
    }
}
