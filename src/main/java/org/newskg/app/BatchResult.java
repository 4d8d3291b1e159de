package org.newskg.app;

import java.util.ArrayList;
import java.util.List;

/** What happened to the articles of one run: how many were read, stored, skipped, and which failed why. */
public final class BatchResult {
    private int done;
    private int unchanged;
    private final List<String> failures = new ArrayList<>();

    synchronized void done() {
        done++;
    }

    synchronized void unchanged() {
        unchanged++;
    }

    synchronized void failed(String message) {
        failures.add(message);
    }

    public synchronized int doneCount() {
        return done;
    }

    public synchronized int unchangedCount() {
        return unchanged;
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    public synchronized String summary(String verb) {
        return done + " " + verb + ", " + unchanged + " unchanged (skipped), " + failures.size() + " failed";
    }
}
