package org.newskg.nlp.wikidict;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A wikidict index opened by memory-mapping its files ({@link WikiDictFiles}): opening costs milliseconds
 * and no heap, and the operating system pages in only what lookups touch. Reads are absolute, so one
 * instance serves any number of threads.
 */
public final class MappedWikiDict {
    private final ByteBuffer keys;
    private final ByteBuffer keyEnds;
    private final ByteBuffer keyLinks;
    private final ByteBuffer links;
    private final ByteBuffer linkEnds;
    private final ByteBuffer slots;
    private final int mask;
    private final int size;

    private MappedWikiDict(Path dir, Properties meta) throws IOException {
        this.keys = map(dir.resolve(WikiDictFiles.KEYS));
        this.keyEnds = map(dir.resolve(WikiDictFiles.KEY_ENDS));
        this.keyLinks = map(dir.resolve(WikiDictFiles.KEY_LINKS));
        this.links = map(dir.resolve(WikiDictFiles.LINKS));
        this.linkEnds = map(dir.resolve(WikiDictFiles.LINK_ENDS));
        this.slots = map(dir.resolve(WikiDictFiles.SLOTS));
        this.size = Integer.parseInt(meta.getProperty("keys"));
        int capacity = Integer.parseInt(meta.getProperty("slots"));
        if (Integer.bitCount(capacity) != 1 || slots.capacity() != capacity * 4L
                || keyEnds.capacity() != size * 4L) {
            throw new IOException("wikidict index in " + dir + " is incomplete");
        }
        this.mask = capacity - 1;
    }

    /** Opens a built index; fails if its files are missing or of another format. */
    public static MappedWikiDict open(Path dir) throws IOException {
        Properties meta = meta(dir);
        if (meta == null || !Integer.toString(WikiDictFiles.FORMAT).equals(meta.getProperty("format"))) {
            throw new IOException("no wikidict index of format " + WikiDictFiles.FORMAT + " in " + dir);
        }
        return new MappedWikiDict(dir, meta);
    }

    /** The index's {@code index.properties}, or null when the index is not (completely) built. */
    static Properties meta(Path dir) throws IOException {
        Path file = dir.resolve(WikiDictFiles.META);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }

    /** The number of dictionary lines indexed (a repeated surface form counts each time). */
    public int size() {
        return size;
    }

    /** The Wikipedia title for an exact surface form. */
    public Optional<String> lookup(String surfaceForm) {
        byte[] key = surfaceForm.getBytes(StandardCharsets.UTF_8);
        int s = WikiDictFiles.slot(WikiDictFiles.hash(key, 0, key.length), mask);
        int entry;
        while ((entry = slots.getInt(s * 4)) != 0) {
            if (keyEquals(entry - 1, key)) {
                return Optional.of(link(keyLinks.getInt((entry - 1) * 4)));
            }
            s = (s + 1) & mask;
        }
        return Optional.empty();
    }

    private boolean keyEquals(int i, byte[] key) {
        int from = i == 0 ? 0 : keyEnds.getInt((i - 1) * 4);
        int to = keyEnds.getInt(i * 4);
        if (to - from != key.length) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (keys.get(from + k) != key[k]) {
                return false;
            }
        }
        return true;
    }

    private String link(int i) {
        int from = i == 0 ? 0 : linkEnds.getInt((i - 1) * 4);
        byte[] b = new byte[linkEnds.getInt(i * 4) - from];
        links.get(from, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static ByteBuffer map(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
