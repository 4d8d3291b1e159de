package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a failure of the disk under a store (full, or failing) from other errors of a write, and says it in
 * one line. TDB2 maps its index files into memory, so a full disk shows as an {@link InternalError} (a page
 * of a mapped file that could not be backed), or as an {@link IOException} somewhere in the causes.
 */
final class WriteFailure {
    /** Below this much free space a failed write is taken to be the disk filling up. */
    static final long LOW_SPACE = 64L << 20;
    private final Path dir;
    private final Throwable cause;
    private final long free;

    private WriteFailure(Path dir, Throwable cause, long free) {
        this.dir = dir;
        this.cause = cause;
        this.free = free;
    }

    /** The failure, when it is one of the disk; null for other errors. */
    static WriteFailure of(Path dir, Throwable t) {
        long free = usableSpace(dir);
        boolean diskLike = t instanceof InternalError || hasIoCause(t) || mentionsNoSpace(t);
        if (!diskLike && !(free >= 0 && free < LOW_SPACE)) {
            return null;
        }
        return new WriteFailure(dir, t, free);
    }

    StoreException exception() {
        if (noSpace()) {
            return new StoreException(dir, "the disk is full (" + mb(free) + " free); the last transaction was "
                    + "undone and what the store held before it is kept. Free some space (TDB2 needs room to grow "
                    + "its files; --compact or a new store on another disk helps), then run the command again",
                    cause);
        }
        return new StoreException(dir, "cannot write the store's files (" + describe(cause) + "); the last "
                + "transaction was undone and what the store held before it is kept", cause);
    }

    private boolean noSpace() {
        return mentionsNoSpace(cause) || (free >= 0 && free < LOW_SPACE);
    }

    static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean hasIoCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException || c instanceof java.io.UncheckedIOException) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsNoSpace(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("No space left") || m.contains("Disk quota")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, without the stack, for one-line reports. */
    static String describe(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return c.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    static String mb(long bytes) {
        return bytes < 0 ? "unknown space" : String.format("%,d MB", bytes >> 20);
    }
}
