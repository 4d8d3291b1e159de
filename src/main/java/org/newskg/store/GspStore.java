package org.newskg.store;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.NewskgException;
import org.newskg.rdf.Vocab;

/**
 * A store behind a SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB, Virtuoso, …): each article's
 * graph is sent with one HTTP PUT, which replaces the named graph as a whole, so a rerun is idempotent. Reading
 * the store back (query, export) is for the endpoint's own SPARQL service.
 */
public final class GspStore implements KgStore {
    private final String endpoint;

    public GspStore(String endpoint) {
        if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
            throw NewskgException.usage("--endpoint must be an http:// or https:// URL of a Graph Store Protocol"
                    + " service, such as http://127.0.0.1:3030/ds/data");
        }
        this.endpoint = endpoint;
    }

    @Override
    public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        Graph g = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(g);
        sink.start();
        writer.accept(new GraphOnly(sink));
        sink.finish();
        try {
            GSP.service(endpoint).graphName(graphIri).PUT(g);
        } catch (HttpException e) {
            throw new NewskgException(endpoint + ": the endpoint refused the graph " + graphIri + " (HTTP "
                    + e.getStatusCode() + " " + String.valueOf(e.getMessage()).strip() + ")", e);
        } catch (RuntimeException e) {
            throw new NewskgException(endpoint + ": cannot reach the endpoint: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean dropGraph(String graphIri) {
        try {
            GSP.service(endpoint).graphName(graphIri).DELETE();
            return true;
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return false;
            }
            throw new NewskgException(endpoint + ": cannot drop " + graphIri + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> textHash(String graphIri) {
        try {
            Graph g = GSP.service(endpoint).graphName(graphIri).GET();
            Node article = NodeFactory.createURI(graphIri);
            var it = g.find(article, Vocab.SHA256, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return Optional.empty();
            }
            throw new NewskgException(endpoint + ": cannot read " + graphIri + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean readable() {
        return false;
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        throw new NewskgException(endpoint + ": query the endpoint's SPARQL service directly; newskg reads only"
                + " local TDB2 stores");
    }

    @Override
    public void update(Consumer<Dataset> action) {
        throw new NewskgException(endpoint + ": send updates to the endpoint's SPARQL update service directly");
    }

    @Override
    public void close() {
        // nothing held open: each call is one HTTP request
    }

    /** Passes triples on and drops the graph name of quads: the graph is named in the request. */
    private record GraphOnly(StreamRDF out) implements StreamRDF {
        public void start() {
        }

        public void triple(org.apache.jena.graph.Triple t) {
            out.triple(t);
        }

        public void quad(org.apache.jena.sparql.core.Quad q) {
            out.triple(q.asTriple());
        }

        public void base(String base) {
        }

        public void prefix(String prefix, String iri) {
            out.prefix(prefix, iri);
        }

        public void finish() {
        }
    }
}
