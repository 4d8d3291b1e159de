package org.newskg.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.newskg.DataFile;

/** The English word lists newskg's rules read, from {@code org/newskg/nlp/words/}; each names its origin. */
final class Words {
    private static final String DIR = "org/newskg/nlp/words/";

    private Words() {
    }

    /** The words of a list. */
    static Set<String> set(String file) {
        return Set.copyOf(DataFile.words(DIR + file));
    }

    /** The words of a two-column list whose second column is {@code kind}. */
    static Set<String> ofKind(String file, String kind) {
        return rows(file).stream().filter(r -> r.get(1).equals(kind)).map(r -> r.get(0)).collect(Collectors.toUnmodifiableSet());
    }

    /** A two-column list as a map from the first column to the second, in file order. */
    static Map<String, String> map(String file) {
        Map<String, String> m = new LinkedHashMap<>();
        rows(file).forEach(r -> m.put(r.get(0), r.get(1)));
        return m;
    }

    private static List<DataFile.Row> rows(String file) {
        return DataFile.rows(DIR + file, 2, 2);
    }
}
