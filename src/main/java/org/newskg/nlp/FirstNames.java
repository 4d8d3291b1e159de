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
 * Given names, from the name-gender list that ships in CoreNLP's English models jar
 * ({@code edu/stanford/nlp/models/dcoref/namegender.combine.txt}, about 14,600 names): "Simon Cross" and
 * "Delta Goodrem" start with one, "Technorati" and "Warwick" do not.
 */
final class FirstNames {
    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final java.util.Map<String, String> GENDERS = load();
    private static final Set<String> NAMES = GENDERS.keySet();

    private FirstNames() {
    }

    static boolean contains(String word) {
        return NAMES.contains(Names.normal(word));
    }

    /** "MALE", "FEMALE" (or another word of the list) for a given name, or null when the list has none. */
    static String gender(String word) {
        return GENDERS.get(Names.normal(word));
    }

    private static java.util.Map<String, String> load() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return java.util.Map.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return java.util.Map.copyOf(out);
    }
}
