package org.newskg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding with messages for users; refuses binary data. */
final class TextDecoder {
    private TextDecoder() {
    }

    /** The text of {@code bytes}, or an exception whose message says what is wrong with them. */
    static String decode(byte[] bytes) throws InvalidInputException {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new InvalidInputException("binary data (NUL byte at offset " + nul + "), not a text article");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("not valid UTF-8 text; convert it to UTF-8 first (e.g. iconv -t UTF-8)");
        }
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
