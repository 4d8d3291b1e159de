package org.newskg.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.newskg.extraction.Count;
import org.newskg.extraction.Event;
import org.newskg.extraction.EventType;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Span;

/**
 * Makes one event of the mentions of one happening: mentions of the same class in one sentence ("protest
 * rally"), a definite mention ("the rally", "the crackdown") and the latest earlier event of its class, and
 * mentions of the same class whose place and date agree; then, across the article, mentions of the same class
 * that do not conflict (see {@link #coreferent}). Places agree when they are the same or one lies within the
 * other ("a sit-in in Chile", "the sit-in near Antofagasta", in an article that puts Antofagasta in Chile).
 */
final class EventMerger {
    /** An event: its class from the trigger lexicon; its confidence grows with its arguments and mentions. */
    static final String EVENT = "event/trigger";
    /** The date of an undated event placed before, after or during a dated one (see {@link #anchoredDate}). */
    static final String ANCHOR_DATE = "event-date/anchor";
    private final BiPredicate<String, String> within;

    /** @param within whether the first place lies within the second, as the article says */
    EventMerger(BiPredicate<String, String> within) {
        this.within = within;
    }

    List<Event> merge(List<EventMention> mentions, Resolution res) {
        List<List<EventMention>> groups = new ArrayList<>();
        for (EventMention m : mentions) {
            List<EventMention> target = null;
            for (int i = groups.size() - 1; i >= 0 && target == null; i--) {
                List<EventMention> g = groups.get(i);
                EventMention last = g.get(g.size() - 1);
                if (last.type() != m.type() || placedAgainst(g, List.of(m))) {
                    continue;
                }
                boolean sameSentence = last.trigger().sentence() == m.trigger().sentence();
                boolean agree = agrees(g, m);
                if (sameSentence && agree || m.definite() && agree || agree && sharesPlaceAndDate(g, m)) {
                    target = g;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                groups.add(target);
            }
            target.add(m);
        }
        // dated by anchors before coreference too, so that "arrested two days before" does not join a later arrest
        List<List<EventMention>> events = datedByAnchors(coreferent(datedByAnchors(groups)));
        return events.stream().map(g -> toEvent(g, res)).toList();
    }

    /**
     * Rule {@value #UNNAMED}: an event none of whose mentions names a participant or a place is kept only if
     * it is of a class news reports without names and the text dates it, counts its people or gives it the
     * dateline's city ("police detained 14 miners", "a general strike on Monday"); any other ("demand rose",
     * "released an album", "a media storm", "householders who kill intruders", "setting him on fire") is a word
     * in passing, placed nowhere in time, space or people, not a happening.
     */
    static final String UNNAMED = "event-filter/unnamed";

    private static final Set<EventType> REPORTED_UNNAMED = Set.of(EventType.PROTEST, EventType.STRIKE, EventType.ARREST,
            EventType.REPRESSION, EventType.ASSAULT, EventType.MASS_VIOLENCE, EventType.DEATH, EventType.DISASTER);

    /**
     * Whether the event names a participant or place, or is of a class reported unnamed and dated, counted or
     * placed at the dateline's city ("MINSK — Protesters rallied").
     */
    static boolean anchored(Event e) {
        boolean unnamedKind = REPORTED_UNNAMED.contains(e.type());
        // the dateline's city names no place the text gave: it anchors only what news reports unnamed
        boolean named = e.arguments().stream().anyMatch(a -> !a.provenance().extractor().equals(DatelinePlace.RULE));
        return named || unnamedKind && (e.startDate() != null || e.participantCount() != null || !e.arguments().isEmpty());
    }

    /** The groups, each undated one that {@link #anchoredDate} can date given that date on its first mention. */
    static List<List<EventMention>> datedByAnchors(List<List<EventMention>> groups) {
        List<List<EventMention>> out = new ArrayList<>();
        for (List<EventMention> g : groups) {
            Dated d = anchoredDate(g, groups);
            if (d == null) {
                out.add(g);
                continue;
            }
            List<EventMention> dated = new ArrayList<>(g);
            dated.set(0, g.get(0).withDate(d.date(), d.provenance()));
            out.add(dated);
        }
        return out;
    }

    /** A date inferred for an event, with where it comes from. */
    record Dated(String date, Provenance provenance) {
    }

    /**
     * The date of an undated event that the text places before, after or during a dated one ("held a rally
     * before the opposition protest", in an article that dates the protest): news reports name the day of an
     * event that falls on another day than the one it is told against, so without a distance the two share a
     * day; "two days before the vote" is two days earlier. It works both ways: in "staged a sit-in on
     * Wednesday, two days after police arrested an organiser" the arrest is dated from the sit-in. Kept with
     * lower confidence, and the sentence that placed it, so a user can tell it from a date the text gives.
     */
    static Dated anchoredDate(List<EventMention> g, List<List<EventMention>> events) {
        if (date(g) != null) {
            return null;
        }
        for (List<EventMention> h : events) {
            if (h == g || date(h) == null) {
                continue;
            }
            for (EventMention m : g) {
                for (EventMention o : h) {
                    if (anchors(o, m)) { // m is placed against o
                        return dated(date(h), m.anchor().days(), m);
                    }
                    if (anchors(m, o)) { // o is placed against m: "on Wednesday, two days after police arrested"
                        return dated(date(h), -o.anchor().days(), o);
                    }
                }
            }
        }
        return null;
    }

    private static Dated dated(String date, int days, EventMention placed) {
        return new Dated(LocalDate.parse(date).plusDays(days).toString(),
                new Provenance(0.5, ANCHOR_DATE, placed.trigger().sentence()));
    }

    /**
     * Article-level event coreference: a news story names its few happenings again and again, often bare ("the
     * crackdown", "the protests", "died"). A group joins an earlier group of the same class when nothing
     * conflicts (place, date, agents) and either they share an entity or one side names no one taking part.
     */
    List<List<EventMention>> coreferent(List<List<EventMention>> groups) {
        List<List<EventMention>> out = new ArrayList<>();
        for (List<EventMention> g : groups) {
            List<EventMention> target = null;
            for (List<EventMention> h : out) {
                if (h.get(0).type() != g.get(0).type() || !compatible(h, g) || placedAgainst(h, g)) {
                    continue;
                }
                if (SPEECH_ACTS.contains(g.get(0).type()) && !sameSpeaker(h, g)) {
                    continue;
                }
                Set<String> he = entities(h);
                Set<String> ge = entities(g);
                boolean shares = he.stream().anyMatch(ge::contains);
                if (shares) {
                    target = h;
                    break;
                }
                if (target == null && (participants(h).isEmpty() || participants(g).isEmpty())) {
                    target = h;
                }
            }
            if (target == null) {
                out.add(new ArrayList<>(g));
            } else {
                target.addAll(g);
            }
        }
        return out;
    }

    /** True when one side is placed before, after or during the other: two happenings, not one. */
    private static boolean placedAgainst(List<EventMention> h, List<EventMention> g) {
        return h.stream().anyMatch(a -> g.stream().anyMatch(b -> anchors(a, b) || anchors(b, a)));
    }

    /** True when {@code anchor} is the event that {@code m} is placed against. */
    private static boolean anchors(EventMention anchor, EventMention m) {
        Span a = m.anchor() == null ? null : m.anchor().trigger();
        return a != null && anchor.trigger().sentence() == a.sentence() && anchor.trigger().begin() == a.begin();
    }

    /**
     * Rule {@value #SPEAKER}: what someone says (a statement, an appeal or demand, a criticism, a rejection, a
     * threat) is a happening of its own for each speaker: mentions in different sentences are one only when
     * both name the speaker and it is the same ("Howard denied a split ... Howard denies"); "the Lib Dems
     * pledged to oppose the bill" is not Howard's denial, nor is a criticism with no speaker named another's.
     */
    static final String SPEAKER = "event-merge/speaker";
    private static final Set<EventType> SPEECH_ACTS = Set.of(EventType.STATEMENT, EventType.APPEAL, EventType.DEMAND,
            EventType.CRITICISM, EventType.REJECTION, EventType.THREAT);

    private static boolean sameSpeaker(List<EventMention> h, List<EventMention> g) {
        Set<String> ha = roles(h, EventRole.AGENT);
        Set<String> ga = roles(g, EventRole.AGENT);
        return ha.stream().anyMatch(ga::contains);
    }

    private boolean compatible(List<EventMention> h, List<EventMention> g) {
        String hp = place(h);
        String gp = place(g);
        String hd = date(h);
        String gd = date(g);
        Set<String> ha = roles(h, EventRole.AGENT);
        Set<String> ga = roles(g, EventRole.AGENT);
        return samePlace(hp, gp) && (hd == null || gd == null || hd.equals(gd))
                && (ha.isEmpty() || ga.isEmpty() || ha.stream().anyMatch(ga::contains));
    }

    private static Set<String> entities(List<EventMention> g) {
        Set<String> s = new HashSet<>();
        g.forEach(m -> m.arguments().forEach(a -> s.add(a.entity())));
        return s;
    }

    /** The entities that take part (agent, target, participant), not the place. */
    private static Set<String> participants(List<EventMention> g) {
        Set<String> s = new HashSet<>();
        g.forEach(m -> m.arguments().stream().filter(a -> a.role() != EventRole.LOCATION)
                .forEach(a -> s.add(a.entity())));
        return s;
    }

    private static Set<String> roles(List<EventMention> g, EventRole role) {
        Set<String> s = new HashSet<>();
        g.forEach(m -> m.arguments().stream().filter(a -> a.role() == role).forEach(a -> s.add(a.entity())));
        return s;
    }

    private static String place(List<EventMention> g) {
        return g.stream().flatMap(m -> m.arguments().stream()).filter(a -> a.role() == EventRole.LOCATION)
                .map(EventArgument::entity).findFirst().orElse(null);
    }

    private static String date(List<EventMention> g) {
        return g.stream().map(EventMention::date).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** No conflicting place or date. */
    private boolean agrees(List<EventMention> g, EventMention m) {
        String d = date(g);
        return samePlace(place(g), place(List.of(m))) && (d == null || m.date() == null || d.equals(m.date()));
    }

    /** Unknown on either side, the same, or one within the other. */
    private boolean samePlace(String a, String b) {
        return a == null || b == null || a.equals(b) || within.test(a, b) || within.test(b, a);
    }

    private static boolean sharesPlaceAndDate(List<EventMention> g, EventMention m) {
        String p = place(g);
        String d = date(g);
        return p != null && d != null && p.equals(place(List.of(m))) && d.equals(m.date());
    }

    private static Event toEvent(List<EventMention> g, Resolution res) {
        List<EventArgument> args = new ArrayList<>();
        for (EventMention m : g) {
            for (EventArgument a : m.arguments()) {
                if (args.stream().noneMatch(x -> x.entity().equals(a.entity()) && x.role() == a.role())) {
                    args.add(a);
                }
            }
        }
        EventMention first = g.get(0);
        List<Span> triggers = g.stream().map(EventMention::trigger).toList();
        Long count = g.stream().map(EventMention::count).filter(Objects::nonNull).findFirst().orElse(null);
        double confidence = Math.min(0.9, 0.5 + 0.1 * args.size() + 0.05 * (g.size() - 1));
        Provenance provenance = new Provenance(confidence, EVENT, first.trigger().sentence());
        // each number the mentions give, once, read with its own mention's words
        List<Count> counts = new ArrayList<>();
        for (EventMention m : g) {
            if (m.count() != null && counts.stream().noneMatch(c -> c.value() == m.count())) {
                counts.add(new Count(m.count(), m.trigger(), new Provenance(confidence, EVENT, m.trigger().sentence())));
            }
        }
        Provenance dateFrom = g.stream().filter(m -> m.date() != null).findFirst().map(EventMention::dateFrom)
                .orElse(null);
        return new Event(first.type(), label(first, args, res), triggers, args, date(g), count, provenance,
                dateFrom, counts); // dateFrom null: the event's own provenance
    }

    private static String label(EventMention m, List<EventArgument> args, Resolution res) {
        StringBuilder sb = new StringBuilder(m.trigger().text().toLowerCase());
        args.stream().filter(a -> a.role() == EventRole.AGENT).findFirst()
                .ifPresent(a -> sb.insert(0, res.entity(a.entity()).name() + " "));
        args.stream().filter(a -> a.role() == EventRole.TARGET).findFirst()
                .ifPresent(a -> sb.append(" ").append(res.entity(a.entity()).name()));
        args.stream().filter(a -> a.role() == EventRole.LOCATION).findFirst()
                .ifPresent(a -> sb.append(" in ").append(res.entity(a.entity()).name()));
        return sb.toString();
    }
}
