package org.newskg.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newskg.DataFile;

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

    Gazetteer(List<DataFile.Row> rows) {
        int longest = 1;
        for (DataFile.Row r : rows) {
            Org org = new Org(r.get(0), r.get(1), r.get(2));
            byName.put(r.get(0).toLowerCase(Locale.ROOT), org);
            longest = Math.max(longest, r.get(0).split(" ").length);
            if (!r.get(1).isEmpty()) {
                byAcronym.put(r.get(1), org);
            }
        }
        this.longestName = longest;
    }

    static Gazetteer load() {
        return new Gazetteer(DataFile.rows("org/newskg/nlp/organizations.tsv", 3, 3));
    }

    Org acronym(String token) {
        return byAcronym.get(token);
    }

    Org name(String words) {
        return byName.get(words.toLowerCase(Locale.ROOT));
    }

    int longestName() {
        return longestName;
    }
}
