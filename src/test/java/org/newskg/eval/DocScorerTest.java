package org.newskg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * newskg's scorer against {@code score.py} itself: on the committed extractions of the bundled article and
 * the own corpus ({@code src/test/resources/regression}), every figure of {@code score.py doc} is the same.
 */
class DocScorerTest {
    private static final Path SHARED = Path.of(System.getProperty("newskg.shared", "../shared"));

    static Stream<Object[]> extractions() {
        return Stream.of(new Object[] {"belarus-2020-08-16", SHARED.resolve("eval/gold/belarus-2020-08-16.json")},
                new Object[] {"copper-sitin-2025-06-13", Path.of("src/test/resources/corpus/copper-sitin-2025-06-13.json")},
                new Object[] {"harbor-strike-2024-03-08", Path.of("src/test/resources/corpus/harbor-strike-2024-03-08.json")},
                new Object[] {"kyiv-summit-2023-06-12", Path.of("src/test/resources/corpus/kyiv-summit-2023-06-12.json")},
                new Object[] {"lagos-founder-2025-02-20", Path.of("src/test/resources/corpus/lagos-founder-2025-02-20.json")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extractions")
    void givesScorePysFigures(String name, Path gold) throws Exception {
        Path nq = Path.of("src/test/resources/regression/" + name + ".nq");
        Process p = new ProcessBuilder("python3", SHARED.resolve("eval/score.py").toString(), "doc", "--gold",
                gold.toString(), "--graph", nq.toString(), "--json").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        JsonNode py = new ObjectMapper().readTree(out);
        DocScore s = DocScorer.score(Gold.read(gold), Evaluation.parse(Files.readString(nq)));
        for (String k : new String[] {"entities", "relations", "events"}) {
            DocScore.Prf prf = k.equals("entities") ? s.entities : k.equals("relations") ? s.relations : s.events;
            assertThat(prf.precision()).as(k + " precision").isCloseTo(py.at("/" + k + "/precision").asDouble(), within(0.0006));
            assertThat(prf.recall()).as(k + " recall").isCloseTo(py.at("/" + k + "/recall").asDouble(), within(0.0006));
            assertThat(prf.system).as(k + " stated").isEqualTo(py.at("/" + k + "/system").asInt());
            assertThat(prf.gold).as(k + " gold").isEqualTo(py.at("/" + k + "/gold").asInt());
        }
        assertThat(s.duplicates).isEqualTo(py.at("/entities/duplicates").asInt());
        assertThat(s.datesRight + "/" + s.dated).isEqualTo(py.at("/events/dates_right").asText());
        assertThat(s.quotesFound).isEqualTo(py.at("/quotes/found").asInt());
        assertThat(s.quotesAttributed).isEqualTo(py.at("/quotes/attributed").asInt());
        assertThat(s.quotesWithSpeaker).isEqualTo(py.at("/quotes/with_speaker").asInt());
        assertThat(s.linksRight).isEqualTo(py.at("/links/right").asInt());
        assertThat(s.linked).isEqualTo(py.at("/links/linked").asInt());
        assertThat(s.linkable).isEqualTo(py.at("/links/linkable").asInt());
        assertThat(s.facts).as("every relation has a verdict").filteredOn(f -> !f.kind().startsWith("event") && !f.kind().startsWith("quote"))
                .hasSize(s.relations.system);
    }
}
