package org.newskg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file that ships with newskg (word lists, gazetteers, rule files): UTF-8 lines, blank lines and
 * {@code #} comments skipped, columns separated by tabs. A malformed row is an error that names the file
 * and the line.
 */
public final class DataFile {
    /** One row: where it is, and its columns. */
    public record Row(String file, int line, List<String> cells) {
        public String get(int i) {
            return cells.get(i);
        }

        /** The column, or {@code missing} when the row is shorter. */
        public String get(int i, String missing) {
            return i < cells.size() ? cells.get(i) : missing;
        }

        public int size() {
            return cells.size();
        }

        /** A message about this row: {@code org/newskg/nlp/roles.tsv:12: ...}. */
        public NewskgException error(String what) {
            return new NewskgException(file + ":" + line + ": " + what);
        }
    }

    private DataFile() {
    }

    /** The rows of the resource at {@code path} (such as {@code org/newskg/nlp/roles.tsv}), each of
     * {@code min} to {@code max} columns. */
    public static List<Row> rows(String path, int min, int max) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : read(path).lines().toList()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (cells.size() < min || cells.size() > max) {
                throw new NewskgException(path + ":" + n + ": expected " + (min == max ? min : min + " to " + max)
                        + " columns separated by tabs, found " + cells.size() + ": " + line);
            }
            rows.add(new Row(path, n, cells));
        }
        return rows;
    }

    /** The first column of every row: a word list. */
    public static List<String> words(String path) {
        return rows(path, 1, Integer.MAX_VALUE).stream().map(r -> r.get(0).strip()).toList();
    }

    /** The non-blank, non-comment lines, stripped. */
    public static List<String> lines(String path) {
        return read(path).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String read(String path) {
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
    }
}
