package org.newskg.nlp.wikidict;

/**
 * The layout of a mapped wikidict index: one directory, one file per array, all little-endian.
 *
 * <ul>
 * <li>{@code keys.bin}: the surface forms, UTF-8, back to back; {@code key-ends.bin}: int end offset of
 * each;</li>
 * <li>{@code key-links.bin}: int link number of each surface form;</li>
 * <li>{@code links.bin}: the Wikipedia titles, UTF-8; {@code link-ends.bin}: int end offset of each;</li>
 * <li>{@code slots.bin}: an open-addressing hash table of int (surface-form number + 1, 0 for empty),
 * a power of two long, probed linearly from {@link #hash}'s slot;</li>
 * <li>{@code index.properties}: counts and the source it was built from, written last.</li>
 * </ul>
 */
final class WikiDictFiles {
    static final String KEYS = "keys.bin";
    static final String KEY_ENDS = "key-ends.bin";
    static final String KEY_LINKS = "key-links.bin";
    static final String LINKS = "links.bin";
    static final String LINK_ENDS = "link-ends.bin";
    static final String SLOTS = "slots.bin";
    static final String META = "index.properties";
    static final int FORMAT = 1;

    private WikiDictFiles() {
    }

    /** FNV-1a over the bytes, then a 64-bit finaliser so that the low bits are well mixed. */
    static long hash(byte[] b, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= b[i] & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    static int slot(long hash, int mask) {
        return (int) hash & mask;
    }
}
