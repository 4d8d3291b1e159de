package org.newskg.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to the inputs of one run: how many were read, done, unchanged, skipped and failed, with the
 * reasons, for the summary line at the end.
 */
public final class BatchResult {
    private int read;
    private int done;
    private int unchanged;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Map<String, Integer> failedReasons = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    synchronized void read() {
        read++;
    }

    synchronized void done() {
        done++;
    }

    synchronized void unchanged() {
        unchanged++;
    }

    synchronized void skipped(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    public synchronized void failed(String reason, String message) {
        failedReasons.merge(reason, 1, Integer::sum);
        failures.add(message);
    }

    public synchronized int doneCount() {
        return done;
    }

    public synchronized int unchangedCount() {
        return unchanged;
    }

    /** The messages of the inputs that failed; the run's exit code is 1 when there is any. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** "12 read: 9 ingested, 1 unchanged (skipped), 1 skipped (1 not English), 1 failed (1 not UTF-8)". */
    public synchronized String summary(String verb) {
        int skippedCount = skipped.values().stream().mapToInt(Integer::intValue).sum();
        return read + " read: " + done + " " + verb + ", " + unchanged + " unchanged (skipped), " + skippedCount
                + " skipped" + reasons(skipped) + ", " + failures.size() + " failed" + reasons(failedReasons);
    }

    private static String reasons(Map<String, Integer> m) {
        if (m.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        m.forEach((reason, n) -> parts.add(n + " " + reason));
        return " (" + String.join(", ", parts) + ")";
    }
}
