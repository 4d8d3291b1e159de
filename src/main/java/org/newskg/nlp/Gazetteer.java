package org.newskg.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newskg.extraction.EntityType;

/**
 * Well-known organizations that CoreNLP's NER misses or mistypes (alliances, news agencies, international
 * bodies), from {@code organizations.tsv}: full name, acronym, Wikipedia title.
 */
final class Gazetteer {
    /** One known organization. */
    record Org(String name, String acronym, String wiki) {
    }

    private final Map<String, Org> byAcronym = new HashMap<>();
    private final Map<String, Org> byName = new HashMap<>();
    private final int longestName;

    Gazetteer(List<String[]> rows) {
        int longest = 1;
        for (String[] r : rows) {
            Org org = new Org(r[0], r[1], r[2]);
            byName.put(r[0].toLowerCase(java.util.Locale.ROOT), org);
            longest = Math.max(longest, r[0].split(" ").length);
            if (!r[1].isEmpty()) {
                byAcronym.put(r[1], org);
            }
        }
        this.longestName = longest;
    }

    static Gazetteer load() {
        return new Gazetteer(Resources.rows("organizations.tsv"));
    }

    Org acronym(String token) {
        return byAcronym.get(token);
    }

    Org name(String words) {
        return byName.get(words.toLowerCase(java.util.Locale.ROOT));
    }

    int longestName() {
        return longestName;
    }

    EntityType type() {
        return EntityType.ORGANIZATION;
    }
}
