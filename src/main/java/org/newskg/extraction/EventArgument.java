package org.newskg.extraction;

/** An entity in a role of an event, with the evidence for it. */
public record EventArgument(EventRole role, String entity, Provenance provenance) {
}
