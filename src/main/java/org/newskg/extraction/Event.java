package org.newskg.extraction;

import java.util.List;

/**
 * One happening reported by the article, however many times it is mentioned.
 *
 * @param triggers         the words that signalled it, one per mention
 * @param startDate        ISO date (YYYY-MM-DD) resolved against the article's date, or null
 * @param participantCount how many took part or were affected ("more than 6,700 people arrested"), or null
 * @param dateProvenance   where the start date comes from: the event's own provenance when the text dates it,
 *                         another when the date is inferred (from a dated event it is placed before or after)
 */
public record Event(EventType type, String label, List<Span> triggers, List<EventArgument> arguments,
                    String startDate, Long participantCount, Provenance provenance, Provenance dateProvenance) {
    public Event {
        triggers = List.copyOf(triggers);
        arguments = List.copyOf(arguments);
        if (dateProvenance == null) {
            dateProvenance = provenance;
        }
    }

    /** An event whose date, if any, the text gives with it. */
    public Event(EventType type, String label, List<Span> triggers, List<EventArgument> arguments,
                 String startDate, Long participantCount, Provenance provenance) {
        this(type, label, triggers, arguments, startDate, participantCount, provenance, provenance);
    }
}
