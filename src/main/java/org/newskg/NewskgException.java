package org.newskg;

/**
 * The one exception family of newskg. Its message is written for the user of the command line;
 * the stack trace is shown only with {@code -v}.
 */
public class NewskgException extends RuntimeException {
    private final int exitCode;

    public NewskgException(String message) {
        this(message, null);
    }

    public NewskgException(String message, Throwable cause) {
        this(message, cause, 1);
    }

    protected NewskgException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A mistake in how the command was called: exit code 2. */
    public static NewskgException usage(String message) {
        return new NewskgException(message, null, 2);
    }

    public int exitCode() {
        return exitCode;
    }
}
