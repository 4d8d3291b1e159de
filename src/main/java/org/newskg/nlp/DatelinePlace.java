package org.newskg.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.newskg.extraction.Event;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Provenance;

/**
 * News opens with a dateline ("KYIV, Ukraine —", "ROTTERDAM (Reuters) -"): the place the story is reported
 * from. A street-level event (a protest, a strike, arrests, clashes) that names no place of its own, in a
 * sentence that names no place either, is taken to have happened there, with a low confidence.
 */
final class DatelinePlace {
    private static final Set<EventType> LOCAL = EnumSet.of(EventType.PROTEST, EventType.STRIKE, EventType.ARREST,
            EventType.ASSAULT, EventType.FIGHT, EventType.MASS_VIOLENCE, EventType.REPRESSION, EventType.DISASTER);

    private DatelinePlace() {
    }

    /** The entity of the dateline, or null: an upper-case place name that opens a paragraph. */
    static String of(DocView doc, Resolution res, List<NameMention> names) {
        for (NameMention m : names) {
            int b = m.span().begin();
            boolean opensParagraph = b == 0 || b >= 2 && doc.text(Math.max(0, b - 2), b).contains("\n");
            String t = m.text();
            if (opensParagraph && m.type().isPlace() && t.length() >= 3 && t.equals(t.toUpperCase())
                    && t.chars().anyMatch(Character::isLetter)) {
                return res.at(m.sentence(), m.tokenBegin());
            }
        }
        return null;
    }

    static List<Event> apply(List<Event> events, String place, List<NameMention> names) {
        if (place == null) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int s = e.provenance().sentence();
            boolean hasPlace = e.arguments().stream().anyMatch(a -> a.role() == EventRole.LOCATION);
            boolean sentencePlace = names.stream().anyMatch(n -> n.sentence() == s && n.type().isPlace());
            if (!LOCAL.contains(e.type()) || hasPlace || sentencePlace) {
                out.add(e);
                continue;
            }
            List<EventArgument> args = new ArrayList<>(e.arguments());
            args.add(new EventArgument(EventRole.LOCATION, place, new Provenance(0.5, "dateline", s)));
            out.add(new Event(e.type(), e.label(), e.triggers(), args, e.startDate(), e.participantCount(),
                    e.provenance()));
        }
        return out;
    }
}
