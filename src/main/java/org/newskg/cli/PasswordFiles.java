package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.newskg.app.Progress;

/** Checks on the server's password file. */
final class PasswordFiles {
    private PasswordFiles() {
    }

    /** Warns when users other than the owner can read the file, as {@code ssh} does for keys. */
    static void warnIfReadableByOthers(Path file, Progress progress) {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return; // not a POSIX file system, or unreadable: the server's own check reports the latter
        }
        if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
            progress.problem("warning: " + file + " holds passwords and other users of this machine can read it;"
                    + " restrict it with: chmod 600 " + file);
        }
    }
}
