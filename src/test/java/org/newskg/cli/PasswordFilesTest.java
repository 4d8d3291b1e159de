package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.Progress;

class PasswordFilesTest {
    private static String warnings(Path file) {
        StringWriter err = new StringWriter();
        PasswordFiles.warnIfReadableByOthers(file, new Progress(new PrintWriter(err, true), true));
        return err.toString();
    }

    @Test
    void aPasswordFileOthersCanReadGetsAWarningEvenWhenQuiet(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("users.txt"), "ed: pw\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(warnings(f)).contains("other users of this machine can read it").contains("chmod 600");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertThat(warnings(f)).isEmpty();
    }
}
