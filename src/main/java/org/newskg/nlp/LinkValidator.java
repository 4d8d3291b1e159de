package org.newskg.nlp;

import java.util.Set;

import org.newskg.extraction.EntityType;
import org.newskg.names.Transliteration;

/**
 * Decides whether CoreNLP's entitylink title for a name can be kept. entitylink links numbers, titles and
 * bare first names, and ignores context; a wrong link is worse than none, so a title is kept only when its
 * words match the name (allowing for transliteration) and its kind fits the entity's type.
 */
final class LinkValidator {
    private static final Set<String> NON_ENTITY_TITLE_WORDS = Words.set("non-entity-title-words.tsv");

    private LinkValidator() {
    }

    static boolean accept(String name, EntityType type, String title) {
        if (title == null || title.isBlank() || title.matches("[0-9].*")) {
            return false;
        }
        String plain = Names.ofTitle(title);
        String qualifier = title.contains("(") ? title.substring(title.indexOf('(')).toLowerCase() : "";
        for (String w : NON_ENTITY_TITLE_WORDS) {
            if (qualifier.contains(w) || Names.normal(plain).endsWith(" " + w)) {
                return false;
            }
        }
        if (type == EntityType.PERSON) {
            return personMatches(name, plain) && !title.contains(",");
        }
        if (Names.normal(plain).equals(Names.normal(name))) {
            return true;
        }
        if (Names.isAcronym(name)) {
            return Names.initials(plain).equals(name) || Names.normal(plain).startsWith(Names.normal(name));
        }
        return wordsCovered(name, plain);
    }

    /** Every word of the name is in the title (or close to one), and the title's words are mostly the name's. */
    private static boolean wordsCovered(String name, String title) {
        String[] n = Names.tokens(name);
        String[] t = Names.tokens(title);
        int matched = 0;
        for (String w : n) {
            for (String v : t) {
                if (Names.similarity(w, v) >= 0.75) {
                    matched++;
                    break;
                }
            }
        }
        return matched == n.length && t.length <= n.length + 1;
    }

    /** A person's title must share the surname (allowing transliteration) and not contradict the first name. */
    private static boolean personMatches(String name, String title) {
        String[] n = Names.tokens(name);
        String[] t = Names.tokens(title);
        if (n.length == 0 || t.length < 2) {
            return false;
        }
        boolean surname = Names.similarity(n[n.length - 1], t[t.length - 1]) >= 0.5;
        boolean firstOk = n.length == 1 || firstNamesAgree(n[0], t[0]);
        return surname && firstOk;
    }

    /**
     * First names agree when they are spellings of one name: "Aleksandr" and "Alexander", "Yury" and "Yuri",
     * but not "Andriy" and "Alexandre" (a namesake's page is a wrong link).
     */
    static boolean firstNamesAgree(String a, String b) {
        String x = Transliteration.spelling(Names.normal(a));
        String y = Transliteration.spelling(Names.normal(b));
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0);
        }
        return Transliteration.closeness(x, y) >= 0.7;
    }
}
