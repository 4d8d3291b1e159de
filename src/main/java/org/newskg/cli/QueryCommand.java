package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.newskg.ControlCharFilter;
import org.newskg.NewskgException;
import org.newskg.query.QueryLimits;
import org.newskg.query.QueryService;
import org.newskg.query.ResultFormat;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg query}: SPARQL over a store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a store. The default graph is "
                + "the union of all article graphs; GRAPH ?article { ... } reaches one article's graph. "
                + "Updates are refused unless --update is given."},
        footer = {"", "Examples:", "  newskg query --store graphs/demo-store queries/people-and-roles.rq",
                "  newskg query --store graphs/demo-store -e 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' --format csv"})
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    LoggingMixin common;

    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--update",
            description = "Allow SPARQL Update (INSERT, DELETE, DROP GRAPH …); it runs in one transaction.")
    boolean update;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
            description = "Print at most N rows (default: all).")
    int limit;

    @Option(names = "--allow-service", split = ",", paramLabel = "IRI",
            description = "Let SERVICE call endpoints under these IRI prefixes (http or https). Without it "
                    + "SERVICE is off: the query makes no outbound requests.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--allow-load", split = ",", paramLabel = "IRI",
            description = "With --update: let LOAD read files under these folders (file:///srv/rdf/) or "
                    + "documents under these web prefixes. Without it LOAD is refused.")
    List<String> allowLoad = new ArrayList<>();

    /** Where the query comes from. */
    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query itself.")
        String text;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (timeout < 1) {
            throw NewskgException.usage("--timeout must be at least 1 second");
        }
        if (!allowLoad.isEmpty() && !update) {
            throw NewskgException.usage("--allow-load is for LOAD, which needs --update");
        }
        QueryLimits limits = QueryOptions.limits(timeout, allowService, allowLoad);
        String sparql;
        String origin;
        if (source.text != null) {
            sparql = source.text;
            origin = "query";
        } else {
            origin = source.file.toString();
            try {
                sparql = Files.readString(source.file);
            } catch (IOException e) {
                throw new NewskgException(origin + ": cannot read the query file: " + e.getMessage(), e);
            }
        }
        if (update && QueryService.isUpdate(sparql)) {
            var request = QueryService.parseUpdate(sparql, origin);
            try (Tdb2Store kg = store.write(false)) {
                new QueryService(kg, limits).update(request);
            }
            spec.commandLine().getErr().println("Update applied to " + store + ".");
            return 0;
        }
        Query q = QueryService.parse(sparql, origin);
        try (Tdb2Store kg = store.read()) {
            // article text may hold ESC, BEL and other controls: escape them where a terminal would act on them
            boolean escape = format == ResultFormat.table || System.console() != null;
            OutputStream stdout = new WriterOutputStream(spec.commandLine().getOut());
            OutputStream out = escape ? new ControlCharFilter(stdout) : stdout;
            new QueryService(kg, limits).run(q, format, out, limit);
            try {
                out.flush();
            } catch (IOException e) {
                throw new NewskgException("cannot write the result: " + e.getMessage(), e);
            }
        }
        return 0;
    }
}
