package org.newskg.nlp;

import java.text.Normalizer;
import java.util.Locale;

import org.newskg.names.Transliteration;

/** Comparing names: normal forms, tokens, initials and a transliteration-tolerant similarity. */
final class Names {
    private Names() {
    }

    /** Lower case, no accents, curly quotes straightened, possessive "'s" and a leading "the" dropped. */
    static String normal(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('’', '\'').toLowerCase(Locale.ROOT).replaceAll("'s$", "").strip();
        s = s.replaceAll("^the\\s+", "");
        return s.replaceAll("\\s+", " ");
    }

    static String[] tokens(String name) {
        String n = normal(name);
        return n.isEmpty() ? new String[0] : n.split(" ");
    }

    static String last(String name) {
        String[] t = tokens(name);
        return t.length == 0 ? "" : t[t.length - 1];
    }

    static String first(String name) {
        String[] t = tokens(name);
        return t.length == 0 ? "" : t[0];
    }

    /** "Collective Security Treaty Organization" → "CSTO" (function words skipped). */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    static boolean isAcronym(String s) {
        return s.length() >= 2 && s.length() <= 7 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '&');
    }

    /** A Wikipedia title as a plain name: "RT_(TV_network)" → "RT", "Minsk" → "Minsk". */
    static String ofTitle(String title) {
        return title.replace('_', ' ').replaceAll("\\s*\\(.*\\)$", "").replaceAll(",.*$", "").strip();
    }

    /**
     * Similarity of two single names that may be transliterated differently (Tikhanovskaya / Tsikhanouskaya):
     * Dice coefficient of character bigrams after folding letters that transliterations swap.
     */
    static double similarity(String a, String b) {
        String x = Transliteration.sound(normal(a));
        String y = Transliteration.sound(normal(b));
        if (x.equals(y)) {
            return 1;
        }
        if (x.length() < 2 || y.length() < 2) {
            return 0;
        }
        java.util.List<String> bx = bigrams(x);
        java.util.List<String> by = new java.util.ArrayList<>(bigrams(y));
        int common = 0;
        for (String g : bx) {
            if (by.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / (bx.size() + by.size() + common);
    }

    private static java.util.List<String> bigrams(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
