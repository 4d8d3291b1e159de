package org.newskg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
    @Test
    void theSampleIsSpreadEvenlyAndTheSameEveryTime(@TempDir Path dir) throws IOException {
        for (String cat : List.of("a", "b")) {
            Files.createDirectories(dir.resolve(cat));
            for (int i = 0; i < 10; i++) {
                Files.writeString(dir.resolve(cat).resolve("n" + i + ".txt"), "x");
            }
        }
        Files.writeString(dir.resolve("a/skip.json"), "{}");
        List<Path> sample = BenchSample.pick(dir, 4);
        assertThat(sample).hasSize(4).isEqualTo(BenchSample.pick(dir, 4));
        assertThat(sample.stream().filter(p -> p.getParent().endsWith("b"))).hasSize(2);
        assertThat(BenchSample.pick(dir, 50)).hasSize(20);
    }

    @Test
    void coreNlpsTimingReportGivesTimePerAnnotator() {
        String report = "Annotation pipeline timing information:\nTokenizerAnnotator: 0.5 sec.\n"
                + "NERCombinerAnnotator: 12.3 sec.\nTOTAL: 12.8 sec. for 4000 tokens at 312.5 tokens/sec.";
        assertThat(org.newskg.nlp.StageTimes.ofCoreNlpReport(report)).containsExactly(
                Map.entry("TokenizerAnnotator", 500_000_000L), Map.entry("NERCombinerAnnotator", 12_300_000_000L));
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        assertThat(QueryLatency.percentile(sorted, 0.5)).isEqualTo(10);
        assertThat(QueryLatency.percentile(sorted, 0.95)).isEqualTo(19);
        assertThat(QueryLatency.summarize(new double[] {5, 1, 3}, 7)).isEqualTo(new QueryLatency.Stats(3, 5, 7));
    }

    @Test
    void theTableStatesEachRatioAgainstItsTarget() {
        Map<String, QueryLatency.Stats> queries = new LinkedHashMap<>();
        queries.put("01-people.rq", new QueryLatency.Stats(2.5, 4.0, 12));
        Measurements m = new Measurements(100, 40_000, 2, 500, 490, 800, 50, 25, 8_000_000_000L, 5_000_000_000L,
                6_000_000_000L, new double[] {1.1, 1.4, 1.9}, 10_000, 2.0, 1.8, queries,
                Map.of("NERCombinerAnnotator", new long[] {4_000_000_000L, 3_000_000_000L}));
        List<Measurements.Row> rows = m.rows();
        assertThat(rows.get(0).ratio()).isEqualTo(0.98);
        assertThat(rows.get(0).met()).isFalse();
        assertThat(rows.get(1).ratio()).isCloseTo(1.633, org.assertj.core.data.Offset.offset(0.001));
        assertThat(rows.get(1).met()).isFalse();
        assertThat(rows.get(2).ratio()).isEqualTo(0.5);
        assertThat(rows.get(3).ratio()).isEqualTo(0.625);
        assertThat(rows.get(4).ratio()).isEqualTo(0.9);
        String md = BenchReport.markdown(m, "test machine");
        assertThat(md).contains("| Throughput, 1 thread (tokens/s after warm-up) | 490 | bare CoreNLP 500 | 0.98 | ≥ 2.0 | **no** |")
                .contains("| NERCombinerAnnotator | 4.0 | 3.0 | 100.0 % |").contains("| 01-people.rq | 12 | 2.5 | 4.0 |");
        assertThat(rows.get(2).met()).isFalse();
        assertThat(rows.get(4).met()).isTrue();
    }
}
