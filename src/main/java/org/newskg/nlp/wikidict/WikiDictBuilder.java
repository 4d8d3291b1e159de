package org.newskg.nlp.wikidict;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Turns CoreNLP's wikidict (lines of surface form, Wikipedia title, score; tab-separated, sorted by title)
 * into the files of {@link WikiDictFiles}. It streams the lines once and keeps only int arrays in memory
 * (about 350 MB for the 21 million entries of CoreNLP 4.5.10), where CoreNLP's own annotator keeps a
 * 2.5 GB hash map. When a surface form occurs twice the later line wins, as in CoreNLP's map.
 */
final class WikiDictBuilder {
    private static final int EXPECTED = 22_000_000;

    private WikiDictBuilder() {
    }

    /** Builds the index into {@code dir}, which must not exist; returns the number of surface forms. */
    static int build(BufferedReader lines, Path dir, String source) throws IOException {
        Files.createDirectories(dir);
        IntArray keyEnds = new IntArray(EXPECTED);
        IntArray keyLinks = new IntArray(EXPECTED);
        IntArray hashes = new IntArray(EXPECTED);
        IntArray linkEnds = new IntArray(EXPECTED / 3);
        try (OutputStream keys = out(dir.resolve(WikiDictFiles.KEYS));
                OutputStream links = out(dir.resolve(WikiDictFiles.LINKS))) {
            long keyBytes = 0;
            long linkBytes = 0;
            String previousLink = null;
            String line;
            while ((line = lines.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue; // CoreNLP skips lines that start with a tab; a line without one has no title
                }
                int tab2 = line.indexOf('\t', tab + 1);
                String link = line.substring(tab + 1, tab2 < 0 ? line.length() : tab2);
                if (!link.equals(previousLink)) {
                    byte[] l = link.getBytes(StandardCharsets.UTF_8);
                    links.write(l);
                    linkBytes = checkedEnd(linkBytes + l.length);
                    linkEnds.add((int) linkBytes);
                    previousLink = link;
                }
                byte[] k = line.substring(0, tab).getBytes(StandardCharsets.UTF_8);
                keys.write(k);
                keyBytes = checkedEnd(keyBytes + k.length);
                keyEnds.add((int) keyBytes);
                keyLinks.add(linkEnds.size() - 1);
                hashes.add((int) WikiDictFiles.hash(k, 0, k.length));
            }
        }
        int n = keyEnds.size();
        int[] slots = slots(dir.resolve(WikiDictFiles.KEYS), keyEnds, hashes);
        keyEnds.write(dir.resolve(WikiDictFiles.KEY_ENDS));
        keyLinks.write(dir.resolve(WikiDictFiles.KEY_LINKS));
        linkEnds.write(dir.resolve(WikiDictFiles.LINK_ENDS));
        IntArray.write(dir.resolve(WikiDictFiles.SLOTS), slots, slots.length);
        Properties meta = new Properties();
        meta.setProperty("format", Integer.toString(WikiDictFiles.FORMAT));
        meta.setProperty("keys", Integer.toString(n));
        meta.setProperty("links", Integer.toString(linkEnds.size()));
        meta.setProperty("slots", Integer.toString(slots.length));
        meta.setProperty("source", source);
        try (Writer w = Files.newBufferedWriter(dir.resolve(WikiDictFiles.META))) {
            meta.store(w, "newskg wikidict index");
        }
        return n;
    }

    /** Fills the hash table; a surface form seen before replaces the earlier entry (the later line wins). */
    private static int[] slots(Path keysFile, IntArray keyEnds, IntArray hashes) throws IOException {
        int n = keyEnds.size();
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1L << 30, n * 3L / 2))) << 1;
        int mask = capacity - 1;
        int[] slots = new int[capacity];
        try (FileChannel ch = FileChannel.open(keysFile, StandardOpenOption.READ)) {
            MappedByteBuffer keys = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            keys.order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; i++) {
                int hash = hashes.get(i);
                int s = WikiDictFiles.slot(hash, mask);
                while (slots[s] != 0) {
                    int j = slots[s] - 1;
                    if (hashes.get(j) == hash && sameKey(keys, keyEnds, i, j)) {
                        break;
                    }
                    s = (s + 1) & mask;
                }
                slots[s] = i + 1;
            }
        }
        return slots;
    }

    private static boolean sameKey(MappedByteBuffer keys, IntArray ends, int a, int b) {
        int aFrom = a == 0 ? 0 : ends.get(a - 1);
        int bFrom = b == 0 ? 0 : ends.get(b - 1);
        int len = ends.get(a) - aFrom;
        if (len != ends.get(b) - bFrom) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (keys.get(aFrom + i) != keys.get(bFrom + i)) {
                return false;
            }
        }
        return true;
    }

    private static long checkedEnd(long end) {
        if (end > Integer.MAX_VALUE) {
            throw new IllegalStateException("wikidict is larger than 2 GB; the index format holds int offsets");
        }
        return end;
    }

    private static OutputStream out(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 1 << 20);
    }
}
