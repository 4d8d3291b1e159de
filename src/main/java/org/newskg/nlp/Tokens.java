package org.newskg.nlp;

import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

/** Small readings of a sentence's tokens that several rules share. */
final class Tokens {
    private Tokens() {
    }

    /** The words of tokens {@code from} to {@code to} (exclusive), joined by spaces. */
    static String words(List<CoreLabel> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(t.get(i).word());
        }
        return sb.toString();
    }

    /** The possessive clitic as the tokenizer splits it off: "'s", "’s". */
    static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s");
    }
}
