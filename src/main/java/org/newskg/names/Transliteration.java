package org.newskg.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.newskg.DataFile;

/**
 * Folds the spellings that romanizations of one name produce to one form ({@code transliteration.tsv}):
 * {@link #spelling} tells whether two spellings are one name, {@link #sound} how alike two words sound.
 * The one place where newskg knows how romanizations differ.
 */
public final class Transliteration {
    private record Rule(Pattern from, String to) {
    }

    private static final List<Rule> SPELLING = new ArrayList<>();
    private static final List<Rule> SOUND = new ArrayList<>();

    static {
        for (DataFile.Row r : DataFile.rows("org/newskg/names/transliteration.tsv", 3, 3)) {
            Rule rule = new Rule(Pattern.compile(r.get(1)), r.get(2));
            switch (r.get(0)) {
                case "spelling" -> SPELLING.add(rule);
                case "sound" -> SOUND.add(rule);
                default -> throw r.error("unknown scheme '" + r.get(0) + "'; use spelling or sound");
            }
        }
    }

    private Transliteration() {
    }

    /** Lower case and without accents. */
    public static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** One word in the form that its other romanizations share ("Zelenskyy", "Zelenskiy" → "zelenski"). */
    public static String spelling(String word) {
        return apply(SPELLING, plain(word));
    }

    /** A word in a form where romanizations that sound alike become equal or close (vowels merged). */
    public static String sound(String word) {
        return apply(SOUND, word);
    }

    private static String apply(List<Rule> rules, String s) {
        for (Rule r : rules) {
            s = r.from().matcher(s).replaceAll(r.to());
        }
        return s;
    }

    /** Levenshtein edit distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** How close two folded words are: 1 for equal, 0 for nothing alike (one minus edit distance over length). */
    public static double closeness(String x, String y) {
        return x.isEmpty() || y.isEmpty() ? 0 : 1.0 - (double) distance(x, y) / Math.max(x.length(), y.length());
    }
}
