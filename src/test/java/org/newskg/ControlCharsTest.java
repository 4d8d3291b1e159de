package org.newskg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ControlCharsTest {
    @Test
    void terminalControlsAreShownNotObeyed() {
        assertThat(ControlChars.text("red \u001b[31m bell \u0007 kept\n\ttabs")).isEqualTo("red \\u001B[31m bell \\u0007 kept\n\ttabs");
        assertThat(ControlChars.text("C1 \u009b and bidi \u202e override")).isEqualTo("C1 \\u009B and bidi \\u202E override");
        assertThat(ControlChars.text("Zürich – ‘quotes’")).isEqualTo("Zürich – ‘quotes’");
    }

    @Test
    void oneLineMessagesCannotForgeASecondLine() {
        assertThat(ControlChars.line("story\nnewskg: 0 failed\r")).isEqualTo("story\\u000Anewskg: 0 failed\\u000D");
        assertThat(ControlChars.line("plain")).isSameAs("plain");
    }

    @Test
    void theFilterEscapesAcrossWritesAndKeepsMultiByteCharacters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ControlCharFilter f = new ControlCharFilter(out)) {
            byte[] b = "é\u001b\u0007€\n".getBytes(StandardCharsets.UTF_8);
            for (byte x : b) {
                f.write(x);
            }
            f.write("tail \u009b".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("é\\u001B\\u0007€\ntail \\u009B");
    }
}
