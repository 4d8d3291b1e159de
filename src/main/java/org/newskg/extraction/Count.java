package org.newskg.extraction;

/**
 * One reported number of an event's participants ("65,000 people attended"), with where it stands: two
 * sources may give two numbers for one event, and both are kept.
 *
 * @param at the words the number is read with (the event's trigger, or the number itself)
 */
public record Count(long value, Span at, Provenance provenance) {
}
