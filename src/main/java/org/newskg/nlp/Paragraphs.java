package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.extraction.Span;

/** The paragraphs of a text: stretches separated by blank lines. */
final class Paragraphs {
    private static final Pattern BREAK = Pattern.compile("\\n[ \\t\\r]*\\n\\s*");
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    Paragraphs(String text) {
        this.text = text;
        starts.add(0);
        Matcher m = BREAK.matcher(text);
        while (m.find()) {
            starts.add(m.end());
        }
    }

    int index(int offset) {
        int i = 0;
        while (i + 1 < starts.size() && starts.get(i + 1) <= offset) {
            i++;
        }
        return i;
    }

    /** True when nothing but quotation marks and punctuation surrounds the span in its paragraph. */
    boolean isWholeParagraph(Span span) {
        int p = index(span.begin());
        int start = starts.get(p);
        int end = p + 1 < starts.size() ? starts.get(p + 1) : text.length();
        String before = text.substring(start, span.begin());
        String after = text.substring(Math.min(span.end(), end), end);
        return before.replaceAll("[\\s\"“‘'«]", "").isEmpty() && after.replaceAll("[\\s\"”’'».,!?…]", "").isEmpty();
    }
}
