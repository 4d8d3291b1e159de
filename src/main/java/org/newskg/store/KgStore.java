package org.newskg.store;

import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Where article graphs are kept. Each article's triples live in the named graph whose name is the article
 * IRI; putting an article again replaces its graph; queries see the union of all graphs as the default graph.
 */
public interface KgStore extends AutoCloseable {

    /** Replaces the named graph {@code graphIri} with what {@code writer} streams, in one transaction. */
    void replaceGraph(String graphIri, Consumer<StreamRDF> writer);

    /**
     * Runs {@code work} as one unit of writing: in a local store one transaction, so that everything it
     * replaces is committed together or not at all, and each step sees what the earlier ones wrote. The
     * default replaces each graph on its own, for stores without transactions.
     */
    default void writeBatch(Consumer<GraphBatch> work) {
        work.accept(new GraphBatch() {
            @Override
            public Dataset dataset() {
                throw new UnsupportedOperationException("this store cannot be read");
            }

            @Override
            public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
                KgStore.this.replaceGraph(graphIri, writer);
            }
        });
    }

    /** What {@link #writeBatch} hands its work: the dataset as written so far, and graph replacement. */
    interface GraphBatch {
        Dataset dataset();

        void replaceGraph(String graphIri, Consumer<StreamRDF> writer);
    }

    /** Drops one article's graph; false when there was none. */
    boolean dropGraph(String graphIri);

    /** The {@code nkg:sha256} recorded for the article graph, if that graph exists. */
    Optional<String> textHash(String graphIri);

    /** True when {@link #read} works (a local store; a remote endpoint is written to only). */
    default boolean readable() {
        return true;
    }

    /** Runs {@code action} inside a read transaction on the dataset (union default graph in queries). */
    <T> T read(java.util.function.Function<Dataset, T> action);

    /** Runs {@code action} inside a write transaction; everything it changes is committed together or not at all. */
    void update(Consumer<Dataset> action);

    @Override
    void close();
}
