package org.newskg.source;

import java.time.LocalDate;
import java.util.List;

/**
 * How inputs are read.
 *
 * @param date      the publication date given on the command line (for .txt and stdin), or null
 * @param maxChars  longer texts are refused
 * @param lenient   decode invalid UTF-8 with replacement characters (and say so) instead of refusing the file
 * @param include   glob patterns a file found in a folder must match (relative to the folder); empty: any
 *                  file newskg reads
 * @param exclude   glob patterns of files in folders to leave out
 */
public record ReadOptions(LocalDate date, int maxChars, boolean lenient, List<String> include,
        List<String> exclude) {
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public ReadOptions {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public ReadOptions(LocalDate date, int maxChars) {
        this(date, maxChars, false, List.of(), List.of());
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_CHARS);
    }

    public ReadOptions withDate(LocalDate d) {
        return new ReadOptions(d, maxChars, lenient, include, exclude);
    }
}
