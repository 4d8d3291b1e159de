package org.newskg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private final List<Article> articles = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();

    private void read(String stdin, String... inputs) {
        new ArticleReader(new ReadOptions(LocalDate.of(2020, 8, 16), 10_000),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .read(List.of(inputs), new ArticleSink() {
                    @Override
                    public void article(Article a) {
                        articles.add(a);
                    }

                    @Override
                    public void problem(ReadProblem p) {
                        problems.add(p);
                    }
                });
    }

    @Test
    void textFirstLineIsTheHeadlineAndTextIsKeptAsRead(@TempDir Path dir) throws Exception {
        String text = "Headline here\r\n\r\nBody “quoted”.\n";
        Files.writeString(dir.resolve("a.txt"), text);
        read("", dir.toString());
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("Headline here");
            assertThat(a.text()).isEqualTo(text);
            assertThat(a.date()).isEqualTo(LocalDate.of(2020, 8, 16));
            assertThat(a.id()).hasSize(16).matches("[0-9a-f]+");
        });
    }

    @Test
    void htmlMainTextAndMetadata(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.html"), """
                <html><head><title>T</title><meta property="og:title" content="Big news">
                <meta property="article:published_time" content="2021-03-04T10:00:00Z">
                <link rel="canonical" href="https://example.org/n"></head>
                <body><nav><p>Menu item</p></nav><article><h1>Big news</h1><p>First paragraph.</p>
                <p>Second one.</p><form><p>Leave a reply</p></form></article><footer><p>Cookies</p></footer></body></html>""");
        read("", dir.resolve("p.html").toString());
        Article a = articles.get(0);
        assertThat(a.headline()).isEqualTo("Big news");
        assertThat(a.url()).isEqualTo("https://example.org/n");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(a.text()).contains("First paragraph.").contains("Second one.")
                .doesNotContain("Menu").doesNotContain("Leave a reply").doesNotContain("Cookies");
    }

    @Test
    void jsonlLinesAndTheirErrors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), """
                {"text": "One.", "title": "T1", "date": "2020-01-02", "url": "https://e.org/1"}
                {"title": "no text"}
                not json
                {"text": "Two."}
                """);
        read("", dir.resolve("a.jsonl").toString());
        assertThat(articles).extracting(Article::text).containsExactly("One.", "Two.");
        assertThat(articles.get(0).date()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(problems).extracting(ReadProblem::origin).containsExactly(
                dir.resolve("a.jsonl") + ":2", dir.resolve("a.jsonl") + ":3");
    }

    @Test
    void stdinInvalidUtf8AndLimits(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28});
        Files.writeString(dir.resolve("big.txt"), "x".repeat(10_001));
        read("From stdin.", "-", dir.resolve("bad.txt").toString(), dir.resolve("big.txt").toString(),
                dir.resolve("x.pdf").toString());
        assertThat(articles).extracting(Article::origin).containsExactly("<stdin>");
        assertThat(problems).extracting(ReadProblem::message).anyMatch(m -> m.contains("not valid UTF-8"))
                .anyMatch(m -> m.contains("more than the limit")).anyMatch(m -> m.contains("no such file"));
    }
}
