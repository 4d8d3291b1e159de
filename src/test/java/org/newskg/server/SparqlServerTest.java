package org.newskg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;
import org.newskg.app.StoreIngestor;
import org.newskg.cli.Cli;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.store.Tdb2Store;

/** The SPARQL endpoint on loopback: read-only by default, updates only for named users, queries time-limited. */
class SparqlServerTest {
    private static final String COUNT_PEOPLE = "SELECT (COUNT(?p) AS ?n) { ?p a <http://schema.org/Person> }";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Tdb2Store store(Path dir) {
        Tdb2Store s = Tdb2Store.open(dir.resolve("kg"));
        new StoreIngestor(s, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), false).put(TestData.extraction());
        return s;
    }

    private HttpResponse<String> query(SparqlServer server, String sparql) throws Exception {
        URI uri = URI.create(server.queryUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> update(SparqlServer server, String sparql, String user, String password)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:p> a <http://schema.org/Person> } }";

    @Test
    void readOnlyOnLoopbackByDefault(@TempDir Path dir) throws Exception {
        try (Tdb2Store kg = store(dir);
             SparqlServer server = SparqlServer.start(kg.datasetGraph(),
                     new ServerConfig("127.0.0.1", 0, "newskg", 60, null))) {
            assertThat(server.queryUrl()).startsWith("http://127.0.0.1:");
            HttpResponse<String> r = query(server, COUNT_PEOPLE);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("n").contains("1");
            assertThat(update(server, INSERT, null, null).statusCode()).isIn(404, 405);
            assertThat(query(server, COUNT_PEOPLE).body().strip()).endsWith("1");
        }
    }

    @Test
    void updatesNeedAUserFromThePasswordFile(@TempDir Path dir) throws Exception {
        Path users = dir.resolve("users.txt");
        Files.writeString(users, "editor: s3cret\n");
        try (Tdb2Store kg = store(dir);
             SparqlServer server = SparqlServer.start(kg.datasetGraph(),
                     new ServerConfig("127.0.0.1", 0, "newskg", 60, users))) {
            assertThat(update(server, INSERT, null, null).statusCode()).isEqualTo(401);
            assertThat(update(server, INSERT, "editor", "wrong").statusCode()).isEqualTo(401);
            assertThat(query(server, COUNT_PEOPLE).body().strip()).endsWith("1");
            assertThat(update(server, INSERT, "editor", "s3cret").statusCode()).isBetween(200, 204);
            assertThat(query(server, COUNT_PEOPLE).body().strip()).endsWith("2");
        }
    }

    @Test
    void longQueriesAreCancelled(@TempDir Path dir) throws Exception {
        try (Tdb2Store kg = store(dir);
             SparqlServer server = SparqlServer.start(kg.datasetGraph(),
                     new ServerConfig("127.0.0.1", 0, "newskg", 1, null))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(server,
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }");
            assertThat(r.statusCode()).isNotEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void updateWithoutPasswordFileIsAUsageError(@TempDir Path dir) {
        Cli c = Cli.run("serve", "--store", dir.toString(), "--update");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("--update needs --password-file");
    }

    private HttpResponse<String> post(String url, String body, String type, String user, String password)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void articlesArePostedOnlyByUsersAndReachTheIntakeWithTheirTypeAndDate(@TempDir Path dir) throws Exception {
        Path users = dir.resolve("users.txt");
        Files.writeString(users, "reporter: pa55\n");
        java.util.List<String> seen = new java.util.ArrayList<>();
        ArticleIntake intake = (body, type, date, name) -> {
            try {
                seen.add(new String(body.readAllBytes(), StandardCharsets.UTF_8) + "|" + type + "|" + date + "|" + name);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new ArticleIntake.Reply(200, "{\"stored\":[]}");
        };
        try (Tdb2Store kg = store(dir);
             SparqlServer server = SparqlServer.start(kg.datasetGraph(),
                     new ServerConfig("127.0.0.1", 0, "newskg", 60, users, false), intake)) {
            String url = server.ingestUrl();
            assertThat(post(url, "Text.", "text/plain", null, null).statusCode()).isEqualTo(401);
            assertThat(post(url, "Text.", "text/plain", "reporter", "nope").statusCode()).isEqualTo(401);
            assertThat(seen).isEmpty();
            HttpResponse<String> ok = post(url + "?date=2024-03-08&name=story", "Héadline\n\nText.",
                    "text/plain; charset=utf-8", "reporter", "pa55");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(seen).containsExactly("Héadline\n\nText.|text/plain; charset=utf-8|2024-03-08|story");
            // the password file opens ingest only: SPARQL Update stays closed
            assertThat(update(server, INSERT, "reporter", "pa55").statusCode()).isIn(404, 405);
        }
    }

    @Test
    void takingArticlesWithoutAPasswordFileIsRefused(@TempDir Path dir) {
        try (Tdb2Store kg = store(dir)) {
            assertThatThrownBy(() -> SparqlServer.start(kg.datasetGraph(),
                    new ServerConfig("127.0.0.1", 0, "newskg", 60, null), (b, t, d, n) -> null))
                    .hasMessageContaining("--password-file");
        }
    }
}
