package org.newskg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;
import org.newskg.TestData;
import org.newskg.app.StoreIngestor;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.server.Probes;
import org.newskg.store.Tdb2Store;

/** Queries and updates under {@link QueryGuard}: no outbound requests, every execution within its time limit. */
@Tag("system")
class QueryGuardTest {
    private static final long SLACK_MILLIS = 2_000;

    private static Tdb2Store store(Path dir) {
        Tdb2Store s = Tdb2Store.open(dir.resolve("kg"));
        new StoreIngestor(s, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), false).put(TestData.extraction());
        return s;
    }

    private static String run(Tdb2Store kg, QueryLimits limits, String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryService(kg, limits).run(QueryService.parse(sparql, "test"), ResultFormat.csv, out, 0);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static QueryLimits seconds(int s) {
        return QueryLimits.closed(Duration.ofSeconds(s));
    }

    /** Runs the query and returns how long it took; it must fail (time out or be refused). */
    private static long failsWithin(Tdb2Store kg, QueryLimits limits, String sparql) {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> run(kg, limits, sparql)).isInstanceOf(NewskgException.class);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("ended within the time limit and %d ms", SLACK_MILLIS)
                .isLessThan(limits.timeout().toMillis() + SLACK_MILLIS);
        return ms;
    }

    @Test
    void serviceIsOffByDefaultAlsoForIrisBuiltInTheQuery(@TempDir Path dir) throws Exception {
        try (Tdb2Store kg = store(dir); Probes.Recorder local = new Probes.Recorder()) {
            assertThatThrownBy(() -> run(kg, seconds(10), "SELECT ?leak { SERVICE <" + local.url() + "> { ?leak ?p ?o } }"))
                    .hasMessageContaining("not allowed");
            assertThatThrownBy(() -> run(kg, seconds(10), "SELECT ?leak { BIND(IRI(CONCAT(\"http://127.0.0.1:\", \""
                    + local.url().substring("http://127.0.0.1:".length()) + "\")) AS ?u) SERVICE ?u { ?leak ?p ?o } }"))
                    .hasMessageContaining("not allowed");
            assertThat(local.requests()).isZero();
        }
    }

    @Test
    void anAllowedServiceIsCalledAndOthersAreNot(@TempDir Path dir) throws Exception {
        try (Tdb2Store kg = store(dir); Probes.Recorder local = new Probes.Recorder()) {
            QueryLimits limits = seconds(10).withServiceAllowed(List.of(local.url()));
            assertThat(run(kg, limits, "SELECT ?leak { SERVICE <" + local.url() + "> { ?leak ?p ?o } }")).contains("SECRET");
            int calls = local.requests();
            assertThat(calls).isPositive();
            // the same host and port under another path, and a look-alike prefix, are not allowed
            String other = local.url().replace("/r.json", "/other");
            assertThatThrownBy(() -> run(kg, limits, "SELECT * { SERVICE <" + other + "> { ?s ?p ?o } }"))
                    .hasMessageContaining("not allowed");
            assertThatThrownBy(() -> run(kg, limits, "SELECT * { SERVICE <" + local.url() + ".evil> { ?s ?p ?o } }"))
                    .hasMessageContaining("not allowed");
            assertThat(local.requests()).isEqualTo(calls);
        }
    }

    @Test
    void aServiceThatNeverAnswersEndsWithTheTimeLimit(@TempDir Path dir) throws Exception {
        try (Tdb2Store kg = store(dir); Probes.SilentHost silent = new Probes.SilentHost()) {
            failsWithin(kg, seconds(2).withServiceAllowed(List.of(silent.url())),
                    "SELECT * { SERVICE <" + silent.url() + "> { ?s ?p ?o } }");
        }
    }

    @Test
    void catastrophicRegularExpressionsEndWithTheTimeLimit(@TempDir Path dir) {
        try (Tdb2Store kg = store(dir)) {
            String x = "x".repeat(30) + "y";
            failsWithin(kg, seconds(2), "SELECT * { BIND(\"" + x + "\" AS ?x) FILTER(REGEX(?x, \"^(x*)*(\\\\1)$\")) }");
            failsWithin(kg, seconds(2), "SELECT * { BIND(REPLACE(\"" + x + "\", \"^(x*)*(\\\\1)$\", \"z\") AS ?y) }");
            // inside EXISTS too
            failsWithin(kg, seconds(2), "SELECT * { BIND(\"" + x + "\" AS ?x) FILTER EXISTS { FILTER(REGEX(?x, "
                    + "\"^(x*)*(\\\\1)$\")) } }");
        }
    }

    @Test
    void regularExpressionsKeepTheirMeaning(@TempDir Path dir) {
        try (Tdb2Store kg = store(dir)) {
            String csv = run(kg, seconds(10), "SELECT ?a ?b ?c ?d ?e ?f { BIND(REGEX(\"Anna Smith\", \"^anna\", \"i\") AS ?a) "
                    + "BIND(REGEX(\"a.b\", \".\", \"q\") AS ?b) BIND(REGEX(\"axb\", \"a.b\") AS ?c) "
                    + "BIND(\"^A\" AS ?pat) BIND(REGEX(\"Anna\", ?pat) AS ?d) "
                    + "BIND(REPLACE(\"Anna Smith\"@en, \"(\\\\w+) (\\\\w+)\", \"$2, $1\") AS ?e) "
                    + "BIND(REPLACE(\"abc\", \"z\", \"y\") AS ?f) }");
            assertThat(csv.lines().toList()).containsExactly("a,b,c,d,e,f", "true,true,true,true,\"Smith, Anna\",abc");
            String lang = run(kg, seconds(10), "SELECT (LANG(REPLACE(\"Anna\"@en, \"A\", \"E\")) AS ?l) {}");
            assertThat(lang.lines().toList()).containsExactly("l", "en");
        }
    }

    @Test
    void aSortOfACrossJoinEndsWithTheTimeLimit(@TempDir Path dir) {
        try (Tdb2Store kg = store(dir)) {
            failsWithin(kg, seconds(2), "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l");
            failsWithin(kg, seconds(2), "SELECT ?c (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } "
                    + "GROUP BY ?c ?f ?i ?l");
        }
    }

    @Test
    void loadReadsNothingUnlessAllowedAndNeverQuotesWhatItRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "root:x:0:0:SECRET-LINE\n");
        try (Tdb2Store kg = store(dir); Probes.Recorder local = new Probes.Recorder()) {
            QueryService q = new QueryService(kg, seconds(10));
            for (String iri : List.of(secret.toUri().toString(), "file:///etc/passwd", local.url())) {
                assertThatThrownBy(() -> q.update(QueryService.parseUpdate("LOAD <" + iri + ">", "test")))
                        .hasMessageContaining("not allowed").hasMessageNotContaining("SECRET").hasMessageNotContaining("root:");
            }
            assertThat(local.requests()).isZero();
            // allowed: the folder's file is read, but a parse error names only the line, not its text
            QueryService allowed = new QueryService(kg, seconds(10).withLoadAllowed(List.of(dir.toUri().toString())));
            assertThatThrownBy(() -> allowed.update(QueryService.parseUpdate("LOAD <" + secret.toUri() + ">", "test")))
                    .hasMessageContaining("not valid RDF").hasMessageNotContaining("SECRET").hasMessageNotContaining("root");
        }
    }

    @Test
    void loadFromAnAllowedFolderWorksAndCannotEscapeIt(@TempDir Path dir) throws Exception {
        Path allowed = Files.createDirectories(dir.resolve("rdf"));
        Files.writeString(allowed.resolve("one.nq"), "<urn:s> <urn:p> \"loaded\" <urn:g> .\n");
        Path outside = Files.writeString(dir.resolve("outside.nq"), "<urn:s> <urn:p> \"outside\" <urn:g2> .\n");
        Files.createSymbolicLink(allowed.resolve("link.nq"), outside);
        try (Tdb2Store kg = store(dir)) {
            QueryService q = new QueryService(kg, seconds(10).withLoadAllowed(List.of(allowed.toUri().toString())));
            q.update(QueryService.parseUpdate("LOAD <" + allowed.resolve("one.nq").toUri() + ">", "test"));
            assertThat(run(kg, seconds(10), "SELECT ?o { GRAPH <urn:g> { ?s ?p ?o } }")).contains("loaded");
            for (String iri : List.of(allowed.toUri() + "../outside.nq", allowed.resolve("link.nq").toUri().toString())) {
                assertThatThrownBy(() -> q.update(QueryService.parseUpdate("LOAD <" + iri + ">", "test")))
                        .hasMessageContaining("not allowed");
            }
            assertThat(run(kg, seconds(10), "ASK { GRAPH <urn:g2> { ?s ?p ?o } }")).contains("false");
        }
    }
}
