package org.newskg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.newskg.DataFile;

/**
 * Finds web boilerplate in plain text (comment forms, share and cookie lines, newsletter boxes; the patterns
 * are in {@code boilerplate.txt}) and blanks it: each dropped line is replaced by spaces of the same length,
 * so the character offsets of everything else, and so the evidence offsets in the graph, stay those of the
 * input file.
 */
final class Boilerplate {
    private static final List<Pattern> LINES = new ArrayList<>();
    private static final List<Pattern> TAIL_STARTS = new ArrayList<>();

    static {
        for (String line : DataFile.lines("org/newskg/source/boilerplate.txt")) {
            boolean tail = line.startsWith("!");
            Pattern p = Pattern.compile(tail ? line.substring(1) : line,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            (tail ? TAIL_STARTS : LINES).add(p);
        }
    }

    private Boilerplate() {
    }

    /** The text with boilerplate blanked, and the lines that were dropped (trimmed). */
    record Cleaned(String text, List<String> dropped) {
    }

    static Cleaned clean(String text) {
        StringBuilder out = new StringBuilder(text);
        List<String> dropped = new ArrayList<>();
        int start = 0;
        boolean inTail = false;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                inTail = inTail || start > text.length() / 2 && matches(TAIL_STARTS, line);
                if (inTail || matches(LINES, line) || matches(TAIL_STARTS, line)) {
                    for (int i = start; i < end; i++) {
                        if (!Character.isWhitespace(out.charAt(i))) {
                            out.setCharAt(i, ' ');
                        }
                    }
                    dropped.add(line);
                }
            }
            start = end + 1;
        }
        return new Cleaned(dropped.isEmpty() ? text : out.toString(), dropped);
    }

    private static boolean matches(List<Pattern> patterns, String line) {
        if (line.length() > 300) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
