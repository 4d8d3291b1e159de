package org.newskg.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.EventType;
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
    private static final Set<EventType> SPEECH_ACTS = Set.of(EventType.APPEAL, EventType.DEMAND, EventType.THREAT);
    private final EventLexicon lexicon = new EventLexicon();

    List<EventMention> extract(DocView doc, Resolution res, List<Quote> quotes, LocalDate date) {
        List<EventMention> out = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            SemanticGraph g = doc.deps(s);
            for (IndexedWord w : g.vertexListSorted()) {
                if (w.lemma() == null || insideQuote(w, quotes)) {
                    continue;
                }
                EventLexicon.Trigger t = trigger(g, w);
                if (t != null && !contentOfAnother(g, w, t)) {
                    out.add(mention(doc, res, g, s, w, t, date));
                }
            }
        }
        return out;
    }

    private EventLexicon.Trigger trigger(SemanticGraph g, IndexedWord w) {
        if (w.lemma() == null) {
            return null;
        }
        for (EventLexicon.Trigger t : lexicon.lookup(w.lemma())) {
            if (t.fits(w.tag()) && (t.with().isEmpty() || hasParticle(g, w, t.with()))) {
                return t;
            }
        }
        return null;
    }

    /**
     * True when the trigger is only what another event is about: the content of an appeal, demand or threat
     * ("called for new protests", "demanded the release of", "threatened sanctions" - it has not happened), or
     * the purpose of another event ("rallied to demand a ceasefire" is one protest, not a protest and a demand).
     */
    private boolean contentOfAnother(SemanticGraph g, IndexedWord w, EventLexicon.Trigger t) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            EventLexicon.Trigger parent = trigger(g, e.getGovernor());
            if (parent == null) {
                continue;
            }
            boolean parentSpeech = SPEECH_ACTS.contains(parent.type());
            boolean speech = SPEECH_ACTS.contains(t.type());
            String rel = e.getRelation().getShortName();
            String prep = e.getRelation().getSpecific() != null ? e.getRelation().getSpecific() : caseOf(g, w);
            boolean content = rel.equals("obj") || rel.equals("xcomp") || rel.equals("ccomp")
                    || (rel.equals("obl") || rel.equals("nmod")) && ("for".equals(prep) || "to".equals(prep));
            if (parentSpeech && !speech && content) {
                return true;
            }
            if (speech && !parentSpeech && (rel.equals("xcomp") || rel.equals("advcl"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideQuote(IndexedWord w, List<Quote> quotes) {
        return quotes.stream().anyMatch(q -> w.beginPosition() >= q.span().begin() && w.endPosition() <= q.span().end());
    }

    private static boolean hasParticle(SemanticGraph g, IndexedWord w, String particle) {
        IndexedWord next = g.getNodeByIndexSafe(w.index() + 1);
        if (next != null && next.word().equalsIgnoreCase(particle) && ("RP".equals(next.tag()) || "IN".equals(next.tag()))) {
            return true; // "walked off the job": the parser may hang the particle anywhere
        }
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
        boolean future = future(g, w) || g.getParent(w) != null && future(g, g.getParent(w));
        collect(doc, res, g, s, w, verb, true, args, when, count, date, future);
        IndexedWord gov = g.getParent(w);
        if (gov != null) {
            collect(doc, res, g, s, gov, gov.tag().startsWith("VB"), false, args, when, count, date, future);
            if (!verb && args.stream().noneMatch(a -> a.role() == EventRole.AGENT)) {
                governorSubject(res, g, s, gov, args);
            }
        }
        if (when[0] == null) {
            when[0] = nestedDate(doc, g, s, w, date, future);
        }
        boolean definite = !verb && g.outgoingEdgeList(w).stream()
                .anyMatch(e -> e.getRelation().getShortName().equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
        return new EventMention(t.type(), trigger, args, when[0], count[0], definite);
    }

    private static void collect(DocView doc, Resolution res, SemanticGraph g, int s, IndexedWord w, boolean verb,
                                boolean own, List<EventArgument> args, String[] when, Long[] count, LocalDate date,
                                boolean future) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().getShortName();
            String spec = e.getRelation().getSpecific();
            String date1 = dateOf(doc, s, d, date, future);
            if (date1 == null) {
                date1 = weekdayModifier(doc, g, s, d, date, future);
            }
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

    private static String dateOf(DocView doc, int s, IndexedWord d, LocalDate date, boolean future) {
        CoreLabel token = doc.token(s, d.index() - 1);
        boolean weekdayTime = "TIME".equals(token.ner()) && DateResolver.isWeekday(token.word());
        if (!"DATE".equals(token.ner()) && !weekdayTime) {
            return null;
        }
        return DateResolver.resolve(token.word(), token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                date, future);
    }

    /** "on Wednesday evening", "on Monday night": the weekday that modifies a time of day. */
    private static String weekdayModifier(DocView doc, SemanticGraph g, int s, IndexedWord d, LocalDate date,
                                          boolean future) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
            IndexedWord m = e.getDependent();
            if (DateResolver.isWeekday(m.word()) && (e.getRelation().getShortName().equals("compound")
                    || e.getRelation().getShortName().equals("amod") || e.getRelation().getShortName().equals("nmod"))) {
                return DateResolver.resolve(m.word(), null, date, future);
            }
        }
        return null;
    }

    /** "rejected a new proposal on Monday": a day attached one level down, to the trigger's object. */
    private static String nestedDate(DocView doc, SemanticGraph g, int s, IndexedWord w, LocalDate date,
                                     boolean future) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().getShortName();
            if (!rel.equals("obj") && !rel.equals("nsubj:pass") && !rel.equals("obl")) {
                continue;
            }
            for (SemanticGraphEdge n : g.outgoingEdgeIterable(e.getDependent())) {
                String d = "on".equals(caseOf(g, n.getDependent())) ? dateOf(doc, s, n.getDependent(), date, future) : null;
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** "will hold", "would meet", "is to visit": the event lies ahead of the article's date. */
    private static boolean future(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().getShortName();
            String word = e.getDependent().word().toLowerCase();
            if (rel.equals("aux") && (word.equals("will") || word.equals("would") || word.equals("shall")
                    || word.equals("'ll"))) {
                return true;
            }
        }
        return false;
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
