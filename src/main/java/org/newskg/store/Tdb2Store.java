package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.NewskgException;
import org.newskg.rdf.Vocab;

/** A TDB2 store in a folder. Every change is one transaction, so a crash never leaves half an article. */
public final class Tdb2Store implements KgStore {
    private final Path dir;
    private final DatasetGraph dsg;

    private Tdb2Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static Tdb2Store open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new Tdb2Store(dir, DatabaseMgr.connectDatasetGraph(Location.create(dir)));
        } catch (IOException e) {
            throw new NewskgException(dir + ": cannot create the store folder: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            java.util.regex.Matcher pid = java.util.regex.Pattern.compile("held by process (\\d+)")
                    .matcher(String.valueOf(e.getMessage()));
            if (pid.find()) {
                throw new NewskgException(dir + ": the store is in use by another process (pid " + pid.group(1)
                        + "), such as a running newskg ingest or serve; wait for it to end or stop it, then try again",
                        e);
            }
            throw new NewskgException(dir + ": cannot open the TDB2 store (" + e.getMessage()
                    + "); is another program using it?", e);
        }
    }

    /** Opens an existing store; a missing one is an error rather than a new empty store. */
    public static Tdb2Store openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new NewskgException(dir + ": no store here; create one with: newskg ingest --store " + dir + " INPUT...");
        }
        return open(dir);
    }

    public Path dir() {
        return dir;
    }

    /** The TDB2 dataset itself (union default graph), for the SPARQL server, which manages its transactions. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public void update(java.util.function.Consumer<org.apache.jena.query.Dataset> action) {
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.wrap(dsg);
        Txn.executeWrite(ds, () -> action.accept(ds));
    }

    @Override
    public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        Txn.executeWrite(dsg, () -> replaceInTransaction(graphIri, writer));
    }

    @Override
    public void writeBatch(Consumer<GraphBatch> work) {
        Dataset ds = DatasetFactory.wrap(dsg);
        Txn.executeWrite(dsg, () -> work.accept(new GraphBatch() {
            @Override
            public Dataset dataset() {
                return ds;
            }

            @Override
            public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
                replaceInTransaction(graphIri, writer);
            }
        }));
    }

    private void replaceInTransaction(String graphIri, Consumer<StreamRDF> writer) {
        dsg.removeGraph(NodeFactory.createURI(graphIri));
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        sink.start();
        writer.accept(sink);
        sink.finish();
    }

    @Override
    public boolean dropGraph(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.containsGraph(g);
            dsg.removeGraph(g);
            return had;
        });
    }

    @Override
    public Optional<String> textHash(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(g, g, Vocab.SHA256, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        Dataset ds = DatasetFactory.wrap(dsg);
        ds.begin(ReadWrite.READ);
        try {
            return action.apply(ds);
        } finally {
            ds.end();
        }
    }

    /**
     * Compacts the store: TDB2 writes each transaction's changes next to the old data, so replaced graphs and
     * many small transactions leave dead space behind. Compaction copies the live data into a new generation
     * and deletes the old one. Needs no other user of the store.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}
