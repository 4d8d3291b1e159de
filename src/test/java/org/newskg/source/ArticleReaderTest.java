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
        read(new ReadOptions(LocalDate.of(2020, 8, 16), 10_000), stdin, inputs);
    }

    private void read(ReadOptions options, String stdin, String... inputs) {
        new ArticleReader(options,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .read(List.of(inputs), ArticleSink.of(articles::add, problems::add));
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

    private static final String ENGLISH = "The council said on Monday that the new bridge would open next year."
            + " Its leader told reporters the plan had been approved by the city and by the regional government,"
            + " and that work would start in the spring.";

    @Test
    void boilerplateLinesAreBlankedAndOffsetsKept(@TempDir Path dir) throws Exception {
        String text = "Bridge opens\n\n" + ENGLISH + "\n\nShare this:\nClick to share on Twitter (Opens in new"
                + " window)\nLike this:\n\n" + ENGLISH + "\n\nLeave a Reply\n\nJohn says: great story\n\nYour email"
                + " address will not be published. Required fields are marked *\n";
        Files.writeString(dir.resolve("a.txt"), text);
        read("", dir.toString());
        Article a = articles.get(0);
        assertThat(a.text()).hasSameSizeAs(text).doesNotContain("Share").doesNotContain("Reply")
                .doesNotContain("John says").doesNotContain("email");
        int second = text.lastIndexOf(ENGLISH);
        assertThat(a.text().substring(second, second + ENGLISH.length())).isEqualTo(ENGLISH);
        assertThat(a.text().lines().filter(l -> !l.isBlank())).hasSize(3);
    }

    @Test
    void otherLanguagesAreSkippedWithTheirName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("de.txt"), "Die Regierung hat am Montag angekündigt, dass die Steuern im"
                + " nächsten Jahr nicht erhöht werden. Der Minister sagte, es gebe keine Pläne für eine Reform. Die"
                + " Opposition kritisierte die Entscheidung und forderte eine Debatte im Parlament.");
        Files.writeString(dir.resolve("ru.txt"), "Правительство объявило в понедельник, что налоги не будут"
                + " повышены в следующем году. Министр сказал, что планов реформы нет.");
        Files.writeString(dir.resolve("en.txt"), ENGLISH);
        Files.writeString(dir.resolve("short.txt"), "Tor!");
        read("", dir.toString());
        assertThat(articles).extracting(Article::origin).containsExactly(dir.resolve("en.txt").toString(),
                dir.resolve("short.txt").toString());
        assertThat(problems).allSatisfy(p -> assertThat(p.skipped()).isTrue());
        assertThat(problems).extracting(ReadProblem::message).anyMatch(m -> m.contains("looks like German"))
                .anyMatch(m -> m.contains("Cyrillic"));
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineOrReplacedWhenLenient(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("latin1.txt"), ("Line one\nCaf" + (char) 0xE9 + " owners said so.")
                .getBytes(StandardCharsets.ISO_8859_1));
        read("", dir.toString());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("not valid UTF-8").contains("line 2").contains("--lenient");
            assertThat(p.reason()).isEqualTo("not UTF-8");
            assertThat(p.skipped()).isFalse();
        });
        problems.clear();
        read(new ReadOptions(null, 10_000, true, List.of(), List.of()), "", dir.toString());
        assertThat(problems).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.text()).contains("Caf\uFFFD owners"));
    }

    @Test
    void binaryAndOversizedFilesAreNamed(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bin.txt"), new byte[] {1, 2, 0, 3});
        Files.writeString(dir.resolve("huge.txt"), "word ".repeat(20_000));
        read("", dir.toString());
        assertThat(articles).isEmpty();
        assertThat(problems).extracting(ReadProblem::toString).containsExactly(
                dir.resolve("bin.txt") + ": binary data (a NUL byte at offset 2), not a text article",
                dir.resolve("huge.txt") + ": larger than --max-chars 10000 allows; not read (raise --max-chars if"
                        + " it really is one article)");
    }

    @Test
    void gzippedJsonLinesAndBadLinesByNumber(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("dump.jsonl.gz");
        try (var out = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz)),
                StandardCharsets.UTF_8)) {
            out.write("{\"text\": \"" + ENGLISH + "\", \"author\": \"Ann Lee\"}\n[1, 2]\n\n{\"text\": \"" + ENGLISH
                    + " Again.\"}\n");
        }
        read("", dir.toString());
        assertThat(articles).extracting(Article::origin).containsExactly(gz + ":1", gz + ":4");
        assertThat(articles.get(0).author()).isEqualTo("Ann Lee");
        assertThat(problems).extracting(ReadProblem::origin).containsExactly(gz + ":2");
    }

    @Test
    void foldersAreFilteredByGlobs(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("a.txt"), ENGLISH);
        Files.writeString(dir.resolve("b.html"), "<p>" + ENGLISH + "</p>");
        Files.writeString(dir.resolve("drafts/c.txt"), ENGLISH);
        Files.writeString(dir.resolve("notes.md"), ENGLISH);
        read(new ReadOptions(null, 10_000, false, List.of("*.txt"), List.of("drafts/**")), "", dir.toString());
        assertThat(articles).extracting(Article::origin).containsExactly(dir.resolve("a.txt").toString());
        assertThat(problems).isEmpty();
    }

    @Test
    void htmlJsonLdGivesHeadlineDateAndAuthor(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.html"), """
                <html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                {"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "From JSON-LD",
                "datePublished": "2022-05-06T08:00:00+02:00", "author": [{"@type": "Person", "name": "Ann Lee"},
                {"@type": "Person", "name": "Bo Chen"}]}]}</script><script type="application/ld+json">{ broken
                </script></head><body><p>""" + ENGLISH + "</p></body></html>");
        read("", dir.toString());
        Article a = articles.get(0);
        assertThat(a.headline()).isEqualTo("From JSON-LD");
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 5, 6));
        assertThat(a.author()).isEqualTo("Ann Lee, Bo Chen");
    }
}
