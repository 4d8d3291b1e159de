package org.newskg.app;

import java.util.Locale;

/**
 * One line that says how far a batch is: a bar, articles done of all, the rate and the time left, e.g.
 * {@code [##########··········]  57/200 articles  1.9/s  1m 15s left}. Pure: {@link #render} turns counts and
 * times into the text; {@link Progress} decides when a terminal shows it.
 */
public final class ProgressBar {
    static final int BAR_WIDTH = 24;

    private ProgressBar() {
    }

    /**
     * @param done         articles finished (stored, skipped or failed)
     * @param total        articles in the batch, or -1 when it is not known in advance (standard input, JSONL)
     * @param elapsedNanos time since the first article began, or 0 before that
     */
    public static String render(int done, int total, long elapsedNanos) {
        StringBuilder sb = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, (long) BAR_WIDTH * done / total);
            sb.append('[').append("#".repeat(filled)).append("·".repeat(BAR_WIDTH - filled)).append("] ");
            String of = Integer.toString(total);
            sb.append(" ".repeat(Math.max(0, of.length() - Integer.toString(done).length()))).append(done)
                    .append('/').append(of);
        } else {
            sb.append(done);
        }
        sb.append(" articles");
        double seconds = elapsedNanos / 1e9;
        if (done > 0 && seconds > 0) {
            double rate = done / seconds;
            sb.append(String.format(Locale.ROOT, "  %.1f/s", rate));
            if (total > done) {
                sb.append("  ").append(duration((total - done) / rate)).append(" left");
            } else if (total > 0) {
                sb.append("  done in ").append(duration(seconds));
            }
        } else if (done == 0) {
            sb.append("  starting");
        }
        return sb.toString();
    }

    /** "45s", "3m 05s", "2h 07m". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
    }
}
