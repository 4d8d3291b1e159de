package org.newskg.nlp;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.names.Transliteration;

/** Comparing names: normal forms, tokens, initials and a transliteration-tolerant similarity. */
final class Names {
    /** Forms of address and ranks before a name, generational suffixes after it ({@code name-affixes.tsv}). */
    private static final Set<String> BEFORE = union(Words.ofKind("name-affixes.tsv", "courtesy"),
            Words.ofKind("name-affixes.tsv", "rank"));
    private static final Set<String> RANKS = Words.ofKind("name-affixes.tsv", "rank");
    private static final Set<String> AFTER = Words.ofKind("name-affixes.tsv", "suffix");
    /** An acronym written with full stops: "U.S.", "U.N", "E.U.". */
    private static final Pattern DOTTED = Pattern.compile("\\b(?:\\p{Lu}\\.){1,}\\p{Lu}?\\.?(?=\\s|$)");

    private Names() {
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    /**
     * Lower case, no accents, curly quotes straightened, full stops of an acronym ("U.S." is "us"), a possessive
     * "'s", a leading "the", forms of address and ranks ("Mr", "Lord") and generational suffixes ("Jr") dropped.
     */
    static String normal(String name) {
        String s = undotted(name);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('’', '\'').toLowerCase(Locale.ROOT).replaceAll("'s$", "").strip();
        s = s.replaceAll("^the\\s+", "");
        return withoutAffixes(s.replaceAll("\\s+", " "));
    }

    /** "U.S." → "US", "U.S. Department of Agriculture" → "US Department of Agriculture". */
    static String undotted(String name) {
        Matcher m = DOTTED.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String letters = m.group().replace(".", "");
            m.appendReplacement(sb, letters.length() >= 2 ? letters : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Drops affixes from a normal form, as long as a word is left. */
    private static String withoutAffixes(String normal) {
        String[] t = normal.split(" ");
        int from = 0;
        int to = t.length;
        while (to - from > 1 && BEFORE.contains(t[from].replace(".", ""))) {
            from++;
        }
        while (to - from > 1 && AFTER.contains(t[to - 1].replace(".", ""))) {
            to--;
        }
        return from == 0 && to == t.length ? normal : String.join(" ", java.util.Arrays.copyOfRange(t, from, to));
    }

    /** True for a rank used with a name ("Lord", "Sir", "Baroness"), in any case, with or without a full stop. */
    static boolean isRank(String word) {
        return RANKS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
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

    /** A first name of initials: "C Stoica", "KP Robertson" (one or two capitals, a full stop or not). */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}{1,2}\\.?");

    /** True for a name of two words or more whose first word is initials: "C Paterson", "KP Robertson". */
    static boolean isInitialed(String name) {
        String[] w = name.strip().split("\\s+");
        return w.length >= 2 && INITIAL.matcher(w[0]).matches() && !isRank(w[0]);
    }

    /**
     * True when {@code initialed} ("D Dal Maso") is {@code full} ("David dal Maso") with its first name cut
     * to the initial: the same surname words, and a first name that starts with the initial.
     */
    static boolean initialedForm(String initialed, String full) {
        String[] a = tokens(initialed);
        String[] b = tokens(full);
        if (a.length < 2 || b.length < a.length || a[0].isEmpty()) {
            return false;
        }
        for (int i = 1; i < a.length; i++) {
            if (!a[a.length - i].equals(b[b.length - i])) {
                return false;
            }
        }
        // the full first name is a word, not initials too ("Ed" and "Al" are left alone)
        return b[0].startsWith(a[0].replace(".", "").substring(0, 1)) && b[0].length() > 2;
    }

    /** "Collective Security Treaty Organization" → "CSTO" (function words skipped). */
    static String initials(String name) {
        return initials(name, false);
    }

    /**
     * The initials, with an acronym inside the name kept whole when {@code keepAcronyms} ("UK Independence
     * Party" → "UKIP").
     */
    static String initials(String name, boolean keepAcronyms) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(keepAcronyms && w.length() > 1 && isAcronym(w) ? w : w.substring(0, 1));
            }
        }
        return sb.toString();
    }

    static boolean isAcronym(String name) {
        String s = undotted(name);
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
