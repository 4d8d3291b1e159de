package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.Progress;
import org.newskg.app.WebIngestService;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.server.ServerConfig;
import org.newskg.server.SparqlServer;
import org.newskg.store.Tdb2Store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code serve --ingest}: articles posted to the running server are analysed on its warm pipeline and queryable at once. */
@Tag("models")
class ServeIngestTest {
    private static final Path ARTICLE = Path.of("src/test/resources/corpus/harbor-strike-2024-03-08.txt");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> post(String url, String body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "desk:n3ws".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPostedArticleIsStoredAndQueryableAndAPostAgainChangesNothing(@TempDir Path dir) throws Exception {
        Path users = dir.resolve("users.txt");
        Files.writeString(users, "desk: n3ws\n");
        Progress progress = new Progress(new PrintWriter(new StringWriter()), true);
        try (Tdb2Store kg = Tdb2Store.open(dir.resolve("kg"))) {
            WebIngestService intake = new WebIngestService(kg, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), 1,
                    Duration.ofMinutes(5), progress).warm();
            try (SparqlServer server = SparqlServer.start(kg.datasetGraph(),
                    new ServerConfig("127.0.0.1", 0, "newskg", 60, users, false), intake)) {
                String text = Files.readString(ARTICLE);
                String url = server.ingestUrl() + "?date=2024-03-08&name=harbor";
                HttpResponse<String> first = post(url, text, "text/plain");
                assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
                JsonNode reply = new ObjectMapper().readTree(first.body());
                assertThat(reply.at("/stored/0/origin").asText()).isEqualTo("harbor");
                assertThat(reply.at("/stored/0/entities").asInt()).isPositive();

                String count = "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://schema.org/Person> }";
                HttpResponse<String> q = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                        + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                        HttpResponse.BodyHandlers.ofString());
                int people = Integer.parseInt(q.body().strip().lines().reduce((a, b) -> b).orElse("0").strip());
                assertThat(people).isPositive();

                HttpResponse<String> again = post(url, text, "text/plain");
                assertThat(again.statusCode()).isEqualTo(200);
                assertThat(new ObjectMapper().readTree(again.body()).at("/stored").size()).isZero();
                assertThat(again.body()).contains("1 unchanged");

                assertThat(post(url, "{}", "application/pdf").statusCode()).isEqualTo(415);
                assertThat(post(server.ingestUrl() + "?date=8.3.2024", text, "text/plain").statusCode()).isEqualTo(400);
            }
        }
    }
}
