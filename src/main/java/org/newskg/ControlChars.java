package org.newskg;

/**
 * Escapes the characters of article text that a terminal or a log would act on rather than show: C0 and C1
 * control characters (ESC starts colour and cursor sequences, BEL rings), DEL, and the bidirectional
 * overrides that reorder what is shown. Each becomes {@code \\uXXXX}. Messages of one line escape line
 * breaks too, so a name sent to the server cannot forge a second log line.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /** For one-line messages and logs: line breaks and tabs are escaped as well. */
    public static String line(String s) {
        return escape(s, false);
    }

    /** For text shown as it is: line breaks and tabs are kept. */
    public static String text(String s) {
        return escape(s, true);
    }

    static boolean unsafe(char c, boolean keepLayout) {
        if (keepLayout && (c == '\n' || c == '\t' || c == '\r')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }

    private static String escape(String s, boolean keepLayout) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i), keepLayout)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c, keepLayout)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
