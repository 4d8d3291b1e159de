package org.newskg.store;

import java.nio.file.Path;

import org.newskg.NewskgException;

/** A store that cannot be opened or written: the message names the store and says what to do. */
public final class StoreException extends NewskgException {
    public StoreException(Path dir, String message, Throwable cause) {
        super(dir + ": " + message, cause);
    }

    public StoreException(Path dir, String message) {
        this(dir, message, null);
    }

    private static final String REBUILD = "Rebuild it: ingest the articles again into a new store (newskg ingest "
            + "--store NEW ...), or load an export of it (newskg load --store NEW export.nq)";

    /** The store's files are not as newskg left them when it last closed the store. */
    static StoreException changedSinceClosed(Path dir, String what) {
        return new StoreException(dir, "the store is damaged (" + what + "). " + REBUILD + ". To open it as it is "
                + "anyway, delete " + dir.resolve(StoreManifest.NAME));
    }

    /** The store's data cannot be read. */
    static StoreException damaged(Path dir, String what, Throwable cause) {
        return new StoreException(dir, "the store is damaged (" + what + "). " + REBUILD, cause);
    }
}
