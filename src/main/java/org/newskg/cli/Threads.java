package org.newskg.cli;

import org.newskg.NewskgException;

/** The {@code --threads} rule the commands share: at least 1, and the number of cores when not given. */
final class Threads {
    private Threads() {
    }

    static int orCores(Integer given) {
        if (given == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (given < 1) {
            throw NewskgException.usage("--threads must be at least 1");
        }
        return given;
    }
}
