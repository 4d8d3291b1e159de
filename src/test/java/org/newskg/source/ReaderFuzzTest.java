package org.newskg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds every reader random bytes, control characters, huge lines, mixed encodings, broken compression and
 * pathological markup. Whatever comes in, each input ends as an article or a named problem, nothing throws,
 * nothing hangs, and a good file after all the bad ones is still read.
 */
class ReaderFuzzTest {
    private static final String GOOD = "Mayor opens bridge\n\nThe mayor of the city said on Monday that the new"
            + " bridge would open to traffic next week, and that the work had cost less than the council had"
            + " planned when it approved it.";

    @Test
    void garbageInNamedProblemsOutAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Random r = new Random(20261124L);
        List<String> kinds = List.of("txt", "html", "htm", "jsonl", "jsonl.gz");
        for (int i = 0; i < 60; i++) {
            String kind = kinds.get(i % kinds.size());
            Files.write(dir.resolve(String.format("f%03d.%s", i, kind)), content(r, i, kind));
        }
        Files.writeString(dir.resolve("zzz-good.txt"), GOOD);
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        byte[] stdin = randomBytes(r, 5000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new ArticleReader(
                new ReadOptions(null, 2_000_000, false, List.of(), List.of()), new ByteArrayInputStream(stdin))
                .read(List.of(dir.toString(), "-"), ArticleSink.of(articles::add, p -> {
                    assertThat(p.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\n");
                    problems.add(p);
                })));
        assertThat(articles).extracting(Article::origin).contains(dir.resolve("zzz-good.txt").toString());
        try (var files = Files.list(dir)) {
            files.forEach(f -> assertThat(articles.stream().anyMatch(a -> a.origin().startsWith(f.toString()))
                    || problems.stream().anyMatch(p -> p.origin().startsWith(f.toString())))
                    .as(f + " ends as an article or a problem").isTrue());
        }
        assertThat(problems).extracting(ReadProblem::reason).contains("binary", "not UTF-8", "not English");
        for (Article a : articles) {
            assertThat(a.text()).isNotBlank();
        }
    }

    private static byte[] content(Random r, int i, String kind) throws Exception {
        byte[] body = switch (i % 6) {
            case 0 -> randomBytes(r, 1 + r.nextInt(20_000));
            case 1 -> controlCharacters(r);
            case 2 -> ("x".repeat(200_000) + " " + "y ".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
            case 3 -> mixedEncodings(r);
            case 4 -> ("<div>".repeat(5000) + "<p>" + GOOD + "<script>{\"@type\":\"NewsArticle\"").getBytes(
                    StandardCharsets.UTF_8);
            default -> ("{\"text\": " + "[".repeat(3000) + "\n{\"text\": 12}\n{\"text\": \"\\ud800\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
        };
        if (!kind.endsWith(".gz")) {
            return body;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(body);
        }
        byte[] all = buf.toByteArray();
        return i % 2 == 0 ? java.util.Arrays.copyOf(all, all.length / 2) : all; // half of them truncated
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] controlCharacters(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append(r.nextInt(4) == 0 ? (char) (1 + r.nextInt(31)) : (char) ('a' + r.nextInt(26)));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mixedEncodings(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(" Café déjà vu ".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(" Привет ".getBytes(StandardCharsets.UTF_16));
        out.writeBytes(randomBytes(r, 10));
        return out.toByteArray();
    }
}
