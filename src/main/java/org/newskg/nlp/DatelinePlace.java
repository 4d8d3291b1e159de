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
 * sentence that names no other place either, is taken to have happened there, with a low confidence.
 */
final class DatelinePlace {
    private static final Set<EventType> LOCAL = EnumSet.of(EventType.PROTEST, EventType.STRIKE, EventType.ARREST,
            EventType.ASSAULT, EventType.FIGHT, EventType.MASS_VIOLENCE, EventType.REPRESSION, EventType.DISASTER);

    private DatelinePlace() {
    }

    /** The entity of the dateline, or null: an upper-case place name that opens a paragraph. */
    static String of(DocView doc, Resolution res, List<NameMention> names) {
        for (NameMention m : names) {
            if (m.type().isPlace() && inDateline(doc, m.span().begin(), m.text())) {
                return res.at(m.sentence(), m.tokenBegin());
            }
        }
        return null;
    }

    /**
     * True for an upper-case word of three letters or more with only upper-case words before it in its
     * paragraph: the place of a dateline ("NEW YORK, March 3 —"), which the parser takes into the first
     * sentence, sometimes as its subject.
     */
    static boolean inDateline(DocView doc, int begin, String word) {
        int nl = begin == 0 ? -1 : doc.text().lastIndexOf('\n', begin - 1);
        String before = doc.text(nl + 1, begin);
        return word.length() >= 3 && word.equals(word.toUpperCase()) && word.chars().anyMatch(Character::isLetter)
                && before.equals(before.toUpperCase()) && before.chars().noneMatch(Character::isDigit);
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
            args.add(new EventArgument(EventRole.LOCATION, place, new Provenance(0.5, "dateline", s)));
            out.add(new Event(e.type(), e.label(), e.triggers(), args, e.startDate(), e.participantCount(),
                    e.provenance(), e.dateProvenance()));
        }
        return out;
    }
}
