package org.newskg.source;

import java.time.LocalDate;

/**
 * How inputs are read.
 *
 * @param date      the publication date given on the command line (for .txt and stdin), or null
 * @param maxChars  longer texts are refused
 */
public record ReadOptions(LocalDate date, int maxChars) {
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_CHARS);
    }
}
