package org.newskg.nlp;

import java.util.List;

import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Span;

/** One mention of an event, before mentions of the same happening are merged. */
record EventMention(EventType type, Span trigger, List<EventArgument> arguments, String date, Long count,
                    boolean definite) {
}
