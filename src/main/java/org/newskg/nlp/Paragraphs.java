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
        return opensParagraph(span) && endsParagraph(span);
    }

    /** True when only quotation marks and spaces come before the span in its paragraph. */
    boolean opensParagraph(Span span) {
        int start = starts.get(index(span.begin()));
        return text.substring(start, span.begin()).replaceAll("[\\s\"“‘'«]", "").isEmpty();
    }

    /** True when only quotation marks and end punctuation come after the span in its paragraph. */
    boolean endsParagraph(Span span) {
        int p = index(span.begin());
        int end = p + 1 < starts.size() ? starts.get(p + 1) : text.length();
        return text.substring(Math.min(span.end(), end), end).replaceAll("[\\s\"”’'».,!?…]", "").isEmpty();
    }
}
