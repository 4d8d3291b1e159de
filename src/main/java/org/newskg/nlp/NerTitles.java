package org.newskg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one-word job titles that CoreNLP's fine-grained NER tags TITLE (its KBP gazetteer, in the models jar):
 * NER tags "novelist" but not "novelists", so a plural is a title when its lemma is one of these.
 */
final class NerTitles {
    private static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    private NerTitles() {
    }

    /** True when NER would tag the lower-case word TITLE. */
    static boolean contains(String lower) {
        return Holder.WORDS.contains(lower.toLowerCase(Locale.ROOT));
    }

    private static final class Holder {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            Set<String> words = new HashSet<>();
            InputStream in = NerTitles.class.getClassLoader().getResourceAsStream(GAZETTEER);
            if (in == null) {
                return Set.of();
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0 && line.startsWith("TITLE\t", tab + 1) && line.lastIndexOf(' ', tab) < 0) {
                        words.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read CoreNLP's " + GAZETTEER, e);
            }
            return Set.copyOf(words);
        }
    }
}
