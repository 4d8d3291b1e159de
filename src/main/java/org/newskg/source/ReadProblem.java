package org.newskg.source;

/**
 * An input that was not turned into an article, with a message naming it.
 *
 * @param origin  the file (and line), for the message
 * @param message what is wrong and what to do, in one line
 * @param reason  a short label for the end-of-run summary ("not English", "not UTF-8", …)
 * @param skipped true when the input was left out on purpose (empty, not English) rather than failed
 */
public record ReadProblem(String origin, String message, String reason, boolean skipped) {
    public ReadProblem(String origin, String message) {
        this(origin, message, "unreadable", false);
    }

    static ReadProblem failed(String origin, String reason, String message) {
        return new ReadProblem(origin, message, reason, false);
    }

    static ReadProblem skipped(String origin, String reason, String message) {
        return new ReadProblem(origin, message, reason, true);
    }

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
