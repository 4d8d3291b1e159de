package org.newskg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding with messages for users. Strict by default: binary data and invalid UTF-8 are refused with
 * the line and byte offset of the first bad byte. Lenient: invalid bytes become U+FFFD and are counted.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    /** Decoded text and how many malformed byte sequences were replaced (lenient mode only). */
    record Decoded(String text, int replaced) {
    }

    static Decoded decode(byte[] bytes, boolean lenient) throws InvalidInputException {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new InvalidInputException("binary data (a NUL byte at offset " + nul + "), not a text article");
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int replaced = 0;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (!lenient) {
                int at = in.position();
                throw new InvalidInputException("not valid UTF-8: bad byte 0x"
                        + String.format("%02X", bytes[at] & 0xff) + " on line " + lineOf(bytes, at) + " (byte offset "
                        + at + "); convert the file to UTF-8 (iconv -f WINDOWS-1252 -t UTF-8) or pass --lenient");
            }
            out.put('\uFFFD');
            in.position(in.position() + r.length());
            replaced++;
        }
        dec.flush(out);
        out.flip();
        String s = out.toString();
        return new Decoded(s.startsWith("\uFEFF") ? s.substring(1) : s, replaced);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A problem with one input's content. */
    static final class InvalidInputException extends Exception {
        InvalidInputException(String message) {
            super(message);
        }
    }
}
