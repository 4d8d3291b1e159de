package org.newskg.extraction;

import java.util.List;
import java.util.SortedSet;

/**
 * One real-world entity of an article, after resolution.
 *
 * @param key        its key within the extraction (what relations, events and quotes point at)
 * @param name       the canonical name
 * @param altNames   every other name the article used for it (never pronouns or descriptions)
 * @param mentions   where the article names or refers to it
 * @param wikiTitle  the Wikipedia title it is linked to, or null
 * @param merges     why names were merged into this entity, for auditing (e.g. "coref: Lukashenko")
 */
public record Entity(String key, EntityType type, String name, SortedSet<String> altNames, List<Span> mentions,
                     String wikiTitle, List<String> merges) {
    public Entity {
        altNames = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(altNames));
        mentions = List.copyOf(mentions);
        merges = List.copyOf(merges);
    }
}
