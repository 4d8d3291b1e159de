package org.newskg.nlp;

import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

/** Small readings of a sentence's tokens that several rules share. */
final class Tokens {
    private Tokens() {
    }

    /**
     * The words of tokens {@code from} to {@code to} (exclusive), joined by spaces, but a hyphen the tokenizer
     * split off a compound is joined to both its words again ("tight - head" is "tight-head").
     */
    static String words(List<CoreLabel> t, int from, int to) {
        return words(t, from, to, null);
    }

    /** {@link #words(List, int, int)}, with the last word replaced by {@code last} when it is not null. */
    static String words(List<CoreLabel> t, int from, int to, String last) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            boolean glued = i > from && (isHyphen(t.get(i)) || isHyphen(t.get(i - 1)));
            sb.append(i > from && !glued ? " " : "").append(i == to - 1 && last != null ? last : t.get(i).word());
        }
        return sb.toString();
    }

    /**
     * A hyphen inside a compound, as the tokenizer splits it off ("tight - head", "Fly - half"): not a dash
     * (which the tagger may tag HYPH too: "Ukraine — Russian President") and not set off by spaces.
     */
    static boolean isHyphen(CoreLabel w) {
        return "HYPH".equals(w.tag()) && w.word().matches("[-\u2010\u2011]")
                && (w.before() == null || w.before().isEmpty()) && (w.after() == null || w.after().isEmpty());
    }

    /** The first token of the hyphenated compound that token {@code i} ends ("tight" for "head" in "tight-head"). */
    static int compoundStart(List<CoreLabel> t, int i) {
        while (i >= 2 && isHyphen(t.get(i - 1)) && !isHyphen(t.get(i - 2))) {
            i -= 2;
        }
        return i;
    }

    /** The hyphenated compound that token {@code i} ends, lower case ("tight-head"); the word alone if none. */
    static String compound(List<CoreLabel> t, int i) {
        return words(t, compoundStart(t, i), i + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The possessive clitic as the tokenizer splits it off: "'s", "’s". */
    static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s");
    }
}
