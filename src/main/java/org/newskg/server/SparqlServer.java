package org.newskg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.NewskgException;
import org.newskg.query.QueryGuard;

/**
 * A SPARQL endpoint over a store (embedded Apache Jena Fuseki). Read-only unless a password file is given:
 * then SPARQL Update and the read-write Graph Store Protocol are open to the users it lists (HTTP basic
 * authentication), while queries stay open to all. Every query has a time limit.
 *
 * <p>Endpoints, under the dataset name ({@code /newskg} by default): {@code sparql} and {@code query} (SPARQL
 * query), {@code get} (Graph Store Protocol, read), and when updatable {@code update} and {@code data}.
 */
public final class SparqlServer implements AutoCloseable {
    private final FusekiServer server;
    private final ServerConfig config;

    private SparqlServer(FusekiServer server, ServerConfig config) {
        this.server = server;
        this.config = config;
    }

    public static SparqlServer start(DatasetGraph data, ServerConfig config) {
        return start(data, config, null);
    }

    /**
     * Starts the server; with an {@code intake} (which needs a password file) it also serves
     * {@code POST /DATASET/ingest}.
     */
    public static SparqlServer start(DatasetGraph data, ServerConfig config, ArticleIntake intake) {
        QueryGuard.install(data.getContext(), config.limits());
        DataService.Builder service = DataService.newBuilder(data)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        FusekiServer.Builder b = FusekiServer.create().port(config.port()).enablePing(true)
                .addFilter("/*", new RequestGuard(config.perClient()))
                .numServerThreads(ServerConfig.MIN_THREADS, ServerConfig.MAX_THREADS);
        Map<String, String> users = config.passwordFile() == null ? Map.of() : users(config.passwordFile());
        if (config.updatable()) {
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler("newskg", userStore(users),
                    AuthScheme.BASIC);
            security.setAuthenticator(new TolerantBasicAuthenticator());
            b.securityHandler(security);
        }
        if (intake != null) {
            if (users.isEmpty()) {
                throw NewskgException.usage("taking articles over HTTP needs --password-file");
            }
            b.addServlet(config.name() + "/ingest", new IngestServlet(intake, users));
        }
        ExplorerServlet explorer = new ExplorerServlet(config.name() + "/sparql");
        b.addServlet("", explorer).addServlet("/explore", explorer);
        b.add(config.name(), service.build());
        FusekiServer s = b.build();
        for (Connector c : s.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(config.host());
                sc.setIdleTimeout(ServerConfig.IDLE.toMillis());
                HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setMinRequestDataRate(ServerConfig.MIN_DATA_RATE);
                    http.getHttpConfiguration().setIdleTimeout(ServerConfig.IDLE.toMillis());
                }
            }
        }
        s.getJettyServer().setHandler(new SlowBodyGuard(s.getJettyServer().getHandler(), ServerConfig.MIN_DATA_RATE));
        try {
            s.start();
        } catch (RuntimeException e) {
            throw new NewskgException("cannot start the server on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage() + " (is the port in use? try --port)", e);
        }
        return new SparqlServer(s, config);
    }

    /** The users of a password file of "user: password" lines (read once; no file watcher left running). */
    private static UserStore userStore(Map<String, String> users) {
        UserStore store = new UserStore();
        users.forEach((user, password) -> JettySecurityLib.addUser(store, user, password));
        return store;
    }

    private static Map<String, String> users(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw NewskgException.usage(file + ": cannot read the password file: " + e.getMessage());
        }
        Map<String, String> users = new LinkedHashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || colon == l.length() - 1) {
                throw NewskgException.usage(file + ":" + n + ": expected 'user: password'");
            }
            users.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
        if (users.isEmpty()) {
            throw NewskgException.usage(file + ": no users in the password file");
        }
        return users;
    }

    /** The port actually listened on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The query endpoint, such as http://127.0.0.1:3030/newskg/sparql. */
    /** The explorer page at the server's root, such as http://127.0.0.1:3030/. */
    public String explorerUrl() {
        return "http://" + config.host() + ":" + port() + "/";
    }

    public String queryUrl() {
        return "http://" + config.host() + ":" + port() + config.name() + "/sparql";
    }

    /** Where articles are posted when the server takes them, such as http://127.0.0.1:3030/newskg/ingest. */
    public String ingestUrl() {
        return "http://" + config.host() + ":" + port() + config.name() + "/ingest";
    }

    public String updateUrl() {
        return "http://" + config.host() + ":" + port() + config.name() + "/update";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
