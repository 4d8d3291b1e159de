package org.newskg.extraction;

import java.util.List;

/**
 * One happening reported by the article, however many times it is mentioned.
 *
 * @param triggers         the words that signalled it, one per mention
 * @param startDate        ISO date (YYYY-MM-DD) resolved against the article's date, or null
 * @param participantCount how many took part or were affected ("more than 6,700 people arrested"), or null
 */
public record Event(EventType type, String label, List<Span> triggers, List<EventArgument> arguments,
                    String startDate, Long participantCount, Provenance provenance) {
    public Event {
        triggers = List.copyOf(triggers);
        arguments = List.copyOf(arguments);
    }
}
