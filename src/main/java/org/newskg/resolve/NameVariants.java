package org.newskg.resolve;

import org.newskg.names.Transliteration;

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
        String x = Transliteration.spelling(letters(a));
        String y = Transliteration.spelling(letters(b));
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || x.length() >= 5 && y.length() >= 5 && Transliteration.closeness(x, y) >= 0.8;
    }

    /** The word without what is not a letter ("O'Brien" and "OBrien" alike). */
    private static String letters(String word) {
        return word.replaceAll("[^\\p{L}]", "");
    }

    private static String[] words(String name) {
        String n = name.strip();
        return n.isEmpty() ? new String[0] : n.split("\\s+");
    }
}
