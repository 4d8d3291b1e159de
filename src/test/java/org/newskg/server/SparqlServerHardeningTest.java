package org.newskg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;
import org.newskg.app.StoreIngestor;
import org.newskg.query.QueryLimits;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.store.Tdb2Store;

/** The endpoint probed as a hostile client would, on loopback: each probe's expected answer. */
@Tag("system")
class SparqlServerHardeningTest {
    static final String REGEX = "SELECT * { BIND(\"" + "x".repeat(30) + "y\" AS ?x) FILTER(REGEX(?x, \"^(x*)*(\\\\1)$\")) }";
    static final String SORT = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l";
    private static final long TIMEOUT = 3;

    private static Tdb2Store store(Path dir) {
        Tdb2Store s = Tdb2Store.open(dir.resolve("kg"));
        new StoreIngestor(s, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), false).put(TestData.extraction());
        return s;
    }

    private static ServerConfig config(Path users, List<String> services) {
        return new ServerConfig("127.0.0.1", 0, "newskg", QueryLimits.closed(Duration.ofSeconds(TIMEOUT))
                .withServiceAllowed(services), users, users != null, ServerConfig.DEFAULT_PER_CLIENT);
    }

    @Test
    void noRequestReachesALocalServiceWhateverTheQueryBuilds(@TempDir Path dir) throws Exception {
        try (Tdb2Store kg = store(dir); Probes.Recorder local = new Probes.Recorder();
             SparqlServer server = SparqlServer.start(kg.datasetGraph(), config(null, List.of()))) {
            String port = local.url().replaceAll(".*:(\\d+)/.*", "$1");
            for (String q : List.of("SELECT ?leak { SERVICE <" + local.url() + "> { ?leak ?p ?o } }",
                    "SELECT ?leak { BIND(IRI(CONCAT(\"http://127.0.0.1:\", \"" + port + "\", \"/r.json\")) AS ?u) "
                            + "SERVICE ?u { ?leak ?p ?o } }",
                    "SELECT ?leak { SERVICE SILENT <" + local.url() + "> { ?leak ?p ?o } }")) {
                Probes.Answer a = Probes.query(server.port(), "127.0.0.1", q, 30_000);
                assertThat(a.body()).doesNotContain("SECRET");
            }
            assertThat(local.requests()).isZero();
        }
    }

    @Test
    void hostileQueriesEndWithinTheTimeLimit(@TempDir Path dir) throws Exception {
        try (Tdb2Store kg = store(dir); Probes.SilentHost silent = new Probes.SilentHost();
             SparqlServer server = SparqlServer.start(kg.datasetGraph(), config(null, List.of(silent.url())))) {
            for (String q : List.of(REGEX, SORT, "SELECT * { SERVICE <" + silent.url() + "> { ?s ?p ?o } }")) {
                Probes.Answer a = Probes.query(server.port(), "127.0.0.1", q, 60_000);
                assertThat(a.millis()).as(q).isLessThan(TIMEOUT * 1000 + 2000);
                assertThat(a.status()).as(q).isGreaterThanOrEqualTo(400);
            }
        }
    }

    @Test
    void aMalformedAuthorizationHeaderIsAnsweredWith401(@TempDir Path dir) throws Exception {
        Path users = Files.writeString(dir.resolve("users.txt"), "ed: pw\n");
        HttpClient http = HttpClient.newHttpClient();
        try (Tdb2Store kg = store(dir);
             SparqlServer server = SparqlServer.start(kg.datasetGraph(), config(users, List.of()),
                     (b, t, d, n) -> new ArticleIntake.Reply(200, "{}"))) {
            for (String url : List.of(server.updateUrl(), server.ingestUrl())) {
                for (String header : List.of("Basic !!!not-base64", "Basic ", "Basic Zm9v", "Bearer x")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", header)
                            .header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(url + " " + header).isEqualTo(401);
                }
            }
        }
    }

    @Test
    void oneClientGetsAtMostItsShareOfRequests(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Tdb2Store kg = store(dir);
             SparqlServer server = SparqlServer.start(kg.datasetGraph(), config(null, List.of()))) {
            List<Future<Probes.Answer>> slow = new ArrayList<>();
            for (int i = 0; i < ServerConfig.DEFAULT_PER_CLIENT + 2; i++) {
                slow.add(pool.submit(() -> Probes.query(server.port(), "127.0.0.7", REGEX, 30_000)));
                Thread.sleep(100);
            }
            Probes.Answer other = Probes.query(server.port(), "127.0.0.8", "ASK {}", 10_000);
            assertThat(other.status()).isEqualTo(200);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Probes.Answer> f : slow) {
                statuses.add(f.get().status());
            }
            assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aQueryWhoseClientHasGoneIsCancelled(@TempDir Path dir) throws Exception {
        try (Tdb2Store kg = store(dir);
             SparqlServer server = SparqlServer.start(kg.datasetGraph(), new ServerConfig("127.0.0.1", 0, "newskg",
                     60, null))) {
            Thread client = new Thread(() -> {
                try {
                    Probes.query(server.port(), "127.0.0.9", REGEX, 1_000); // gives up after a second
                } catch (Exception e) {
                    // the read timed out: the socket is closed on the way out
                }
            });
            client.start();
            client.join();
            Thread.sleep(1_500);
            long before = serverCpuNanos();
            Thread.sleep(2_000);
            long used = serverCpuNanos() - before;
            assertThat(used).as("CPU the server used in the 2 s after its client left (ns)").isLessThan(300_000_000L);
        }
    }

    @Test
    void slowClientsDoNotStallTheServer(@TempDir Path dir) throws Exception {
        List<Socket> slow = new ArrayList<>();
        try (Tdb2Store kg = store(dir);
             SparqlServer server = SparqlServer.start(kg.datasetGraph(), config(null, List.of()))) {
            for (int i = 0; i < 18; i++) {
                slow.add(Probes.trickle(server.port(), "127.0.0." + (20 + i)));
            }
            long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            int answered = 0;
            while (System.nanoTime() < end) {
                for (Socket s : slow) {
                    try {
                        s.getOutputStream().write('x');
                    } catch (java.io.IOException closed) {
                        // the server cut it off
                    }
                }
                Probes.Answer a = Probes.query(server.port(), "127.0.0.1", "ASK { ?s ?p ?o }", 5_000);
                assertThat(a.status()).isEqualTo(200);
                assertThat(a.millis()).isLessThan(1_000);
                answered++;
                Thread.sleep(500);
            }
            assertThat(answered).isGreaterThan(5);
            // and the server has closed every one of them
            for (Socket s : slow) {
                s.setSoTimeout(5_000);
                assertThat(endOfStream(s)).isTrue();
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    private static boolean endOfStream(Socket s) {
        try {
            s.getInputStream().readAllBytes(); // whatever the server answered, then the end of the stream
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (java.io.IOException reset) {
            return true;
        }
    }

    /** CPU time of the server's request threads (Jetty's "qtp" pool), in nanoseconds. */
    private static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith("qtp")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
