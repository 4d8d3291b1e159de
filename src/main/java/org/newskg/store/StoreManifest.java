package org.newskg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The size and CRC-32C of every file of a TDB2 store, as newskg last closed it ({@code newskg-store.json}
 * in the store's folder). TDB2 has no checksums of its own, so random bytes in an index or a truncated node
 * file would otherwise be read as data; comparing the files with the manifest before TDB2 opens them tells
 * a damaged store from a sound one. A store being written is marked {@code writing}: after a crash, TDB2
 * recovers it from its journal and the manifest is made again.
 */
record StoreManifest(boolean clean, Map<String, Entry> files) {
    static final String NAME = "newskg-store.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file: its size and checksum. */
    record Entry(long size, long crc) {
    }

    /** The manifest in {@code dir}; empty when there is none (a new store, or one newskg did not write). */
    static Optional<StoreManifest> read(Path dir) {
        Path f = dir.resolve(NAME);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(f.toFile());
            Map<String, Entry> files = new TreeMap<>();
            root.path("files").fields().forEachRemaining(e -> files.put(e.getKey(),
                    new Entry(e.getValue().path("size").asLong(-1), Long.parseLong(e.getValue().path("crc32c").asText("0"), 16))));
            return Optional.of(new StoreManifest("clean".equals(root.path("state").asText()), files));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new StoreManifest(false, Map.of())); // unreadable: as after a crash, made again
        }
    }

    /** The store's files as they are now. */
    static StoreManifest compute(Path dir) {
        Map<String, Entry> files = new TreeMap<>();
        for (Path p : dataFiles(dir)) {
            files.put(dir.relativize(p).toString(), entry(p));
        }
        return new StoreManifest(true, files);
    }

    /** What differs between this manifest and the files on disk; empty when they agree. */
    List<String> differences(Path dir) {
        List<String> out = new ArrayList<>();
        List<Path> present = dataFiles(dir);
        for (Map.Entry<String, Entry> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            if (!Files.isRegularFile(p)) {
                out.add(e.getKey() + " is missing");
                continue;
            }
            Entry now = entry(p);
            if (now.size() != e.getValue().size()) {
                out.add(e.getKey() + " is " + now.size() + " bytes, was " + e.getValue().size());
            } else if (now.crc() != e.getValue().crc()) {
                out.add(e.getKey() + " has changed");
            }
        }
        for (Path p : present) {
            if (!files.containsKey(dir.relativize(p).toString())) {
                out.add(dir.relativize(p) + " was not part of the store");
            }
        }
        return out;
    }

    /** Records that the store is being written, so that a crash is not taken for damage. */
    static void markWriting(Path dir) {
        write(dir, JSON.createObjectNode().put("format", 1).put("state", "writing"));
    }

    void write(Path dir) {
        ObjectNode root = JSON.createObjectNode().put("format", 1).put("state", "clean");
        ObjectNode f = root.putObject("files");
        files.forEach((name, e) -> f.putObject(name).put("size", e.size()).put("crc32c", Long.toHexString(e.crc())));
        write(dir, root);
    }

    private static void write(Path dir, ObjectNode root) {
        Path tmp = dir.resolve(NAME + ".tmp");
        try {
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            Files.move(tmp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(dir, "cannot write " + NAME + ": " + e.getMessage(), e);
        }
    }

    /** The files TDB2 keeps data in: everything under the store but its lock, journals and this manifest. */
    private static List<Path> dataFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return !n.equals("tdb.lock") && !n.endsWith(".jrnl") && !n.startsWith(NAME);
            }).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException(dir, "cannot list the store's files: " + e.getMessage(), e);
        }
    }

    private static Entry entry(Path p) {
        CRC32C crc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
            while (c.read(buf) > 0) {
                buf.flip();
                crc.update(buf);
                buf.clear();
            }
            return new Entry(c.size(), crc.getValue());
        } catch (IOException e) {
            throw new StoreException(p.getParent(), "cannot read " + p.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
