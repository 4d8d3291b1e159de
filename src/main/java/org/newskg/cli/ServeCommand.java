package org.newskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.NewskgException;
import org.newskg.app.Progress;
import org.newskg.server.ServerConfig;
import org.newskg.server.SparqlServer;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newskg serve}: a SPARQL endpoint over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store as a SPARQL endpoint (Apache Jena Fuseki) until stopped with Ctrl-C.",
                "Read-only and on this machine only (127.0.0.1) unless told otherwise; every query has a time limit.",
                "Endpoints: /newskg/sparql (query), /newskg/get (Graph Store Protocol, read); with --update also",
                "/newskg/update and /newskg/data, for the users of --password-file (HTTP basic authentication)."},
        footer = {"", "Examples:", "  newskg serve --store graphs/demo-store",
                "  curl http://127.0.0.1:3030/newskg/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'",
                "  newskg serve --store kg --update --password-file users.txt   # lines of 'user: password'"})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 opens it to the network).")
    String host;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Cancel queries that run longer (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--update", description = "Accept SPARQL Update and Graph Store writes (needs --password-file).")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users who may update, one 'user: password' per line (Jetty's format).")
    Path passwordFile;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (update && passwordFile == null) {
            throw NewskgException.usage("--update needs --password-file: updates are only for named users");
        }
        if (!update && passwordFile != null) {
            throw NewskgException.usage("--password-file is only used with --update");
        }
        if (port < 0 || port > 65535 || timeout < 1) {
            throw NewskgException.usage("--port must be 0-65535 and --timeout at least 1");
        }
        Progress progress = new Progress(spec.commandLine().getErr(), common.quiet);
        try (Tdb2Store kg = Tdb2Store.openExisting(store);
             SparqlServer server = SparqlServer.start(kg.datasetGraph(),
                     new ServerConfig(host, port, "/newskg", timeout, update ? passwordFile : null))) {
            if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
                progress.problem("listening on " + host + ": other machines can reach this endpoint");
            }
            progress.info("SPARQL endpoint: " + server.queryUrl() + (update ? " (updates: " + server.updateUrl()
                    + ", for the users of " + passwordFile + ")" : " (read-only)") + ". Ctrl-C stops it.");
            server.join();
        }
        return 0;
    }
}
