package org.newskg.nlp;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.newskg.DataFile;
import org.newskg.extraction.EntityType;

/** Which kind of place can lie in which ({@code place-containment.tsv}). */
final class PlaceContainment {
    private static final Map<EntityType, Set<EntityType>> HOLDS = new EnumMap<>(EntityType.class);

    static {
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/place-containment.tsv", 2, 2)) {
            HOLDS.put(EntityType.valueOf(r.get(0)), types(r.get(1)));
        }
    }

    private PlaceContainment() {
    }

    /** True when a place of type {@code outer} can contain one of type {@code inner}. */
    static boolean contains(EntityType outer, EntityType inner) {
        return HOLDS.getOrDefault(outer, Set.of()).contains(inner);
    }

    /** Types written as a comma-separated list of {@link EntityType} names. */
    static Set<EntityType> types(String list) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String t : list.split(",")) {
            out.add(EntityType.valueOf(t.strip()));
        }
        return out;
    }
}
