package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

import org.newskg.extraction.Event;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Span;

/**
 * Makes one event of the mentions of one happening: mentions of the same class in one sentence ("protest
 * rally"), a definite mention ("the rally", "the crackdown") and the latest earlier event of its class, and
 * mentions of the same class whose place and date agree; then, across the article, mentions of the same class
 * that do not conflict (see {@link #coreferent}).
 */
final class EventMerger {
    private EventMerger() {
    }

    static List<Event> merge(List<EventMention> mentions, Resolution res) {
        List<List<EventMention>> groups = new ArrayList<>();
        for (EventMention m : mentions) {
            List<EventMention> target = null;
            for (int i = groups.size() - 1; i >= 0 && target == null; i--) {
                List<EventMention> g = groups.get(i);
                EventMention last = g.get(g.size() - 1);
                if (last.type() != m.type()) {
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
        return coreferent(groups).stream().map(g -> toEvent(g, res)).toList();
    }

    /**
     * Article-level event coreference: a news story names its few happenings again and again, often bare ("the
     * crackdown", "the protests", "died"). A group joins an earlier group of the same class when nothing
     * conflicts (place, date, agents) and either they share an entity or one side names no one taking part.
     */
    static List<List<EventMention>> coreferent(List<List<EventMention>> groups) {
        List<List<EventMention>> out = new ArrayList<>();
        for (List<EventMention> g : groups) {
            List<EventMention> target = null;
            for (List<EventMention> h : out) {
                if (h.get(0).type() != g.get(0).type() || !compatible(h, g)) {
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

    private static boolean compatible(List<EventMention> h, List<EventMention> g) {
        String hp = place(h);
        String gp = place(g);
        String hd = date(h);
        String gd = date(g);
        Set<String> ha = roles(h, EventRole.AGENT);
        Set<String> ga = roles(g, EventRole.AGENT);
        return (hp == null || gp == null || hp.equals(gp)) && (hd == null || gd == null || hd.equals(gd))
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
    private static boolean agrees(List<EventMention> g, EventMention m) {
        String p = place(g);
        String d = date(g);
        String mp = place(List.of(m));
        return (p == null || mp == null || p.equals(mp)) && (d == null || m.date() == null || d.equals(m.date()));
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
        return new Event(first.type(), label(first, args, res), triggers, args, date(g), count,
                new Provenance(confidence, "event-rule", first.trigger().sentence()));
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
