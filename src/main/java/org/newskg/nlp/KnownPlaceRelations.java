package org.newskg.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;
import org.newskg.extraction.Span;

/**
 * Places-in-places that news takes for granted: when an article names a capital and its country, the capital
 * lies in the country ({@code capitals.tsv}). The evidence is the first sentence that names the capital.
 */
final class KnownPlaceRelations {
    private final Map<String, Set<String>> countriesOf = new HashMap<>();

    KnownPlaceRelations() {
        for (String[] r : Resources.rows("capitals.tsv")) {
            countriesOf.computeIfAbsent(Names.normal(r[0]), k -> new HashSet<>()).add(Names.normal(r[1]));
        }
    }

    void extract(List<Entity> entities, Consumer<Relation> out) {
        for (Entity city : entities) {
            if (city.type() != EntityType.CITY && city.type() != EntityType.PLACE) {
                continue;
            }
            Set<String> countries = countriesOf.get(Names.normal(city.name()));
            if (countries == null || city.mentions().isEmpty()) {
                continue;
            }
            Span first = city.mentions().get(0);
            for (Entity country : entities) {
                if (country.type() == EntityType.COUNTRY && names(country).stream().anyMatch(countries::contains)) {
                    out.accept(new Relation(city.key(), RelationType.CONTAINED_IN_PLACE, country.key(),
                            new Provenance(0.8, "gazetteer", first.sentence())));
                }
            }
        }
    }

    private static Set<String> names(Entity e) {
        Set<String> out = new HashSet<>();
        out.add(Names.normal(e.name()));
        e.altNames().forEach(n -> out.add(Names.normal(n)));
        return out;
    }
}
