package org.newskg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.newskg.NewskgException;
import org.newskg.app.Progress;
import org.newskg.app.WebIngestService;
import org.newskg.query.QueryLimits;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.server.ServerConfig;
import org.newskg.server.SparqlServer;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newskg serve}: a SPARQL endpoint over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store as a SPARQL endpoint (Apache Jena Fuseki) until stopped with Ctrl-C. "
                + "Read-only and on this machine only (127.0.0.1) unless told otherwise. Queries make no "
                + "outbound requests (SERVICE is off), each has a time limit that covers all of it, and a query "
                + "whose client has gone is cancelled. Endpoints: /newskg/sparql (query), /newskg/get (Graph Store Protocol, read); "
                + "with --update also /newskg/update and /newskg/data, and with --ingest /newskg/ingest (POST "
                + "articles to analyse and store), for the users of --password-file (HTTP basic "
                + "authentication). The server's root (http://127.0.0.1:3030/) is an explorer for a browser: "
                + "search names, read an entity's facts, quotes and events with their sentences, follow its "
                + "neighbours."},
        footer = {"", "Examples:", "  newskg serve --store graphs/demo-store",
                "  curl http://127.0.0.1:3030/newskg/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'",
                "  newskg serve --store kg --update --password-file users.txt   # lines of 'user: password'",
                "  newskg serve --store kg --ingest --password-file users.txt",
                "  newskg serve --store kg --allow-service https://query.wikidata.org/sparql",
                "  curl -u ana:secret -H 'Content-Type: text/plain' --data-binary @story.txt \\",
                "       'http://127.0.0.1:3030/newskg/ingest?date=2024-03-08'"})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    LoggingMixin common;

    @Mixin
    StoreOption store;

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

    @Option(names = "--allow-service", split = ",", paramLabel = "IRI",
            description = {"Let SERVICE call endpoints under these IRI prefixes (repeatable; http or https). "
                    + "Without it SERVICE is off: queries make no outbound requests."})
    List<String> allowService = new ArrayList<>();

    @Option(names = "--allow-load", split = ",", paramLabel = "IRI",
            description = {"With --update: let LOAD read files under these folders (file:///srv/rdf/) or "
                    + "documents under these web prefixes. Without it LOAD is refused."})
    List<String> allowLoad = new ArrayList<>();

    @Option(names = "--per-client", defaultValue = "" + ServerConfig.DEFAULT_PER_CLIENT, paramLabel = "N",
            description = "Requests one client address may have under way at once; more are answered 429 "
                    + "(default: ${DEFAULT-VALUE}).")
    int perClient;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users who may update, one 'user: password' per line (Jetty's format).")
    Path passwordFile;

    @Option(names = "--ingest", description = {"Also take articles over HTTP: POST them to /newskg/ingest (needs "
            + "--password-file). The CoreNLP pipeline is loaded at start and stays warm, so each request pays only "
            + "for its own articles."})
    boolean ingest;

    @Option(names = "--threads", paramLabel = "N",
            description = "With --ingest: articles of one request analysed at once (default: the number of cores).")
    Integer threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The article intake, with the pipeline loaded, when --ingest is given. */
    private WebIngestService intake(Tdb2Store kg, Progress progress) {
        if (!ingest) {
            return null;
        }
        return new WebIngestService(kg, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), Threads.orCores(threads),
                Duration.ofSeconds(300), progress).warm();
    }

    @Override
    public Integer call() {
        if ((update || ingest) && passwordFile == null) {
            throw NewskgException.usage((update ? "--update" : "--ingest")
                    + " needs --password-file: writing is only for named users");
        }
        if (!update && !ingest && passwordFile != null) {
            throw NewskgException.usage("--password-file is only used with --update or --ingest");
        }
        Threads.orCores(threads); // a bad --threads is a usage error before the store is opened
        if (port < 0 || port > 65535 || timeout < 1 || perClient < 1) {
            throw NewskgException.usage("--port must be 0-65535, and --timeout and --per-client at least 1");
        }
        if (!allowLoad.isEmpty() && !update) {
            throw NewskgException.usage("--allow-load is for LOAD, which needs --update");
        }
        QueryLimits limits = QueryOptions.limits(timeout, allowService, allowLoad);
        Progress progress = new Progress(spec.commandLine().getErr(), common.quiet);
        if (passwordFile != null) {
            PasswordFiles.warnIfReadableByOthers(passwordFile, progress);
        }
        try (Tdb2Store kg = update || ingest ? store.write(false) : store.read();
             SparqlServer server = SparqlServer.start(kg.datasetGraph(),
                     new ServerConfig(host, port, "/newskg", limits, passwordFile, update, perClient),
                     intake(kg, progress))) {
            if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
                progress.problem("listening on " + host + ": other machines can reach this endpoint");
            }
            progress.info("SPARQL endpoint: " + server.queryUrl() + (update ? " (updates: " + server.updateUrl()
                    + ", for the users of " + passwordFile + ")" : " (read-only)") + ". Ctrl-C stops it.");
            progress.info("Explorer: " + server.explorerUrl() + " (open it in a browser).");
            if (ingest) {
                progress.info("Articles: POST to " + server.ingestUrl() + " (text/plain, text/html or JSON lines; "
                        + "?date=YYYY-MM-DD&name=NAME for plain text), for the users of " + passwordFile + ".");
            }
            server.join();
        }
        return 0;
    }
}
