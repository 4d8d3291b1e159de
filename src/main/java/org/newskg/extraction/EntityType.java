package org.newskg.extraction;

/** The types newskg gives entities; places carry their kind. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, CITY, ADMINISTRATIVE_AREA, PLACE;

    public boolean isPlace() {
        return this == COUNTRY || this == CITY || this == ADMINISTRATIVE_AREA || this == PLACE;
    }

    /** The coarse kind used in IRIs: person, place or organization. */
    public String kind() {
        return isPlace() ? "place" : this == PERSON ? "person" : "organization";
    }
}
