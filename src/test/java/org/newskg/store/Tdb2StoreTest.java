package org.newskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;
import org.newskg.app.StoreIngestor;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.Article;

class Tdb2StoreTest {
    private final ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));

    private static DatasetGraph snapshot(Tdb2Store store) {
        return store.read(ds -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test
    void reingestLeavesTheSameStore(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("kg"))) {
            StoreIngestor ingestor = new StoreIngestor(store, mapper, false);
            assertThat(ingestor.unchanged(TestData.article())).isFalse();
            ingestor.put(TestData.extraction());
            DatasetGraph first = snapshot(store);
            assertThat(ingestor.unchanged(TestData.article())).isTrue();
            new StoreIngestor(store, mapper, true).put(TestData.extraction());
            assertThat(IsoMatcher.isomorphic(first, snapshot(store))).isTrue();
        }
    }

    @Test
    void compactionKeepsTheDataAndDropsTheOldGeneration(@TempDir Path dir) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("kg"))) {
            StoreIngestor forced = new StoreIngestor(store, mapper, true);
            for (int i = 0; i < 5; i++) {
                forced.put(TestData.extraction());
            }
            DatasetGraph before = snapshot(store);
            store.compact();
            assertThat(IsoMatcher.isomorphic(before, snapshot(store))).isTrue();
            try (var files = java.nio.file.Files.list(dir.resolve("kg"))) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")))
                        .containsExactly("Data-0002");
            }
        }
    }

    @Test
    void changedArticleReplacesItsGraphAndKeepsOthers(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("kg"))) {
            StoreIngestor ingestor = new StoreIngestor(store, mapper, false);
            Article other = new Article("o.txt", TestData.TEXT, "x", null, "https://example.org/other");
            ingestor.put(TestData.extraction());
            ingestor.put(TestData.extraction(other));
            long before = snapshot(store).stream().count();
            ingestor.put(TestData.extraction(other));
            assertThat(snapshot(store).stream().count()).isEqualTo(before);
            assertThat(store.dropGraph(mapper.iris().articleIri(other))).isTrue();
            assertThat(snapshot(store).stream().count()).isLessThan(before);
            assertThat(store.textHash(mapper.iris().articleIri(TestData.article()))).isPresent();
        }
    }

    @Test
    void sameEntityInTwoArticlesHasOneIri(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("kg"))) {
            StoreIngestor ingestor = new StoreIngestor(store, mapper, false);
            ingestor.put(TestData.extraction());
            ingestor.put(TestData.extraction(new Article("o.txt", TestData.TEXT, "x", null, "https://example.org/b")));
            long people = store.read(ds -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(ds)
                        .query("SELECT DISTINCT ?p { ?p a <http://schema.org/Person> }").build()) {
                    return (long) org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect());
                }
            });
            assertThat(people).isEqualTo(1);
        }
    }

    @Test
    void aSecondProcessIsToldTheStoreIsInUse(@TempDir Path dir) throws Exception {
        Path kg = dir.resolve("kg");
        try (Tdb2Store store = Tdb2Store.open(kg)) {
            new StoreIngestor(store, mapper, false).put(TestData.extraction());
            org.newskg.ChildProcess other = org.newskg.ChildProcess.start("256m", "query", "--store", kg.toString(),
                    "-e", "ASK {}");
            assertThat(other.exitCode(60)).isEqualTo(1);
            assertThat(other.output()).contains(kg + ": the store is in use by another process (pid "
                    + ProcessHandle.current().pid() + ")").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
