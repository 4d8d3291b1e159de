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
        return matched == n.length && t.length <= n.length + 1 && (t.length == n.length || !insertion(n, t));
    }

    /** True when the title's one extra word sits inside the name ("BBC News" and "BBC Weekend News"). */
    private static boolean insertion(String[] name, String[] title) {
        return Names.similarity(name[0], title[0]) >= 0.75
                && Names.similarity(name[name.length - 1], title[title.length - 1]) >= 0.75;
    }

    /**
     * An acronym's page under another name ("ICA" and "Independent_Computing_Architecture") is kept only when
     * the article spells that name out ({@code text}, lower case); a page named as the acronym is kept.
     */
    static boolean expansionStated(String acronym, String title, String text) {
        String plain = Names.ofTitle(title);
        if (Names.normal(plain).equals(Names.normal(acronym))) {
            return true;
        }
        return text.contains(Names.normal(plain));
    }

    /**
     * A one-word name that the article also writes as a common noun ("Church" and "the church", "Court" and
     * "a court") is not linked to the page of that word.
     */
    static boolean genericWord(String name, String title, java.util.Set<String> lowerCaseWords) {
        String[] n = Names.tokens(name);
        return n.length == 1 && !Names.isAcronym(name) && lowerCaseWords.contains(n[0])
                && Names.normal(Names.ofTitle(title)).equals(n[0]);
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

    /** Cue word starts for qualifier words ({@code qualifier-cues.tsv}); "-" marks a word that is no cue. */
    private static final java.util.Map<String, java.util.List<String>> CUES = cues();

    private static java.util.Map<String, java.util.List<String>> cues() {
        java.util.Map<String, java.util.List<String>> m = new java.util.HashMap<>();
        for (org.newskg.DataFile.Row r : org.newskg.DataFile.rows("org/newskg/nlp/words/qualifier-cues.tsv", 2, 2)) {
            m.computeIfAbsent(r.get(0), k -> new java.util.ArrayList<>()).add(r.get(1));
        }
        return m;
    }

    /**
     * A person's page with a qualifier ("Tony_Martin_(farmer)") is one namesake among several: it fits only
     * when the article ({@code text}, lower case) says something the qualifier describes ("farm", or for
     * "politician" one of its cues). A page without a qualifier fits.
     */
    static boolean qualifierFits(String title, String text) {
        int open = title.indexOf('(');
        if (open < 0 || !title.endsWith(")")) {
            return true;
        }
        String[] words = title.substring(open + 1, title.length() - 1).toLowerCase(java.util.Locale.ROOT).split("[_\\s,]+");
        for (String w : words) {
            java.util.List<String> cues = CUES.getOrDefault(w, java.util.List.of(w.length() <= 5 ? w : w.substring(0, 5)));
            for (String cue : cues) {
                if (!cue.equals("-") && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(cue))
                        .matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
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
