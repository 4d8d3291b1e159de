package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.DataFile;

/**
 * What newskg knows of titles, read once: the state offices of {@code office-titles.tsv} (title to leaderOf
 * or worksFor), the role nouns of {@code roles.tsv} (noun to relation), the head titles among both, the words
 * of titles, and the words before a title that make it no current one.
 */
final class Titles {
    /** office-titles.tsv: a state office to "leaderOf" or "worksFor". */
    static final Map<String, String> OFFICES = table("org/newskg/nlp/office-titles.tsv");
    /** roles.tsv: a role noun to the relation it gives. */
    static final Map<String, String> ROLES = table("org/newskg/nlp/roles.tsv");
    /** Words that make a role a past one. */
    static final Set<String> PAST = Set.of("former", "ex", "ex-", "then", "then-", "late", "one-time", "erstwhile");
    /** Head titles ("chief executive", "president"), as word lists: the leaderOf rows of both tables. */
    static final List<List<String>> HEAD_TITLES = headTitles();
    /** Words of offices and of roles at work, which may be written capitalized ("Treasury Secretary"). */
    private static final Set<String> TITLE_WORDS = titleWords();

    private Titles() {
    }

    /** The relation of the longest office that ends the title ("US finance minister" → worksFor), or null. */
    static String office(String title) {
        String[] w = title.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < w.length; i++) {
            String office = OFFICES.get(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)));
            if (office != null) {
                return office;
            }
        }
        return null;
    }

    /** A word (lower case) of an office or of a role at work. */
    static boolean isTitleWord(String lower) {
        return TITLE_WORDS.contains(lower);
    }

    /**
     * A word before a title, or of it, that makes it no current title: a past role ("former", "ex-minister") or an
     * award's category ("best").
     */
    static boolean notCurrentBefore(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return past(word) || lower.equals("best");
    }

    /** A word that makes a role a past one: "former", "ex", or a title written with "ex-" ("ex-minister"). */
    static boolean past(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return PAST.contains(lower) || lower.startsWith("ex-");
    }

    private static Map<String, String> table(String file) {
        Map<String, String> out = new HashMap<>();
        DataFile.rows(file, 2, 2).forEach(r -> out.put(r.get(0), r.get(1)));
        return Map.copyOf(out);
    }

    private static List<List<String>> headTitles() {
        List<List<String>> titles = new ArrayList<>();
        for (String file : List.of("org/newskg/nlp/roles.tsv", "org/newskg/nlp/office-titles.tsv")) {
            for (DataFile.Row r : DataFile.rows(file, 2, 2)) {
                if (r.get(1).equals("leaderOf")) {
                    titles.add(List.of(r.get(0).split(" ")));
                }
            }
        }
        return List.copyOf(titles);
    }

    private static Set<String> titleWords() {
        Set<String> out = new HashSet<>();
        OFFICES.keySet().forEach(t -> out.addAll(List.of(t.split(" "))));
        ROLES.forEach((noun, relation) -> {
            if (relation.equals("leaderOf") || relation.equals("worksFor")) {
                out.addAll(List.of(noun.split(" ")));
            }
        });
        return Set.copyOf(out);
    }
}
