package org.newskg.query;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string whose characters can be read only while its query runs. Java's regular expressions never check
 * for interruption, so a catastrophic pattern would run on after its query's time limit; reading the text
 * through this view makes the matcher stop within a few characters of the query being cancelled.
 */
final class CancellableText implements CharSequence {
    private final String text;
    private final int start;
    private final int end;
    private final AtomicBoolean cancelled;

    CancellableText(String text, AtomicBoolean cancelled) {
        this(text, 0, text.length(), cancelled);
    }

    private CancellableText(String text, int start, int end, AtomicBoolean cancelled) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        if (from < 0 || to > length() || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to + " of " + length());
        }
        return new CancellableText(text, start + from, start + to, cancelled);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
