package org.newskg.nlp;

import java.util.List;

import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Span;

/**
 * One mention of an event, before mentions of the same happening are merged.
 *
 * @param anchor   the event this one is placed against in time, when it has no date of its own ("held a
 *                 rally before the opposition protest"), or null
 * @param dateFrom where the date comes from when it is inferred rather than read (see {@link Anchor}), or null
 */
record EventMention(EventType type, Span trigger, List<EventArgument> arguments, String date, Long count,
                    boolean definite, Anchor anchor, Provenance dateFrom) {
    /**
     * Another event's trigger, and how many days after it this one falls: 0 for "before the protest" or
     * "during the talks" (the same occasion), -2 for "two days before the vote", 1 for "a day after the raid".
     */
    record Anchor(Span trigger, int days) {
    }

    EventMention(EventType type, Span trigger, List<EventArgument> arguments, String date, Long count,
                 boolean definite, Anchor anchor) {
        this(type, trigger, arguments, date, count, definite, anchor, null);
    }

    EventMention(EventType type, Span trigger, List<EventArgument> arguments, String date, Long count,
                 boolean definite) {
        this(type, trigger, arguments, date, count, definite, null, null);
    }

    /** This mention with an inferred date. */
    EventMention withDate(String inferred, Provenance from) {
        return new EventMention(type, trigger, arguments, inferred, count, definite, anchor, from);
    }
}
