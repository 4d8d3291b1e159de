package org.newskg.app;

import java.io.PrintWriter;

import org.newskg.ControlChars;

/**
 * One-line progress messages on standard error, so that standard output stays clean for data. Control
 * characters from file names and article text are escaped, so a message is always one harmless line.
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean quiet;

    public Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    public void info(String message) {
        if (!quiet) {
            err.println(ControlChars.line(message));
            err.flush();
        }
    }

    /** Problems are always shown. */
    public void problem(String message) {
        err.println("newskg: " + ControlChars.line(message));
        err.flush();
    }
}
