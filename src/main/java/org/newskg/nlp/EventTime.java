package org.newskg.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * When an event happened, as its sentence tells: a day named with it ("on Monday", "on Wednesday evening"),
 * a day given as a distance from another ("on Thursday, a day after customers protested"), a clause about
 * the future ("will meet on Thursday"), and the other event it is placed against ("before the protest").
 */
final class EventTime {
    /** Small counts in words: "two days before" ({@code number-words.tsv}). */
    private static final Map<String, String> NUMBER_WORDS = Words.map("number-words.tsv");
    /** Words that place one event against another of the same occasion: "before the protest", "after talks". */
    private static final Set<String> ANCHOR_MARKERS = Words.set("time-anchors.tsv");
    /** Units of time and their length in days; 0 for shorter ones ("hours before the sit-in"). */
    private static final Map<String, String> UNITS = Words.map("time-units.tsv");
    private static final Set<String> FUTURE = Words.set("future-auxiliaries.tsv");
    private static final Set<String> INDEFINITE = Words.ofKind("determiners.tsv", "indefinite");

    private EventTime() {
    }

    /**
     * The trigger of another event that this one is placed against, attached to the trigger or, for a noun
     * trigger, to its verb: "held a rally before the opposition protest", "was arrested after the march",
     * "left during the talks", "two days before the vote" (the parser hangs the vote under "days"), "Hours
     * before the sit-in, X met ..." (under "Hours", which it may take for the subject). The merger dates an
     * undated event by its anchor, or the anchor by the event.
     *
     * @param gov       the verb that carries a noun trigger ("held" for "held a rally"), or null
     * @param triggerAt the span of the event trigger at a word, or null when there is none
     */
    static EventMention.Anchor anchor(DocView doc, SemanticGraph g, int s, IndexedWord w, IndexedWord gov,
                                      Function<IndexedWord, Span> triggerAt) {
        for (IndexedWord n : gov == null ? List.of(w) : List.of(w, gov)) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(n)) {
                IndexedWord d = e.getDependent();
                if (d.equals(w)) {
                    continue;
                }
                boolean anchored = anchorEdge(g, e);
                Span direct = anchored ? triggerAt.apply(d) : null;
                if (direct != null) {
                    return new EventMention.Anchor(direct, 0);
                }
                // a length of time before or after an event, however the parser hangs it
                Long days = days(doc, g, s, d);
                if (days == null && !"0".equals(UNITS.get(unit(d)))) {
                    continue;
                }
                for (SemanticGraphEdge c : g.outgoingEdgeIterable(d)) {
                    String marker = anchored ? markerOf(e, g) : anchorEdge(g, c) ? markerOf(c, g) : null;
                    Span t = marker == null ? null : triggerAt.apply(c.getDependent());
                    if (t != null) {
                        int sign = marker.startsWith("before") || marker.startsWith("ahead") ? -1 : 1;
                        return new EventMention.Anchor(t, days == null ? 0 : (int) (sign * days));
                    }
                }
            }
        }
        return null;
    }

    /** A modifier that places its head in time against what it names: "before the protest", "after he left". */
    static boolean anchorEdge(SemanticGraph g, SemanticGraphEdge e) {
        String rel = Deps.rel(e);
        if (!rel.equals(Deps.OBL) && !rel.equals(Deps.NMOD) && !rel.equals(Deps.ADVCL)) {
            return false;
        }
        return ANCHOR_MARKERS.contains(markerOf(e, g).split("_")[0]);
    }

    /** The preposition or subordinating word of an edge, lower case ("ahead_of"), or "". */
    private static String markerOf(SemanticGraphEdge e, SemanticGraph g) {
        String m = Deps.specific(e) != null ? Deps.specific(e) : Deps.caseOrMark(g, e.getDependent());
        return m == null ? "" : m.toLowerCase();
    }

    static String dateOf(DocView doc, int s, IndexedWord d, LocalDate date, boolean future) {
        CoreLabel token = doc.token(s, d.index() - 1);
        boolean weekdayTime = "TIME".equals(token.ner()) && DateResolver.isWeekday(token.word());
        if (!"DATE".equals(token.ner()) && !weekdayTime) {
            return null;
        }
        return DateResolver.resolve(token.word(), token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                date, future);
    }

    /** "on Wednesday evening", "on Monday night": the weekday that modifies a time of day. */
    static String weekdayModifier(DocView doc, SemanticGraph g, int s, IndexedWord d, LocalDate date,
                                  boolean future) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
            IndexedWord m = e.getDependent();
            String rel = Deps.rel(e);
            if (DateResolver.isWeekday(m.word()) && (rel.equals(Deps.COMPOUND) || rel.equals(Deps.AMOD)
                    || rel.equals(Deps.NMOD))) {
                return DateResolver.resolve(m.word(), null, date, future);
            }
        }
        return null;
    }

    /** "rejected a new proposal on Monday": a day attached one level down, to the trigger's object. */
    static String nestedDate(DocView doc, SemanticGraph g, int s, IndexedWord w, LocalDate date,
                             boolean future) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = Deps.rel(e);
            if (!rel.equals(Deps.OBJ) && !rel.equals(Deps.NSUBJ_PASS) && !rel.equals(Deps.OBL)) {
                continue;
            }
            for (SemanticGraphEdge n : g.outgoingEdgeIterable(e.getDependent())) {
                String d = "on".equals(Deps.caseOrMark(g, n.getDependent())) ? dateOf(doc, s, n.getDependent(), date, future) : null;
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * "on Thursday, a day after customers protested", "on Friday, two days before the vote": a day given as
     * so long after or before a date that the sentence names.
     */
    static String offsetDate(DocView doc, SemanticGraph g, int s, IndexedWord w, LocalDate date,
                             boolean future) {
        IndexedWord head = g.getParent(w);
        String marker = Deps.caseOrMark(g, w);
        if (head == null || !"after".equals(marker) && !"before".equals(marker)) {
            return null;
        }
        String base = dateOf(doc, s, head, date, future);
        if (base == null) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            Long days = days(doc, g, s, e.getDependent());
            if (days != null) {
                LocalDate d = LocalDate.parse(base);
                return ("after".equals(marker) ? d.minusDays(days) : d.plusDays(days)).toString();
            }
        }
        return null;
    }

    /** "a day", "two days", "a week", "3 weeks" as a number of days, or null. */
    private static Long days(DocView doc, SemanticGraph g, int s, IndexedWord d) {
        int perUnit = Integer.parseInt(UNITS.getOrDefault(unit(d), "0"));
        if (perUnit == 0) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
            String rel = Deps.rel(e);
            String word = e.getDependent().word().toLowerCase();
            if (rel.equals(Deps.DET) && INDEFINITE.contains(word)) {
                return (long) perUnit;
            }
            if (rel.equals(Deps.NUMMOD)) {
                Long n = number(doc, s, e.getDependent());
                return n == null || n < 1 || n > 366 ? null : n * perUnit;
            }
        }
        return null;
    }

    /** The lemma of a word, lower case ("day" for "Days"), or "". */
    private static String unit(IndexedWord d) {
        return d.lemma() == null ? "" : d.lemma().toLowerCase(Locale.ROOT);
    }

    /** A small count, in digits or words ("two" in "two days", which NER normalizes as a duration). */
    private static Long number(DocView doc, int s, IndexedWord n) {
        String word = NUMBER_WORDS.get(n.word().toLowerCase(Locale.ROOT));
        if (word != null) {
            return Long.parseLong(word);
        }
        Double v = doc.number(s, n.index() - 1);
        if (v != null) {
            return v.longValue();
        }
        try {
            return (long) Double.parseDouble(n.word());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "will hold", "would meet", "is to visit": the event lies ahead of the article's date. */
    static boolean future(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (Deps.rel(e).equals(Deps.AUX) && FUTURE.contains(e.getDependent().word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }
}
