package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.ShapesValidator;
import org.newskg.cli.Cli;
import org.newskg.query.QueryService;
import org.newskg.query.ResultFormat;
import org.newskg.store.Tdb2Store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * End to end with the real CoreNLP pipeline (loaded once for the whole test JVM): the bundled article is
 * extracted through the CLI and scored with shared/eval/score.py; the demo builds its store and every
 * example query returns rows.
 */
@Tag("models")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledArticleTest {
    private static final Path SHARED = Path.of(System.getProperty("newskg.shared", "../shared"));
    private static final Path ARTICLE = SHARED.resolve("corpus/belarus-2020-08-16.txt");
    private static final Path GOLD = SHARED.resolve("eval/gold/belarus-2020-08-16.json");

    private Path dir;
    private Path nt;

    @BeforeAll
    void extract() throws IOException {
        dir = Files.createTempDirectory("newskg-it");
        nt = dir.resolve("out.nt");
        Cli r = Cli.run("extract", ARTICLE.toString(), "--date", "2020-08-16", "--format", "nt", "-o", nt.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private JsonNode score() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", SHARED.resolve("eval/score.py").toString(), "doc", "--gold",
                GOLD.toString(), "--graph", nt.toString(), "--json").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return new ObjectMapper().readTree(out);
    }

    @Test
    void scoresAboveNaiveCoreNlpOnEveryLine() throws Exception {
        JsonNode s = score();
        // naive CoreNLP (DESIGN §5): entities F1 0.78, relations F1 0.44, events 0, quotes 5/10, links 9/11
        assertThat(s.at("/entities/f1").asDouble()).as(s.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.at("/entities/duplicates").asInt()).isZero();
        assertThat(s.at("/relations/f1").asDouble()).as(s.toString()).isGreaterThanOrEqualTo(0.6);
        assertThat(s.at("/events/f1").asDouble()).as(s.toString()).isGreaterThan(0.3);
        assertThat(s.at("/quotes/attributed").asInt()).as(s.toString()).isGreaterThanOrEqualTo(9);
        assertThat(s.at("/links/precision").asDouble()).as(s.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.at("/links/right").asInt()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void extractionConformsToTheShapes() {
        Graph g = RDFDataMgr.loadGraph(nt.toString());
        assertThat(ShapesValidator.violations(g)).isEmpty();
    }

    @Test
    void trailingCommentBoxYieldsNoQuoteOrEntity() throws Exception {
        // the page's "Leave a Reply … Your email address will not be published" box: sentences, but no names,
        // quotes or event triggers
        for (String line : Files.readAllLines(nt)) {
            boolean nameOrQuote = line.contains("rdf-schema#label>") || line.contains("core#altLabel>")
                    || line.contains("schema.org/text>") || line.contains("newskg/ns#trigger>");
            if (nameOrQuote) {
                assertThat(line).doesNotContain("Reply").doesNotContain("email").doesNotContain("Required");
            }
        }
    }

    @Test
    void demoBuildsTheStoreAndEveryExampleQueryReturnsRows() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("queries"));
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
        for (Path q : queries) {
            Files.copy(q, home.resolve("queries").resolve(q.getFileName()));
        }
        Cli r = Cli.run("demo", "--dir", home.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(home.resolve("graphs/demo.ttl")).isNotEmptyFile();
        try (Tdb2Store store = Tdb2Store.openExisting(home.resolve("graphs/demo-store"))) {
            QueryService service = new QueryService(store, 60);
            for (Path q : queries) {
                long rows = service.run(QueryService.parse(Files.readString(q), q.toString()), ResultFormat.csv,
                        java.io.OutputStream.nullOutputStream(), 0);
                assertThat(rows).as(q.toString()).isPositive();
            }
        }
    }

    @Test
    void ingestingTwiceSkipsTheUnchangedArticle() throws Exception {
        Path store = dir.resolve("kg");
        Cli first = Cli.run("ingest", "--store", store.toString(), "--date", "2020-08-16", ARTICLE.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        Path a = dir.resolve("a.nq");
        Path b = dir.resolve("b.nq");
        Cli.run("export", "--store", store.toString(), "--format", "nq", "-o", a.toString(), "-q");
        Cli second = Cli.run("ingest", "--store", store.toString(), "--date", "2020-08-16", ARTICLE.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.err()).contains("1 unchanged");
        Cli.run("export", "--store", store.toString(), "--format", "nq", "-o", b.toString(), "-q");
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
    }
}
