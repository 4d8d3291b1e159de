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
import org.newskg.export.GraphFileChecks;
import org.newskg.export.Neo4jChecks;
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
        assertThat(Scores.num(s, "/entities/f1")).as(s.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(Scores.count(s, "/entities/duplicates")).isZero();
        assertThat(Scores.num(s, "/relations/f1")).as(s.toString()).isGreaterThanOrEqualTo(0.75);
        assertThat(Scores.num(s, "/events/f1")).as(s.toString()).isGreaterThanOrEqualTo(0.70);
        String[] dates = Scores.text(s, "/events/dates_right").split("/");
        assertThat(dates[0]).as("dates right: " + s).isEqualTo(dates[1]);
        assertThat(Scores.count(s, "/quotes/attributed")).as(s.toString()).isGreaterThanOrEqualTo(9);
        assertThat(Scores.num(s, "/links/precision")).as(s.toString()).isEqualTo(1.0);
        assertThat(Scores.count(s, "/links/right")).isGreaterThanOrEqualTo(10);
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
        assertThat(GraphFileChecks.drawHtml(home.resolve("graphs/demo.html")).nodes()).isGreaterThan(10);
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

    private static final String ENTITY_TYPES = "VALUES ?t { schema:Person schema:Organization schema:Country"
            + " schema:City schema:AdministrativeArea schema:Place }";

    /** Entities, and distinct extracted facts between two entities, counted in SPARQL. */
    private static GraphFileChecks.Counts countsInStore(Tdb2Store store) {
        String prefixes = "PREFIX schema: <http://schema.org/> PREFIX rdf: <"
                + "http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";
        String nodes = prefixes + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ?t " + ENTITY_TYPES + " }";
        String edges = prefixes + "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?st a rdf:Statement ;"
                + " rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s a ?t . ?o a ?t2 . " + ENTITY_TYPES
                + " VALUES ?t2 { schema:Person schema:Organization schema:Country schema:City"
                + " schema:AdministrativeArea schema:Place } } }";
        return store.read(ds -> new GraphFileChecks.Counts(count(ds, nodes), count(ds, edges)));
    }

    private static int count(org.apache.jena.query.Dataset ds, String sparql) {
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(sparql, ds)) {
            return qe.execSelect().next().getLiteral("n").getInt();
        }
    }

    @Test
    void graphExportsOpenInEveryToolWithTheStoreCounts() throws Exception {
        Path store = dir.resolve("graph-kg");
        Cli in = Cli.run("ingest", "--store", store.toString(), "--date", "2020-08-16", ARTICLE.toString());
        assertThat(in.exit()).as(in.err()).isZero();
        GraphFileChecks.Counts expected;
        try (Tdb2Store kg = Tdb2Store.openExisting(store)) {
            expected = countsInStore(kg);
        }
        assertThat(expected.nodes()).isGreaterThan(10);
        for (String f : List.of("graphml", "gexf", "dot", "cyjs", "html")) {
            Path out = dir.resolve("article." + f);
            Cli c = Cli.run("export", "--store", store.toString(), "--format", f, "--co-mentions", "none", "-o",
                    out.toString());
            assertThat(c.exit()).as(c.err()).isZero();
            assertThat(c.err()).contains(expected.nodes() + " nodes, " + expected.edges() + " edges");
        }
        GraphFileChecks.validateGraphMl(dir.resolve("article.graphml"));
        GraphFileChecks.validateGexf(dir.resolve("article.gexf"));
        assertThat(GraphFileChecks.renderDot(dir.resolve("article.dot"))).isEqualTo(expected);
        assertThat(GraphFileChecks.drawHtml(dir.resolve("article.html"))).isEqualTo(expected);
        assertThat(GraphFileChecks.drawCytoscape(dir.resolve("article.cyjs"))).isEqualTo(expected);
        Path neo = dir.resolve("neo4j");
        assertThat(Cli.run("export", "--store", store.toString(), "--format", "neo4j", "--co-mentions", "none", "-o",
                neo.toString()).exit()).isZero();
        assertThat(Neo4jChecks.check(neo)).isEqualTo(expected);
    }
}
