package org.newskg.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Reads a whole TDB2 store once, for a store that has no manifest to compare with (made by an older newskg,
 * or recovered after a crash): every index must hold as many entries as the others of its table, and every
 * node they name must decode. Its cost grows with the store (seconds for a million quads); it runs before
 * such a store gets its manifest, and never again while the manifest holds.
 */
final class StoreScan {
    private StoreScan() {
    }

    static void verify(Path dir, DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        try {
            Txn.executeRead(dsg, () -> {
                NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
                check(dir, tdb.getQuadTable().getNodeTupleTable().getTupleTable(), nodes);
                check(dir, tdb.getTripleTable().getNodeTupleTable().getTupleTable(), nodes);
            });
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException | InternalError e) {
            throw StoreException.damaged(dir, "its data cannot be read: " + WriteFailure.describe(e), e);
        }
    }

    private static void check(Path dir, TupleTable table, NodeTable nodes) {
        long first = -1;
        Set<NodeId> decoded = new HashSet<>();
        for (TupleIndex index : table.getIndexes()) {
            long n = 0;
            for (Iterator<Tuple<NodeId>> it = index.all(); it.hasNext(); n++) {
                Tuple<NodeId> t = it.next();
                if (first < 0) {
                    // the first index names every node of the table: decode each once
                    for (int i = 0; i < t.len(); i++) {
                        NodeId id = t.get(i);
                        if (!id.isInline() && decoded.add(id) && nodes.getNodeForNodeId(id) == null) {
                            throw StoreException.damaged(dir, "index " + index.getName() + " names a node that is"
                                    + " not in the node table", null);
                        }
                    }
                }
            }
            if (first < 0) {
                first = n;
            } else if (n != first) {
                throw StoreException.damaged(dir, "index " + index.getName() + " holds " + n + " entries where the"
                        + " others hold " + first, null);
            }
        }
    }
}
