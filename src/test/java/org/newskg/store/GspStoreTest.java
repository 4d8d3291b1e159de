package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newskg.NewskgException;
import org.newskg.TestData;
import org.newskg.app.StoreIngestor;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;

/** Ingesting into a real Fuseki, started on loopback by the test, through the Graph Store Protocol. */
class GspStoreTest {
    private final ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));

    private static long size(DatasetGraph dsg, String graph) {
        return Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(graph)).size());
    }

    @Test
    void articlesArriveAsWholeNamedGraphsAndRerunsReplaceThem() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true)
                .add("/ds", DataService.newBuilder(remote).addEndpoint(Operation.GSP_RW, "data").build()).start();
        try (GspStore store = new GspStore("http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/data")) {
            String graph = mapper.iris().articleIri(TestData.article());
            StoreIngestor ingestor = new StoreIngestor(store, mapper, false);
            assertThat(ingestor.unchanged(TestData.article())).isFalse();
            ingestor.put(TestData.extraction());
            long first = size(remote, graph);
            assertThat(first).isGreaterThan(50);
            assertThat(ingestor.unchanged(TestData.article())).isTrue();
            new StoreIngestor(store, mapper, true).put(TestData.extraction());
            assertThat(size(remote, graph)).isEqualTo(first);
            assertThat(store.dropGraph(graph)).isTrue();
            assertThat(size(remote, graph)).isZero();
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void badOrUnreachableEndpointsAreNamed() {
        assertThatThrownBy(() -> new GspStore("ftp://x")).isInstanceOf(NewskgException.class)
                .hasMessageContaining("--endpoint must be an http");
        try (GspStore store = new GspStore("http://127.0.0.1:9/ds/data")) {
            assertThatThrownBy(() -> new StoreIngestor(store, mapper, true).put(TestData.extraction()))
                    .isInstanceOf(NewskgException.class).hasMessageContaining("http://127.0.0.1:9/ds/data");
        }
    }
}
