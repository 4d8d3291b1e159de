package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of UTF-8 text (what Jena's writers produce) into a command's picocli output writer, so that
 * every command prints through {@code spec.commandLine().getOut()} and tests capture it.
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        if (!in.hasRemaining()) {
            drain(false);
        }
        in.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void flush() {
        drain(false);
        out.flush();
    }

    @Override
    public void close() {
        drain(true);
        out.flush();
    }

    /** Decodes what is buffered; an incomplete character at the end waits for its next bytes. */
    private void drain(boolean end) {
        in.flip();
        decoder.decode(in, chars, end);
        chars.flip();
        out.append(chars);
        chars.clear();
        in.compact();
    }
}
