package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
import org.newskg.rdf.Vocab;

/**
 * A TDB2 store in a folder. Every change is one transaction, so a crash never leaves half an article.
 *
 * <p>The store's files are checked against the manifest newskg wrote when it last closed the store
 * ({@link StoreManifest}) before TDB2 reads them, so a damaged store is refused with one message rather than
 * read as data. A store opened for writing is marked as being written, and its manifest is made again when
 * it is closed. A write that fails (a full disk above all) undoes its transaction, leaves what was
 * committed before as it was, and ends the writing with one message.
 */
public final class Tdb2Store implements KgStore {
    /** Whether a command may change the store. */
    public enum Mode { READ, WRITE }

    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");
    private final Path dir;
    private final DatasetGraph dsg;
    private final Mode mode;
    private boolean failed;

    private Tdb2Store(Path dir, DatasetGraph dsg, Mode mode) {
        this.dir = dir;
        this.dsg = dsg;
        this.mode = mode;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens for writing, creating the store if needed. */
    public static Tdb2Store open(Path dir) {
        return open(dir, Mode.WRITE, true);
    }

    /** Opens an existing store for reading; a missing one is an error rather than a new empty store. */
    public static Tdb2Store openExisting(Path dir) {
        return open(dir, Mode.READ, false);
    }

    /** Opens an existing store; {@code mode} says whether this command may write to it. */
    public static Tdb2Store open(Path dir, Mode mode, boolean create) {
        if (!create && !Files.isDirectory(dir)) {
            throw new StoreException(dir, "no store here; create one with: newskg ingest --store " + dir + " INPUT...");
        }
        refuseForeignFolder(dir);
        Optional<StoreManifest> manifest = StoreManifest.read(dir);
        if (manifest.isPresent() && manifest.get().clean()) {
            List<String> differences = manifest.get().differences(dir);
            if (!differences.isEmpty()) {
                throw StoreException.changedSinceClosed(dir, String.join("; ", differences.subList(0, Math.min(3,
                        differences.size()))) + (differences.size() > 3 ? "; ..." : ""));
            }
        }
        DatasetGraph dsg = connect(dir);
        Tdb2Store store = new Tdb2Store(dir, dsg, mode);
        if (mode == Mode.WRITE) {
            StoreManifest.markWriting(dir);
        } else if (manifest.isEmpty() || !manifest.get().clean()) {
            // recovered after a crash, or made by an older newskg: read it all once, then record its files
            try {
                StoreScan.verify(dir, dsg);
            } catch (StoreException e) {
                TDBInternal.expel(dsg);
                throw e;
            }
            StoreManifest.compute(dir).write(dir);
        }
        return store;
    }

    /** A folder with other things in it is not taken over as a store: TDB2 would write its files among them. */
    private static void refuseForeignFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            boolean tdb = names.stream().anyMatch(n -> n.startsWith("Data-") || n.equals("tdb.lock")
                    || n.equals(StoreManifest.NAME));
            if (!names.isEmpty() && !tdb) {
                throw new StoreException(dir, "this folder is not a newskg store and is not empty (it holds "
                        + names.size() + " other entries); give --store a new or empty folder");
            }
        } catch (IOException e) {
            throw new StoreException(dir, "cannot read the store folder: " + e.getMessage(), e);
        }
    }

    private static DatasetGraph connect(Path dir) {
        try {
            Files.createDirectories(dir);
            return DatabaseMgr.connectDatasetGraph(Location.create(dir));
        } catch (IOException e) {
            throw new StoreException(dir, "cannot create the store folder: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            Matcher pid = HELD_BY.matcher(String.valueOf(e.getMessage()));
            if (pid.find()) {
                throw new StoreException(dir, "the store is in use by another process (pid " + pid.group(1)
                        + "), such as a running newskg ingest or serve; wait for it to end or stop it, then try again",
                        e);
            }
            throw StoreException.damaged(dir, "TDB2 cannot open it: " + WriteFailure.describe(e), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The TDB2 dataset itself (union default graph), for the SPARQL server, which manages its transactions. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public void update(Consumer<Dataset> action) {
        Dataset ds = DatasetFactory.wrap(dsg);
        writing(() -> {
            Txn.executeWrite(ds, () -> action.accept(ds));
            return null;
        });
    }

    @Override
    public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        writing(() -> {
            Txn.executeWrite(dsg, () -> replaceInTransaction(graphIri, writer));
            return null;
        });
    }

    @Override
    public void writeBatch(Consumer<GraphBatch> work) {
        Dataset ds = DatasetFactory.wrap(dsg);
        writing(() -> {
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
            return null;
        });
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
        return writing(() -> Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.containsGraph(g);
            dsg.removeGraph(g);
            return had;
        }));
    }

    /**
     * Runs a write. A failure of the disk or the files (a full disk, a mapped page that could not be written)
     * ends all writing through this store: its transaction was undone, and what the store held before it
     * stays as it was. Failures of the work itself pass through.
     */
    <T> T writing(Supplier<T> write) {
        if (mode != Mode.WRITE) {
            throw new StoreException(dir, "opened for reading only");
        }
        if (failed) {
            throw new StoreException(dir, "writing stopped after an earlier failure");
        }
        try {
            return write.get();
        } catch (RuntimeException | InternalError e) {
            WriteFailure f = WriteFailure.of(dir, e);
            if (f == null) {
                throw e;
            }
            failed = true;
            throw f.exception();
        }
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
        } catch (org.apache.jena.tdb2.TDBException e) {
            // a node or index that the checks at open could not see (damaged before they were recorded)
            throw StoreException.damaged(dir, "its data cannot be read: " + WriteFailure.describe(e), e);
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
        writing(() -> {
            DatabaseMgr.compact(dsg, true);
            return null;
        });
    }

    /** Closes the store; after writing, records its files in the manifest, unless a write failed. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
        if (mode == Mode.WRITE && !failed) {
            StoreManifest.compute(dir).write(dir);
        }
    }
}
