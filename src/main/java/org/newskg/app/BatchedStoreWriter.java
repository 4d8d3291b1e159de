package org.newskg.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.newskg.NewskgException;
import org.newskg.extraction.Extraction;
import org.newskg.store.StoreException;

/**
 * Groups stored articles into transactions: the first article is committed at once (so a new store shows
 * something early), later ones when {@code maxArticles} are waiting or the oldest has waited
 * {@code maxDelay}, and the rest on {@link #close()}. Fewer commits make a TDB2 store load faster and grow
 * less; a killed run loses at most the waiting articles, never part of one, and a rerun redoes them.
 */
public final class BatchedStoreWriter implements BatchRunner.ExtractionConsumer, AutoCloseable {
    private final StoreIngestor ingestor;
    private final int maxArticles;
    private final long maxDelayNanos;
    private final LongSupplier clock;
    private final List<Extraction> waiting = new ArrayList<>();
    private long oldest;
    private boolean committedOnce;

    public BatchedStoreWriter(StoreIngestor ingestor, int maxArticles, Duration maxDelay) {
        this(ingestor, maxArticles, maxDelay, System::nanoTime);
    }

    BatchedStoreWriter(StoreIngestor ingestor, int maxArticles, Duration maxDelay, LongSupplier clock) {
        this.ingestor = ingestor;
        this.maxArticles = Math.max(1, maxArticles);
        this.maxDelayNanos = maxDelay.toNanos();
        this.clock = clock;
    }

    @Override
    public void accept(Extraction x) {
        long now = clock.getAsLong();
        if (waiting.isEmpty()) {
            oldest = now;
        }
        waiting.add(x);
        if (!committedOnce || waiting.size() >= maxArticles || now - oldest >= maxDelayNanos) {
            flush();
        }
    }

    /** Commits the waiting articles; if the batch fails, each is tried alone so one bad article loses only itself. */
    public void flush() {
        if (waiting.isEmpty()) {
            return;
        }
        List<Extraction> batch = List.copyOf(waiting);
        waiting.clear();
        committedOnce = true;
        try {
            ingestor.putAll(batch);
        } catch (StoreException storeFailed) {
            throw storeFailed; // the store cannot take any more: no article of the batch would be stored alone
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1) {
                throw batchFailure;
            }
            List<String> failed = new ArrayList<>();
            for (Extraction x : batch) {
                try {
                    ingestor.put(x);
                } catch (RuntimeException e) {
                    failed.add(x.article().origin() + " (" + e.getMessage() + ")");
                }
            }
            if (!failed.isEmpty()) {
                throw new NewskgException("not stored: " + String.join("; ", failed));
            }
        }
    }

    /** The number of articles analysed but not yet committed. */
    public int waiting() {
        return waiting.size();
    }

    @Override
    public void close() {
        flush();
    }
}
