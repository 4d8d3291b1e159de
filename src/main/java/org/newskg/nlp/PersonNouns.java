package org.newskg.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Common nouns that say what a person is or does ("frontbencher", "futurologist", "star"), read from
 * {@code words/person-nouns.tsv}: a noun with an agent ending is one unless the list calls it a tie
 * ("brother", "member"), and a noun without one only when the list names it.
 */
final class PersonNouns {
    private static final Pattern AGENT = Pattern.compile("[a-z-]{2,}(er|or|ist|ian|man|woman|(?<!n)ess|ster|eer|ant|(?<!m)ent)");
    private static final Set<String> LISTED = Words.ofKind("person-nouns.tsv", "person");
    private static final Set<String> TIES = Words.ofKind("person-nouns.tsv", "tie");

    private PersonNouns() {
    }

    /** True when the word (any case) names a tie to other people or a passing state ("brother", "fellow"). */
    static boolean tie(String word) {
        return TIES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the lemma (any case) names a job, a calling or a standing. */
    static boolean contains(String lemma) {
        String lower = lemma.toLowerCase(Locale.ROOT);
        if (LISTED.contains(lower)) {
            return true;
        }
        return AGENT.matcher(lower).matches() && !TIES.contains(lower);
    }
}
