package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.cli.Cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * newskg's own test corpus (src/test/resources/corpus: short articles written for this, each with a gold file in
 * the format of shared/eval): every article is extracted and scored with shared/eval/score.py against the
 * floors the bundled article must meet too: entities F1 0.95 without duplicates, relations 0.75, events 0.70
 * with every dated event's date right, nine quotes in ten attributed, every link right.
 */
@Tag("models")
class OwnCorpusTest {
    private static final Path SHARED = Path.of(System.getProperty("newskg.shared", "../shared"));
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** Per article: entities F1, relations F1, events F1, share of quotes attributed right (issue 4's floors). */
    static Stream<Object[]> articles() {
        return Stream.of(new Object[] {"harbor-strike-2024-03-08", 0.95, 0.75, 0.70, 0.9},
                new Object[] {"kyiv-summit-2023-06-12", 0.95, 0.75, 0.70, 0.9},
                new Object[] {"lagos-founder-2025-02-20", 0.95, 0.75, 0.70, 0.9},
                new Object[] {"copper-sitin-2025-06-13", 0.95, 0.75, 0.70, 0.9});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void scoresAtLeastItsFloors(String name, double entities, double relations, double events, double quotes)
            throws Exception {
        Path gold = CORPUS.resolve(name + ".json");
        JsonNode g = new ObjectMapper().readTree(gold.toFile());
        Path nt = Files.createTempFile("newskg-" + name, ".nt");
        Cli r = Cli.run("extract", "-q", "--date", g.get("date").asText(), "--format", "nt", "-o", nt.toString(),
                CORPUS.resolve(name + ".txt").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Process p = new ProcessBuilder("python3", SHARED.resolve("eval/score.py").toString(), "doc", "--gold",
                gold.toString(), "--graph", nt.toString(), "--json").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        JsonNode s = new ObjectMapper().readTree(out);
        assertThat(Scores.num(s, "/entities/f1")).as(out).isGreaterThanOrEqualTo(entities);
        assertThat(Scores.count(s, "/entities/duplicates")).as(out).isZero();
        assertThat(Scores.num(s, "/relations/f1")).as(out).isGreaterThanOrEqualTo(relations);
        assertThat(Scores.num(s, "/events/f1")).as(out).isGreaterThanOrEqualTo(events);
        String[] dates = Scores.text(s, "/events/dates_right").split("/");
        assertThat(dates[0]).as("dates right: " + out).isEqualTo(dates[1]);
        assertThat(Scores.num(s, "/quotes/attribution")).as(out).isGreaterThanOrEqualTo(quotes);
        assertThat(Scores.numOr(s, "/links/precision", 1.0)).as(out).isEqualTo(1.0);
        Files.deleteIfExists(nt);
    }

    @org.junit.jupiter.api.Test
    void everyCorpusArticleHasAGoldFile() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> texts = files.filter(f -> f.toString().endsWith(".txt")).toList();
            assertThat(texts).hasSizeGreaterThanOrEqualTo(2);
            texts.forEach(t -> assertThat(Path.of(t.toString().replace(".txt", ".json"))).exists());
            assertThat(articles().count()).isEqualTo(texts.size());
        }
    }
}
