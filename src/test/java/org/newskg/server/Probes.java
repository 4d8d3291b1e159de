package org.newskg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** What the hardening tests probe the server with: local services to reach, and a raw HTTP client. */
public final class Probes {
    private Probes() {
    }

    /** An HTTP service on loopback that answers SPARQL JSON and counts the requests that reach it. */
    public static final class Recorder implements AutoCloseable {
        private final HttpServer server;
        private final AtomicInteger requests = new AtomicInteger();

        public Recorder() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", ex -> {
                requests.incrementAndGet();
                ex.getRequestBody().readAllBytes();
                byte[] body = ("{\"head\":{\"vars\":[\"leak\"]},\"results\":{\"bindings\":[{\"leak\":"
                        + "{\"type\":\"literal\",\"value\":\"SECRET\"}}]}}").getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
            server.start();
        }

        public String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/r.json";
        }

        public int requests() {
            return requests.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A host that accepts connections and never answers. */
    public static final class SilentHost implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> held = new ArrayList<>();

        public SilentHost() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = socket.accept();
                        synchronized (held) {
                            held.add(s);
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "silent-host");
            t.setDaemon(true);
            t.start();
        }

        public String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }

    /** The answer to a raw request: its status line's code and how long it took. */
    public record Answer(int status, long millis, String body) {
    }

    /**
     * A GET of {@code /newskg/sparql?query=...} over a socket bound to {@code from} (any 127.x.y.z address is
     * this machine), so that tests can act as several clients.
     */
    public static Answer query(int port, String from, String sparql, int readTimeoutMillis) throws IOException {
        long t0 = System.nanoTime();
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(readTimeoutMillis);
            String request = "GET /newskg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String response = readAll(s.getInputStream());
            int status = Integer.parseInt(response.substring(9, 12));
            return new Answer(status, (System.nanoTime() - t0) / 1_000_000, response);
        }
    }

    /** Opens a POST from {@code from} that announces a body and sends it one byte every {@code gapMillis}. */
    public static Socket trickle(int port, String from) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /newskg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: 100000\r\n\r\nquery=").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toString(StandardCharsets.UTF_8);
    }
}
