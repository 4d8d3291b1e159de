package org.newskg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;
import org.newskg.extraction.Extraction;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.Article;
import org.newskg.store.KgStore;
import org.newskg.store.Tdb2Store;

class BatchedStoreWriterTest {
    private static final ExtractionMapper MAPPER = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));
    private final long[] now = {0};

    private static Extraction article(int i) {
        return TestData.extraction(new Article("a" + i + ".txt", TestData.TEXT + " " + i, "H" + i,
                LocalDate.of(2020, 8, 16), null));
    }

    /** A write-only store that records each transaction's graphs; it fails on graphs named in {@code bad}. */
    private static final class RecordingStore implements KgStore {
        final List<List<String>> batches = new ArrayList<>();
        final List<String> bad = new ArrayList<>();
        private List<String> current;

        @Override
        public void writeBatch(Consumer<GraphBatch> work) {
            current = new ArrayList<>();
            KgStore.super.writeBatch(work);
            batches.add(current);
        }

        @Override
        public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
            if (bad.contains(graphIri)) {
                throw new IllegalStateException("disk full");
            }
            current.add(graphIri);
        }

        @Override
        public boolean readable() {
            return false;
        }

        @Override
        public boolean dropGraph(String graphIri) {
            return false;
        }

        @Override
        public Optional<String> textHash(String graphIri) {
            return Optional.empty();
        }

        @Override
        public <T> T read(Function<Dataset, T> action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(Consumer<Dataset> action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    private static String iri(int i) {
        return MAPPER.iris().articleIri(article(i).article());
    }

    private BatchedStoreWriter writer(KgStore store) {
        return new BatchedStoreWriter(new StoreIngestor(store, MAPPER, true), 3, Duration.ofSeconds(5), () -> now[0]);
    }

    @Test
    void theFirstArticleIsCommittedAtOnceThenGroupsBySizeAndAge() {
        RecordingStore store = new RecordingStore();
        BatchedStoreWriter w = writer(store);
        w.accept(article(1));
        assertThat(store.batches).hasSize(1);
        w.accept(article(2));
        w.accept(article(3));
        assertThat(w.waiting()).isEqualTo(2);
        w.accept(article(4)); // three waiting: committed together
        assertThat(store.batches).hasSize(2);
        assertThat(store.batches.get(1)).hasSize(3);
        w.accept(article(5));
        now[0] += Duration.ofSeconds(6).toNanos();
        w.accept(article(6)); // the oldest waited too long
        assertThat(store.batches).hasSize(3);
        assertThat(store.batches.get(2)).hasSize(2);
        w.accept(article(7));
        w.close();
        assertThat(store.batches).hasSize(4);
        assertThat(store.batches.stream().mapToInt(List::size).sum()).isEqualTo(7);
    }

    @Test
    void aFailingBatchIsRetriedArticleByArticleAndNamesOnlyTheBadOne() {
        RecordingStore store = new RecordingStore();
        BatchedStoreWriter w = writer(store);
        w.accept(article(1));
        store.bad.add(iri(3));
        w.accept(article(2));
        w.accept(article(3));
        assertThatThrownBy(() -> w.accept(article(4))).hasMessageContaining("a3.txt").hasMessageNotContaining("a2.txt");
        List<String> stored = store.batches.stream().flatMap(List::stream).toList();
        assertThat(stored).containsExactly(iri(1), iri(2), iri(4));
    }

    @Test
    void aBatchInTdb2IsOneTransactionAndEveryArticleIsStored(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreIngestor ingestor = new StoreIngestor(store, MAPPER, false);
            try (BatchedStoreWriter w = new BatchedStoreWriter(ingestor, 10, Duration.ofMinutes(1))) {
                for (int i = 1; i <= 5; i++) {
                    w.accept(article(i));
                }
                assertThat(w.waiting()).isEqualTo(4);
            }
            for (int i = 1; i <= 5; i++) {
                assertThat(ingestor.unchanged(article(i).article())).isTrue();
            }
        }
    }
}
