package org.newskg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newskg.export.GraphFileChecks;
import org.newskg.export.SmallGraph;
import org.newskg.query.QueryLimits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The explorer at serve's root, driven in headless Chromium by Playwright (playwright-core from npm, Debian's
 * Chromium): type a name, open the entity, follow a neighbour, and check what each page shows. The
 * screenshots are left in target/explorer-screens.
 */
@Tag("system")
class ExplorerTest {
    private static final String PLAYWRIGHT = "playwright-core@1.64.1";
    private static final String MARIA = "Марія Коваленко";

    @Test
    void searchOpenAnEntityAndFollowANeighbour() throws Exception {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, "newskg",
                QueryLimits.closed(Duration.ofSeconds(10)), null, false, ServerConfig.DEFAULT_PER_CLIENT);
        try (SparqlServer server = SparqlServer.start(SmallGraph.dataset(), config)) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            HttpResponse<String> root = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(root.statusCode()).isEqualTo(200);
            assertThat(root.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("connect-src 'self'");
            assertThat(root.body()).doesNotContain("src=\"http").doesNotContain("href=\"http");

            JsonNode run = drive(base, "марія");
            assertThat(run.path("errors")).as("script errors").isEmpty();
            for (JsonNode r : run.path("requests")) {
                assertThat(r.asText()).as("every request stays on the server").startsWith(base);
            }
            JsonNode search = run.path("search");
            assertThat(texts(search.path("results"))).contains(MARIA);

            JsonNode entity = run.path("entity");
            assertThat(entity.path("title").asText()).isEqualTo(MARIA);
            assertThat(texts(entity.path("facts"))).anyMatch(f -> f.contains("leader of") && f.contains("Acme"));
            assertThat(entity.path("sentences").asInt()).as("facts and events with their sentence").isPositive();
            assertThat(texts(entity.path("facts"))).allMatch(f -> f.contains("2024-03-0"), "each with its article");
            assertThat(entity.path("neighbours").size()).isPositive();
            assertThat(entity.path("drawn").asInt()).isEqualTo(entity.path("neighbours").size() + 1);

            JsonNode next = run.path("neighbour");
            assertThat(next.isMissingNode()).as("a neighbour was followed").isFalse();
            assertThat(next.path("title").asText()).isEqualTo(entity.path("neighbours").get(0).asText())
                    .isNotEqualTo(MARIA);
            assertThat(texts(next.path("neighbours"))).contains(MARIA);

            JsonNode place = drive(base, "lviv").path("entity");
            assertThat(place.path("title").asText()).isEqualTo("Lviv");
            assertThat(texts(place.path("events"))).as("the timeline: date, event, class and role, sentence")
                    .anyMatch(e -> e.startsWith("2024-02-26") && e.contains("Protest, as location")
                            && e.contains("Workers protested in Lviv"));
            assertThat(place.path("millis").asInt()).as("the entity page, all its queries").isLessThan(1000);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode drive(String url, String name) throws Exception {
        Path lib = GraphFileChecks.npmPackage("js-explorer", PLAYWRIGHT, "playwright-core");
        Path script = lib.getParent().getParent().resolve("explorer-drive.mjs");
        try (var in = ExplorerTest.class.getResourceAsStream("/server/explorer-drive.mjs")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path shots = Path.of("target", "explorer-screens").toAbsolutePath();
        Files.createDirectories(shots);
        String out = GraphFileChecks.run(List.of("node", script.toString(), lib.toString(), url, name,
                shots.toString()), 120, ProcessBuilder.Redirect.INHERIT);
        return new ObjectMapper().readTree(out);
    }
}
