package org.newskg.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How {@code score.py} compares names and literals: accents and punctuation dropped, lower case, a leading
 * "the", "Mr", "Mrs", "Ms" or "Dr" and a possessive "'s" dropped; numbers compared as numbers.
 */
final class Norm {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?U)'s\\b");
    private static final Pattern PUNCT = Pattern.compile("(?U)[^\\w\\s%-]");
    private static final Pattern HONORIFIC = Pattern.compile("^(the|mr|mrs|ms|dr)\\s+");
    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");

    private Norm() {
    }

    static String norm(String s) {
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').toLowerCase(Locale.ROOT);
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = PUNCT.matcher(t).replaceAll(" ");
        t = HONORIFIC.matcher(t.strip()).replaceAll("");
        return SPACE.matcher(t).replaceAll(" ").strip();
    }

    /** Equal after {@link #norm}, or the same number ("6,700" and "6700"). */
    static boolean literalEqual(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.equals(y)) {
            return true;
        }
        try {
            return Double.parseDouble(x.replace(",", "")) == Double.parseDouble(y.replace(",", ""));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
