package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateException;

/**
 * SPARQL Update on a guarded dataset: {@code LOAD} reads only IRIs of the allow-list, a file after its real
 * path is checked and a web IRI without following redirects, and its errors never quote what it read (a
 * parse error of {@code /etc/passwd} would otherwise show its first line). Every other update is Jena's.
 */
final class GuardedUpdates implements UpdateEngineFactory {
    private static final GuardedUpdates FACTORY = new GuardedUpdates();
    private static boolean registered;

    private GuardedUpdates() {
    }

    /** Registers the factory in front of Jena's, once; it only takes datasets a {@link QueryGuard} set up. */
    static synchronized void register() {
        if (!registered) {
            UpdateEngineRegistry.get().add(FACTORY);
            registered = true;
        }
    }

    @Override
    public boolean accept(DatasetGraph dsg, Context context) {
        return context != null && context.get(QueryGuard.LIMITS) != null;
    }

    @Override
    public UpdateEngine create(DatasetGraph dsg, Binding inputBinding, Context context) {
        QueryLimits limits = context.get(QueryGuard.LIMITS);
        IriAllowList loads = new IriAllowList(limits.loadAllowed());
        return new UpdateEngineMain(dsg, inputBinding, context) {
            @Override
            protected UpdateVisitor prepareWorker() {
                return new UpdateEngineWorker(dsg, inputBinding, context) {
                    @Override
                    public void visit(UpdateLoad update) {
                        load(dsg, update, loads, limits.timeout());
                    }
                };
            }
        };
    }

    private static void load(DatasetGraph dsg, UpdateLoad update, IriAllowList allowed, Duration timeout) {
        String source = update.getSource();
        if (!allowed.allows(source)) {
            throw new LoadRefused("LOAD <" + source + "> is not allowed: this store loads only from what its "
                    + "operator allowed (--allow-load)");
        }
        DatasetGraph buffer = DatasetGraphFactory.create();
        Node dest = update.getDest();
        try (Source in = open(source, timeout)) {
            Lang lang = in.lang() != null ? in.lang() : RDFLanguages.filenameToLang(source, Lang.TTL);
            if (dest != null && !RDFLanguages.isTriples(lang)) {
                throw new UpdateException("LOAD <" + source + "> INTO a graph needs triples, not quads");
            }
            RDFParser.source(in.stream()).lang(lang).base(source).errorHandler(SILENT).parse(buffer);
        } catch (RiotException e) {
            if (!update.isSilent()) {
                throw new UpdateException("LOAD <" + source + ">: not valid RDF" + position(e));
            }
            return;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!update.isSilent()) {
                throw new UpdateException("LOAD <" + source + ">: cannot read it");
            }
            return;
        }
        if (dest == null) {
            buffer.find().forEachRemaining(dsg::add);
        } else {
            Graph g = dsg.getGraph(dest);
            buffer.getDefaultGraph().find().forEachRemaining(g::add);
        }
    }

    /** "at line L, column C" from a parse error, without the text the parser quotes. */
    private static String position(RiotException e) {
        return e instanceof RiotParseException p && p.getLine() > 0
                ? " (line " + p.getLine() + ", column " + p.getCol() + ")" : "";
    }

    /** Parse errors end the load without a log line: Jena's default handler logs the offending text. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            // warnings (a suspicious IRI, say) do not stop a load
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    /**
     * A refused LOAD. A {@link QueryBuildException}, because that is what passes Jena's streaming update
     * parser unwrapped and what Fuseki answers 400 with its message; anything else becomes a 500.
     */
    static final class LoadRefused extends QueryBuildException {
        LoadRefused(String message) {
            super(message);
        }
    }

    private record Source(InputStream stream, Lang lang) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    private static Source open(String iri, Duration timeout) throws IOException, InterruptedException {
        URI u = URI.create(iri);
        if ("file".equalsIgnoreCase(u.getScheme())) {
            Path p = Path.of(u);
            if (!Files.isRegularFile(p)) {
                throw new IOException("not a regular file");
            }
            return new Source(Files.newInputStream(p), null);
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).build();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(u).timeout(timeout)
                .header("Accept", "application/n-quads, application/trig, text/turtle, application/n-triples")
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            r.body().close();
            throw new IOException("HTTP " + r.statusCode());
        }
        Lang lang = r.headers().firstValue("Content-Type").map(t -> RDFLanguages.contentTypeToLang(t.split(";")[0]))
                .orElse(null);
        return new Source(r.body(), lang);
    }
}
