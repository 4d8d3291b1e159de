package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newskg.NewskgException;

/**
 * Bulk-loads quad files (N-Quads or TriG, gzipped or not; what {@code extract --format nq}, {@code export}
 * or a Spark job writes) into a TDB2 store, each load one transaction: into an empty store with TDB2's
 * sequential loader; into a store with data by dropping every graph the files name and adding theirs, so
 * that loading an article's graph again replaces it. A load that fails (bad RDF, a full disk) leaves the
 * store as it was.
 */
public final class Tdb2BulkLoader {
    /** What a load did. */
    public record Result(long quads, int graphsReplaced, String loader) {
    }

    private Tdb2BulkLoader() {
    }

    public static Result load(Tdb2Store store, List<Path> files, MonitorOutput output) {
        for (Path f : files) {
            check(f);
        }
        DatasetGraph dsg = store.datasetGraph();
        boolean empty = Txn.calculateRead(dsg, () -> !dsg.listGraphNodes().hasNext() && dsg.getDefaultGraph().isEmpty());
        return store.writing(() -> empty ? loadEmpty(dsg, files, output) : replace(dsg, files));
    }

    /**
     * Into an empty store: TDB2's sequential loader, one transaction in this thread. (The phased loader's
     * worker threads die on an error such as a full disk and leave the calling thread waiting forever.)
     */
    private static Result loadEmpty(DatasetGraph dsg, List<Path> files, MonitorOutput output) {
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, output);
        loader.startBulk();
        for (Path f : files) {
            try {
                loader.load(f.toString());
            } catch (RiotException e) {
                loader.finishException(e);
                throw new NewskgException(f + ": not valid RDF: " + e.getMessage() + "; nothing was loaded", e);
            }
        }
        loader.finishBulk();
        return new Result(loader.countQuads(), 0, "sequential");
    }

    /** Into a store with data: drops the graphs the files hold and loads them, all in one transaction. */
    private static Result replace(DatasetGraph dsg, List<Path> files) {
        Set<Node> graphs = graphNames(files);
        return Txn.calculateWrite(dsg, () -> {
            int replaced = 0;
            for (Node g : graphs) {
                if (dsg.containsGraph(g)) {
                    dsg.removeGraph(g);
                    replaced++;
                }
            }
            long[] quads = {0};
            StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
                @Override
                public void quad(Quad q) {
                    quads[0]++;
                    super.quad(q);
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    quads[0]++;
                    super.triple(t);
                }
            };
            for (Path f : files) {
                try {
                    RDFParser.source(f).parse(sink);
                } catch (RiotException e) {
                    throw new NewskgException(f + ": not valid RDF: " + e.getMessage()
                            + "; nothing of this load was stored", e);
                }
            }
            return new Result(quads[0], replaced, "basic");
        });
    }

    private static void check(Path f) {
        if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
            throw new NewskgException(f + ": no such file");
        }
        Lang lang = RDFLanguages.filenameToLang(f.toString());
        if (lang == null || !RDFLanguages.isQuads(lang)) {
            throw NewskgException.usage(f + ": not a quad file; load takes N-Quads (.nq) or TriG (.trig), "
                    + "optionally .gz, with each article in its named graph");
        }
    }

    /** The graph names in the files: one streaming parse, nothing kept but the names. */
    private static Set<Node> graphNames(List<Path> files) {
        Set<Node> names = new HashSet<>();
        StreamRDF collect = new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (!q.isDefaultGraph()) {
                    names.add(q.getGraph());
                }
            }
        };
        for (Path f : files) {
            try {
                RDFParser.source(f).parse(collect);
            } catch (RiotException e) {
                throw new NewskgException(f + ": not valid RDF: " + e.getMessage() + "; nothing was loaded", e);
            }
        }
        return names;
    }
}
