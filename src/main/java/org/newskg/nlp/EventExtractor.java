package org.newskg.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Quote;
import org.newskg.extraction.Span;

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
                Found f = find(doc, g, s, w);
                if (f != null && !contentOfAnother(g, w, f.trigger())) {
                    out.add(mention(doc, res, g, s, w, f, date));
                }
            }
        }
        return out;
    }

    /** A trigger found in the text: its lexicon entry and the words it covers. */
    private record Found(EventLexicon.Trigger trigger, Span span) {
    }

    /**
     * The trigger at a word: the word itself ("protested"), or the hyphenated compound it ends, which the
     * tokenizer splits ("sit-in" is "sit", "-", "in"; looked up as "sit-in", then as "sitin"), as a noun.
     */
    private Found find(DocView doc, SemanticGraph g, int s, IndexedWord w) {
        EventLexicon.Trigger t = trigger(g, w);
        if (t != null) {
            return new Found(t, new Span(w.beginPosition(), w.endPosition(), w.originalText(), s));
        }
        int first = w.index() - 1;
        while (first >= 2 && doc.token(s, first - 1).word().equals("-")
                && doc.token(s, first - 1).beginPosition() == doc.token(s, first - 2).endPosition()
                && doc.token(s, first).beginPosition() == doc.token(s, first - 1).endPosition()) {
            first -= 2;
        }
        if (first == w.index() - 1) {
            return null;
        }
        int begin = doc.token(s, first).beginPosition();
        String text = doc.text(begin, w.endPosition());
        String lower = text.toLowerCase(Locale.ROOT);
        for (String form : List.of(lower, lower.replace("-", ""))) {
            for (EventLexicon.Trigger c : lexicon.lookup(form)) {
                if (!c.pos().equals("V") && c.with().isEmpty()) {
                    return new Found(c, new Span(begin, w.endPosition(), text, s));
                }
            }
        }
        return null;
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
                                 Found found, LocalDate date) {
        EventLexicon.Trigger t = found.trigger();
        Span trigger = found.span();
        List<EventArgument> args = new ArrayList<>();
        String[] when = {null};
        Long[] count = {null};
        boolean verb = w.tag().startsWith("VB");
        IndexedWord gov = g.getParent(w);
        boolean future = EventTime.future(g, w) || gov != null && EventTime.future(g, gov);
        collect(doc, res, g, s, w, verb, true, args, when, count, date, future);
        // "held a rally before the opposition protest": the protest is another event, not the holding's
        SemanticGraphEdge toGov = gov == null ? null : g.getEdge(gov, w);
        if (toGov != null && !EventTime.anchorEdge(g, toGov)) {
            collect(doc, res, g, s, gov, gov.tag().startsWith("VB"), false, args, when, count, date, future);
            if (!verb && args.stream().noneMatch(a -> a.role() == EventRole.AGENT)) {
                governorSubject(doc, res, g, s, gov, args);
            }
        }
        if (when[0] == null) {
            when[0] = EventTime.nestedDate(doc, g, s, w, date, future);
        }
        if (when[0] == null) {
            when[0] = EventTime.offsetDate(doc, g, s, w, date, future);
        }
        boolean definite = !verb && g.outgoingEdgeList(w).stream()
                .anyMatch(e -> e.getRelation().getShortName().equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
        EventMention.Anchor anchor = EventTime.anchor(doc, g, s, w, verb || !carried(toGov) ? null : gov,
                d -> {
                    Found f = find(doc, g, s, d);
                    return f == null ? null : f.span();
                });
        return new EventMention(t.type(), trigger, args, when[0], count[0], definite, anchor);
    }

    /** A noun trigger that its verb only carries: "held a rally", "a rally was staged", "the rally took place". */
    private static boolean carried(SemanticGraphEdge toGov) {
        if (toGov == null) {
            return false;
        }
        String rel = toGov.getRelation().toString();
        return rel.equals("obj") || rel.equals("nsubj") || rel.equals("nsubj:pass");
    }

    private static void collect(DocView doc, Resolution res, SemanticGraph g, int s, IndexedWord w, boolean verb,
                                boolean own, List<EventArgument> args, String[] when, Long[] count, LocalDate date,
                                boolean future) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().getShortName();
            String spec = e.getRelation().getSpecific();
            String date1 = EventTime.dateOf(doc, s, d, date, future);
            if (date1 == null) {
                date1 = EventTime.weekdayModifier(doc, g, s, d, date, future);
            }
            if (date1 != null && when[0] == null) {
                when[0] = date1;
                continue;
            }
            if (count[0] == null && (rel.startsWith("nsubj") || rel.equals("obj") || own && rel.equals("nmod"))) {
                count[0] = peopleCount(doc, g, s, d);
            }
            String who = entity(res, g, s, d);
            String prep = spec == null ? caseOf(g, d) : spec;
            boolean locative = (rel.equals("obl") || rel.equals("nmod")) && prep != null && LOCATION_CASES.contains(prep);
            if (who == null && locative) {
                String place = placeWithin(res, g, s, d, 3);
                if (place != null) {
                    add(args, new EventArgument(EventRole.LOCATION, place, new Provenance(0.6, "event-rule", s)));
                }
            }
            if (who == null || DatelinePlace.inDateline(doc, d.beginPosition(), d.word())) {
                continue;
            }
            EntityType type = res.entity(who).type();
            Provenance p = new Provenance(0.7, "event-rule", s);
            if (locative && type.isPlace()) {
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

    /**
     * The place named inside a locative phrase that is not itself a place: "at the gates of a mine near
     * Antofagasta", "outside the parliament building in the capital, Kyiv".
     */
    private static String placeWithin(Resolution res, SemanticGraph g, int s, IndexedWord d, int depth) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
            if (!e.getRelation().getShortName().equals("nmod") && !e.getRelation().getShortName().equals("appos")) {
                continue;
            }
            IndexedWord n = e.getDependent();
            String k = entity(res, g, s, n);
            String prep = e.getRelation().getSpecific() != null ? e.getRelation().getSpecific() : caseOf(g, n);
            if (k != null && res.entity(k).type().isPlace()
                    && (prep == null || LOCATION_CASES.contains(prep) || prep.equals("of"))) {
                return k;
            }
            String deeper = k == null && depth > 1 ? placeWithin(res, g, s, n, depth - 1) : null;
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** "X announced the creation of Y": a noun trigger without its own agent takes its verb's subject. */
    private static void governorSubject(DocView doc, Resolution res, SemanticGraph g, int s, IndexedWord gov,
                                        List<EventArgument> args) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(gov)) {
            IndexedWord d = e.getDependent();
            if (e.getRelation().toString().equals("nsubj") && !DatelinePlace.inDateline(doc, d.beginPosition(), d.word())) {
                String who = entity(res, g, s, d);
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

    /** "more than 6,700 people": the number modifying a noun for people. */
    private static Long peopleCount(DocView doc, SemanticGraph g, int s, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (e.getRelation().getShortName().equals("nummod")) {
                Double v = doc.number(s, e.getDependent().index() - 1);
                if (v != null && v >= 1 && v < 1e10) {
                    return v.longValue();
                }
            }
        }
        return null;
    }
}
