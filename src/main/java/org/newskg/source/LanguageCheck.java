package org.newskg.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.DataFile;

/**
 * Tells whether a text is English, cheaply: by its alphabet and by the share of its words that are common
 * English function words (compared with those of a few other languages, {@code function-words.tsv}).
 * CoreNLP's English models make nonsense of other languages, so such articles are skipped with a message.
 */
final class LanguageCheck {
    static final int MIN_WORDS = 25;
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String line : DataFile.lines("org/newskg/source/function-words.tsv")) {
            String[] f = line.split("\t");
            WORDS.put(f[0], new HashSet<>(java.util.Arrays.asList(f[2].split(" "))));
            NAMES.put(f[0], f[1]);
        }
    }

    private LanguageCheck() {
    }

    /** Why the text does not look English, or empty when it does (or is too short to tell). */
    static Optional<String> notEnglish(String text) {
        Optional<String> script = script(text);
        if (script.isPresent()) {
            return script;
        }
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && words < 5000) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        double english = hits.getOrDefault("en", 0) / (double) words;
        String best = "en";
        for (String lang : WORDS.keySet()) {
            if (hits.getOrDefault(lang, 0) > hits.getOrDefault(best, 0)) {
                best = lang;
            }
        }
        if (english >= 0.12 && best.equals("en")) {
            return Optional.empty();
        }
        String pct = Math.round(english * 100) + "% of its words are common English words";
        return Optional.of(best.equals("en") || english >= 0.12
                ? "does not look like English (" + pct + "); newskg reads English news only"
                : "looks like " + NAMES.get(best) + ", not English (" + pct + "); newskg reads English news only");
    }

    /** A message when most letters are not Latin (Cyrillic, Arabic, Han, …). */
    private static Optional<String> script(String text) {
        Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 20000; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        int latin = counts.getOrDefault(Character.UnicodeScript.LATIN, 0);
        if (letters < 50 || latin * 2 >= letters) {
            return Optional.empty();
        }
        Character.UnicodeScript top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        String name = top.name().charAt(0) + top.name().substring(1).toLowerCase(Locale.ROOT);
        return Optional.of("is mostly written in " + name + " letters, not English; newskg reads English news only");
    }
}
