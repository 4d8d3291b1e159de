package org.newskg.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where an export is written before it is complete: a hidden folder beside the target, holding the files
 * under their final names (an export may write several: a style beside the cyjs, a folder for Neo4j).
 * {@link #commit()} renames each into place; closing without a commit deletes them, so a failed or killed
 * export never leaves a partial file under the name the user asked for. Staging folders left by a killed
 * export are removed by the next one.
 */
public final class StagedOutput implements AutoCloseable {
    private static final String PREFIX = ".newskg-export-";
    private final Path target;
    private final Path folder;
    private boolean committed;

    private StagedOutput(Path target, Path folder) {
        this.target = target;
        this.folder = folder;
    }

    public static StagedOutput beside(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        removeAbandoned(parent);
        return new StagedOutput(abs, Files.createDirectory(parent.resolve(PREFIX + ProcessHandle.current().pid())));
    }

    /** The path to write to instead of the target: same name, in the staging folder. */
    public Path path() {
        return folder.resolve(target.getFileName());
    }

    /** Moves what was written into place, each file or folder by one rename. */
    public void commit() throws IOException {
        List<Path> written;
        try (Stream<Path> s = Files.list(folder)) {
            written = s.sorted().toList();
        }
        for (Path p : written) {
            Path dest = target.getParent().resolve(p.getFileName());
            if (Files.isDirectory(dest) && Files.isDirectory(p)) {
                delete(dest); // a folder cannot be renamed over a folder with files in it
            }
            try {
                Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
                Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    @Override
    public void close() {
        try {
            delete(folder);
        } catch (IOException e) {
            // left for the next export to remove
        }
    }

    public boolean committed() {
        return committed;
    }

    private static void removeAbandoned(Path parent) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                String pid = p.getFileName().toString().substring(PREFIX.length());
                boolean alive = pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    delete(p);
                }
            }
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
