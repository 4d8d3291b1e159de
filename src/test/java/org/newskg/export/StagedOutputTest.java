package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {
    private static long entries(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void nothingAppearsUnderTheTargetNameUntilCommitted(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("graph.cyjs");
        Files.writeString(target, "old");
        try (StagedOutput s = StagedOutput.beside(target)) {
            Files.writeString(s.path(), "new");
            Files.writeString(s.path().resolveSibling("graph.style.json"), "style");
            assertThat(Files.readString(target)).isEqualTo("old");
            s.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(dir.resolve("graph.style.json")).hasContent("style");
        assertThat(entries(dir)).isEqualTo(2);
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoStagingFolder(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("all.nt");
        Files.writeString(target, "old");
        try (StagedOutput s = StagedOutput.beside(target)) {
            Files.writeString(s.path(), "half");
        }
        assertThat(target).hasContent("old");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void aFolderTargetIsReplacedWhole(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("neo4j"));
        Files.writeString(target.resolve("stale.csv"), "x");
        try (StagedOutput s = StagedOutput.beside(target)) {
            Files.createDirectories(s.path());
            Files.writeString(s.path().resolve("nodes.csv"), "n");
            s.commit();
        }
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("nodes.csv");
        }
    }
}
