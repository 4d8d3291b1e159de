package org.newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.server.ArticleIntake;
import org.newskg.store.Tdb2Store;

class WebIngestServiceTest {
    @BeforeEach
    void standIn() {
        System.setProperty(AnalyzerFactory.TEST_ANALYZER, WordAnalyzer.class.getName());
    }

    @AfterEach
    void restore() {
        System.clearProperty(AnalyzerFactory.TEST_ANALYZER);
    }

    @Test
    void aNameSentWithTheRequestCannotWriteControlCharactersOrExtraLinesIntoTheLog(@TempDir Path dir) {
        StringWriter log = new StringWriter();
        try (Tdb2Store kg = Tdb2Store.open(dir.resolve("kg"))) {
            WebIngestService service = new WebIngestService(kg, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), 1,
                    Duration.ofSeconds(30), new Progress(new PrintWriter(log, true), false));
            ArticleIntake.Reply r = service.ingest(new ByteArrayInputStream(
                    "Headline\n\nThe minister said that Anna and Bert met in Paris on Monday.".getBytes(StandardCharsets.UTF_8)),
                    "text/plain", null, "story\nnewskg: 0 failed \u001b[31mred\u0007");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json()).contains("story\\\\u000Anewskg");
        }
        assertThat(log.toString()).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(log.toString().lines().filter(l -> l.startsWith("newskg: 0 failed"))).isEmpty();
    }
}
