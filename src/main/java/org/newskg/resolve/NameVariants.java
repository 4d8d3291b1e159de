package org.newskg.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Tells whether two spellings are one name written through different transliterations: "Zelensky",
 * "Zelenskyy" and "Zelenskiy"; "Gaddafi", "Qaddafi" and "Kadhafi"; "Aleksandr" and "Alexander".
 */
public final class NameVariants {
    private NameVariants() {
    }

    /** Both full names (first and last word) agree, allowing for transliteration. */
    public static boolean sameFullName(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (x.length < 2 || y.length < 2) {
            return false;
        }
        return same(x[0], y[0]) && same(x[x.length - 1], y[y.length - 1]);
    }

    /** One word, spelled two ways. */
    static boolean same(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        int d = distance(x, y);
        return x.length() >= 5 && y.length() >= 5 && 1.0 - (double) d / Math.max(x.length(), y.length()) >= 0.8;
    }

    /** Lower case, no accents, and the usual transliteration choices made one way. */
    static String fold(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        s = s.replace("ks", "x").replace("kh", "h").replace("dh", "d").replace("gh", "g").replace("ph", "f")
                .replace('q', 'k').replace('w', 'v').replace('y', 'i').replace('j', 'i');
        s = s.replaceAll("(.)\\1+", "$1");
        return s.replaceAll("[aeio]+$", "");
    }

    private static String[] words(String name) {
        String n = name.strip();
        return n.isEmpty() ? new String[0] : n.split("\\s+");
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
}
