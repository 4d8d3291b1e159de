package org.newskg.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.newskg.DataFile;
import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;

/** Demonyms and their countries ({@code demonyms.tsv}): "Ukrainian" is Ukraine. */
final class Demonyms {
    private final Map<String, String> countries = new HashMap<>();

    Demonyms() {
        DataFile.rows("org/newskg/nlp/demonyms.tsv", 2, 2)
                .forEach(r -> countries.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1)));
    }

    /** The country the article names that the demonym stands for, or null. */
    Entity country(Resolution res, String demonym) {
        String name = countries.get(demonym.toLowerCase(Locale.ROOT));
        return name == null ? null : countryNamed(res, name);
    }

    /** The article's country entity with this name, or null. */
    static Entity countryNamed(Resolution res, String name) {
        for (Entity e : res.entities()) {
            if (e.type() == EntityType.COUNTRY && (e.name().equalsIgnoreCase(name)
                    || e.altNames().stream().anyMatch(a -> a.equalsIgnoreCase(name)))) {
                return e;
            }
        }
        return null;
    }
}
