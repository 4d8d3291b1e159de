package org.newskg;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 output stream that writes text through {@link ControlChars#text}: it collects bytes up to each line
 * break (or a bound, cut at a character boundary), then escapes and writes them, so that a query's result
 * printed to a terminal cannot drive the terminal.
 */
public final class ControlCharFilter extends FilterOutputStream {
    private static final int BOUND = 1 << 16;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    public ControlCharFilter(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        pending.write(b);
        if (b == '\n' || (pending.size() >= BOUND && (b & 0xC0) != 0x80)) {
            drain();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        super.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        super.close();
    }

    private void drain() throws IOException {
        if (pending.size() == 0) {
            return;
        }
        byte[] bytes = pending.toByteArray();
        int keep = 0;
        // hold back an incomplete UTF-8 sequence at the end (only possible when cut at the bound)
        int last = bytes.length - 1;
        if ((bytes[last] & 0x80) != 0) {
            int start = last;
            while (start > 0 && (bytes[start] & 0xC0) == 0x80) {
                start--;
            }
            int need = (bytes[start] & 0xE0) == 0xC0 ? 2 : (bytes[start] & 0xF0) == 0xE0 ? 3 : (bytes[start] & 0xF8) == 0xF0 ? 4 : 1;
            if (bytes.length - start < need) {
                keep = bytes.length - start;
            }
        }
        pending.reset();
        String s = new String(bytes, 0, bytes.length - keep, StandardCharsets.UTF_8);
        out.write(ControlChars.text(s).getBytes(StandardCharsets.UTF_8));
        if (keep > 0) {
            pending.write(bytes, bytes.length - keep, keep);
        }
    }
}
