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
 * from ({@link Dateline}). A street-level event (a protest, a strike, arrests, clashes) that names no place
 * of its own, in a sentence that names no other place either, is taken to have happened there, with a low
 * confidence (rule {@value #RULE}). Part of the merge step: it reads merged events.
 */
final class DatelinePlace {
    static final String RULE = "event-arg/location-dateline";
    private static final Set<EventType> LOCAL = EnumSet.of(EventType.PROTEST, EventType.STRIKE, EventType.ARREST,
            EventType.ASSAULT, EventType.FIGHT, EventType.MASS_VIOLENCE, EventType.REPRESSION, EventType.DISASTER);

    private DatelinePlace() {
    }

    static List<Event> apply(List<Event> events, String place, List<NameMention> names, Resolution res) {
        if (place == null) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int s = e.provenance().sentence();
            boolean hasPlace = e.arguments().stream().anyMatch(a -> a.role() == EventRole.LOCATION);
            boolean otherPlace = names.stream().anyMatch(n -> n.sentence() == s && n.type().isPlace()
                    && !place.equals(res.at(n.sentence(), n.tokenBegin())));
            if (!LOCAL.contains(e.type()) || hasPlace || otherPlace) {
                out.add(e);
                continue;
            }
            List<EventArgument> args = new ArrayList<>(e.arguments());
            args.add(new EventArgument(EventRole.LOCATION, place, new Provenance(0.5, RULE, s)));
            out.add(new Event(e.type(), e.label(), e.triggers(), args, e.startDate(), e.participantCount(),
                    e.provenance(), e.dateProvenance(), e.counts()));
        }
        return out;
    }
}
