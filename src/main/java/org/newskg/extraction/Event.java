package org.newskg.extraction;

import java.util.List;

/**
 * One happening reported by the article, however many times it is mentioned.
 *
 * @param triggers         the words that signalled it, one per mention
 * @param startDate        ISO date (YYYY-MM-DD) resolved against the article's date, or null
 * @param participantCount how many took part or were affected ("more than 6,700 people arrested"), the first
 *                         count the text gives, or null
 * @param dateProvenance   where the start date comes from: the event's own provenance when the text dates it,
 *                         another when the date is inferred (from a dated event it is placed before or after)
 * @param counts           every count the text gives, each with its provenance and source, the first being
 *                         {@code participantCount}: "State television said 65,000 ..., though an AFP reporter put
 *                         the number closer to 10,000" is two
 */
public record Event(EventType type, String label, List<Span> triggers, List<EventArgument> arguments,
                    String startDate, Long participantCount, Provenance provenance, Provenance dateProvenance,
                    List<Count> counts) {
    public Event {
        triggers = List.copyOf(triggers);
        arguments = List.copyOf(arguments);
        if (dateProvenance == null) {
            dateProvenance = provenance;
        }
        if (counts == null || counts.isEmpty() && participantCount != null) {
            counts = participantCount == null ? List.of()
                    : List.of(new Count(participantCount, triggers.isEmpty() ? null : triggers.get(0), provenance));
        }
        counts = List.copyOf(counts);
        if (participantCount == null && !counts.isEmpty()) {
            participantCount = counts.get(0).value();
        }
    }

    /** An event with at most one count, given with the event's own provenance. */
    public Event(EventType type, String label, List<Span> triggers, List<EventArgument> arguments,
                 String startDate, Long participantCount, Provenance provenance, Provenance dateProvenance) {
        this(type, label, triggers, arguments, startDate, participantCount, provenance, dateProvenance, null);
    }

    /** An event whose date, if any, the text gives with it. */
    public Event(EventType type, String label, List<Span> triggers, List<EventArgument> arguments,
                 String startDate, Long participantCount, Provenance provenance) {
        this(type, label, triggers, arguments, startDate, participantCount, provenance, provenance, null);
    }

    /** This event with other arguments, provenance and counts (the rest unchanged). */
    public Event with(List<EventArgument> args, Provenance p, List<Count> cs) {
        return new Event(type, label, triggers, args, startDate, cs.isEmpty() ? null : cs.get(0).value(), p,
                dateProvenance.equals(provenance) ? p : dateProvenance, cs);
    }
}
