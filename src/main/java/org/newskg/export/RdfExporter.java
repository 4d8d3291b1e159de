package org.newskg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.NewskgException;
import org.newskg.export.graph.GraphViewBuilder;
import org.newskg.rdf.Vocab;

/**
 * Writes a dataset of article graphs in an RDF format. Triple formats (Turtle, N-Triples) get the union of
 * all graphs; quad formats keep the graph names. N-Triples and N-Quads come out sorted, so the same data
 * always gives the same bytes.
 */
public final class RdfExporter {
    private final String base;

    public RdfExporter(String base) {
        this.base = base;
    }

    /**
     * Writes the dataset, or only the graph of {@code article} (its IRI or the id after "article/") when that is
     * not null, to {@code file}. The caller holds the read transaction.
     */
    public void write(DatasetGraph data, RdfFormatChoice choice, Path file, String article) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(article == null ? data : oneGraph(data, article), choice, out);
        }
    }

    public void write(DatasetGraph data, RdfFormatChoice choice, OutputStream out) throws IOException {
        if (choice == RdfFormatChoice.nt || choice == RdfFormatChoice.nq) {
            writeSorted(data, choice, out);
        } else if (choice.quads()) {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            data.find().forEachRemaining(copy::add);
            copy.prefixes().putAll(Vocab.prefixes(base));
            RDFWriter.source(copy).format(choice.format()).output(out);
        } else {
            RDFWriter.source(union(data)).format(choice.format()).output(out);
        }
        out.flush();
    }

    private static DatasetGraph oneGraph(DatasetGraph data, String article) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        data.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && GraphViewBuilder.isArticle(g.getURI(), article)) {
                one.addGraph(g, data.getGraph(g));
            }
        });
        if (!one.listGraphNodes().hasNext()) {
            throw new NewskgException("--article: no article '" + article
                    + "' in the store; give its IRI or the id after 'article/'");
        }
        return one;
    }

    private Graph union(DatasetGraph data) {
        Graph g = GraphFactory.createDefaultGraph();
        data.listGraphNodes().forEachRemaining(n -> data.getGraph(n).find().forEachRemaining(g::add));
        data.getDefaultGraph().find().forEachRemaining(g::add);
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes(base));
        return g;
    }

    private void writeSorted(DatasetGraph data, RdfFormatChoice choice, OutputStream out) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        if (choice.quads()) {
            RDFDataMgr.write(buf, data, RDFFormat.NQUADS_UTF8);
        } else {
            RDFDataMgr.write(buf, union(data), RDFFormat.NTRIPLES_UTF8);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        String prev = null;
        for (String line : lines) {
            if (!line.isEmpty() && !line.equals(prev)) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            prev = line;
        }
    }
}
