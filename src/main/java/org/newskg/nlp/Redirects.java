package org.newskg.nlp;

import java.util.HashMap;
import java.util.Map;

import org.newskg.DataFile;

/** Old Wikipedia titles of CoreNLP's dictionary and the current ones ({@code title-redirects.tsv}). */
final class Redirects {
    private static final Map<String, String> CURRENT = new HashMap<>();

    static {
        DataFile.rows("org/newskg/nlp/title-redirects.tsv", 2, 2).forEach(r -> CURRENT.put(r.get(0), r.get(1)));
    }

    private Redirects() {
    }

    /** The page's current title: the title itself unless the page has moved. */
    static String current(String title) {
        return CURRENT.getOrDefault(title, title);
    }
}
