package org.newskg.extraction;

/** How an entity takes part in an event. */
public enum EventRole {
    AGENT, TARGET, PARTICIPANT, LOCATION
}
