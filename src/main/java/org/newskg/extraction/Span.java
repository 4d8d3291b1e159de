package org.newskg.extraction;

/**
 * A stretch of the article's text: UTF-16 offsets, end exclusive, and the text itself.
 *
 * @param sentence the index of the sentence it lies in
 */
public record Span(int begin, int end, String text, int sentence) implements Comparable<Span> {
    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    public boolean overlaps(Span o) {
        return begin < o.end && o.begin < end;
    }
}
