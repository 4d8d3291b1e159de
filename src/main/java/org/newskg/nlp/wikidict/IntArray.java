package org.newskg.nlp.wikidict;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** A growable array of ints that writes itself as little-endian bytes; the builder's only collection. */
final class IntArray {
    private int[] values;
    private int size;

    IntArray(int capacity) {
        values = new int[capacity];
    }

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1) + 16);
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    void write(Path file) throws IOException {
        write(file, values, size);
    }

    static void write(Path file, int[] values, int size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; i < size; i++) {
                if (!buf.hasRemaining()) {
                    flush(buf, ch);
                }
                buf.putInt(values[i]);
            }
            flush(buf, ch);
        }
    }

    private static void flush(ByteBuffer buf, FileChannel ch) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
        buf.clear();
    }
}
