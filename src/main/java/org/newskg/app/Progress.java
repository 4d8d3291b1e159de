package org.newskg.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.newskg.ControlChars;

/**
 * Progress messages on standard error, so that standard output stays clean for data. Control characters from
 * file names and article text are escaped, so a message is always one harmless line.
 *
 * <p>A batch reports each article with {@link #article}. On a terminal, once {@link #expect} has told the
 * number of articles, that is one bar redrawn in place with the rate and the time left ({@link ProgressBar});
 * elsewhere (a pipe, a log file) it is one line per article; with {@code -q}, nothing. Problems are always
 * shown, above the bar.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private int total = -1;
    private int done;
    private long firstStart;
    private long lastDraw;
    private boolean barShown;

    public Progress(PrintWriter err, boolean quiet) {
        this(err, quiet, stderrIsTerminal());
    }

    Progress(PrintWriter err, boolean quiet, boolean terminal) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    public synchronized void info(String message) {
        if (!quiet) {
            clearBar();
            err.println(ControlChars.line(message));
            err.flush();
            redraw(true);
        }
    }

    /** Problems are always shown. */
    public synchronized void problem(String message) {
        clearBar();
        err.println("newskg: " + ControlChars.line(message));
        err.flush();
        redraw(true);
    }

    /** The batch holds {@code articles} articles (-1: not known): a terminal shows a bar from now on. */
    public synchronized void expect(int articles) {
        total = articles;
        done = 0;
        firstStart = 0;
        redraw(true);
    }

    /** The first article's analysis began (after the models loaded): the rate counts from here. */
    public synchronized void started() {
        if (firstStart == 0) {
            firstStart = System.nanoTime();
        }
    }

    /** One article is finished; {@code line} says how it went (null: a problem already said it). */
    public synchronized void article(String line) {
        done++;
        if (bar()) {
            redraw(done == total);
        } else if (line != null) {
            info(line);
        }
    }

    /** Ends the bar's line, so that what follows starts on a line of its own. */
    public synchronized void finish() {
        if (barShown) {
            redraw(true);
            err.println();
            err.flush();
            barShown = false;
        }
        total = -1;
    }

    private boolean bar() {
        return terminal && !quiet && total > 0;
    }

    private void redraw(boolean now) {
        if (!bar()) {
            return;
        }
        long t = System.nanoTime();
        if (!now && t - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = t;
        err.print("\r" + ProgressBar.render(done, total, firstStart == 0 ? 0 : t - firstStart) + "\u001b[K");
        err.flush();
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\u001b[K");
            barShown = false;
        }
    }

    /** True when standard error is a terminal (Linux: /proc/self/fd/2 is a tty), not a pipe or a file. */
    static boolean stderrIsTerminal() {
        if (System.getenv().getOrDefault("TERM", "dumb").equals("dumb")) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
