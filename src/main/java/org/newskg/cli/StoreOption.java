package org.newskg.cli;

import java.nio.file.Path;

import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Option;

/** {@code --store DIR}, the TDB2 store a command works on, as one picocli mixin. */
final class StoreOption {
    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The TDB2 store folder (a new or empty folder, or one newskg made).")
    Path dir;

    Path dir() {
        return dir;
    }

    /** The existing store, for reading. */
    Tdb2Store read() {
        return Tdb2Store.openExisting(dir);
    }

    /** The store for writing; {@code create}: a new one if there is none. */
    Tdb2Store write(boolean create) {
        return Tdb2Store.open(dir, Tdb2Store.Mode.WRITE, create);
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
