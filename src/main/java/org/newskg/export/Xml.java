package org.newskg.export;

/**
 * Escaping for hand-written XML. Characters XML 1.0 does not allow (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) are dropped; newlines and tabs inside attribute values become character references so that
 * parsers do not normalize them to spaces.
 */
final class Xml {
    private Xml() {
    }

    /** The text with every character XML 1.0 forbids removed. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (ok) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** Text content: markup characters escaped, carriage returns kept as references. */
    static String text(String s) {
        return escape(s, false);
    }

    /** An attribute value: also quotes escaped, and line breaks and tabs kept as references. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        String c = clean(s);
        StringBuilder sb = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
