package org.newskg.app;

import java.io.PrintWriter;

/** One-line progress messages on standard error, so that standard output stays clean for data. */
public final class Progress {
    private final PrintWriter err;
    private final boolean quiet;

    public Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    public void info(String message) {
        if (!quiet) {
            err.println(message);
            err.flush();
        }
    }

    /** Problems are always shown. */
    public void problem(String message) {
        err.println("newskg: " + message);
        err.flush();
    }
}
