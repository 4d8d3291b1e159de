package org.newskg.app;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.newskg.NewskgException;
import org.newskg.extraction.Extraction;
import org.newskg.source.Article;
import org.newskg.source.ArticleReader;
import org.newskg.source.ArticleSink;
import org.newskg.source.ReadProblem;
import org.newskg.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the inputs as a stream, analyses each article on up to {@code threads} threads sharing one pipeline,
 * and hands each extraction, in input order, to a consumer on the calling thread. Up to {@link #AHEAD}
 * articles per thread are on their way at once: with fewer, a long article at the head of the line would
 * leave the other threads idle once they had finished the few articles behind it. Analyses start in input
 * order, so the article awaited is always one that has started or is next to. An article whose analysis
 * takes longer than the time limit (counted from the start of its analysis, not from its wait for a thread)
 * is given up and its thread permit handed on, even if its thread cannot be stopped; a bad input is
 * reported; the batch goes on either way.
 */
public final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    /** Articles on their way per thread: enough to cover an article several times longer than the others. */
    static final int AHEAD = 8;
    private static final long NOT_STARTED = Long.MIN_VALUE;
    private static final long WAITING_POLL = TimeUnit.MILLISECONDS.toNanos(200);

    /** Receives each extraction, on the calling thread, in input order. */
    @FunctionalInterface
    public interface ExtractionConsumer {
        void accept(Extraction x);
    }

    private final ArticleReader reader;
    private final Supplier<Function<Article, Extraction>> analyzer;
    private final Progress progress;
    private final int threads;
    private final Duration timeLimit;
    private final Semaphore permits;

    /**
     * @param analyzer  gives the analyser; called once, when the first article needs it, so that loading the
     *                  models does not count against the first article's time limit
     * @param timeLimit the longest one article may take
     */
    public BatchRunner(ArticleReader reader, Supplier<Function<Article, Extraction>> analyzer, Progress progress,
                       int threads, Duration timeLimit) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.progress = progress;
        this.threads = Math.max(1, threads);
        this.timeLimit = timeLimit;
        this.permits = new Semaphore(this.threads);
    }

    /** Runs the batch; {@code skip} says which articles need no analysis (already stored unchanged). */
    public BatchResult run(List<String> inputs, Predicate<Article> skip, ExtractionConsumer consumer) {
        return run(sink -> reader.read(inputs, sink), skip, consumer);
    }

    /** Runs the batch over what {@code source} reads into the sink it is given (a request body, say). */
    public BatchResult run(Consumer<ArticleSink> source, Predicate<Article> skip, ExtractionConsumer consumer) {
        BatchResult result = new BatchResult();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newskg-analysis");
            t.setDaemon(true);
            return t;
        });
        // takes a thread permit for each article in input order, then starts it on the pool
        ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newskg-dispatch");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> inFlight = new ArrayDeque<>();
        Function<Article, Extraction>[] analyse = new Function[1];
        int[] seen = {0};
        try {
            source.accept(new ArticleSink() {
                @Override
                public void article(Article a) {
                    result.read();
                    if (skip.test(a)) {
                        progress.article(a.origin() + ": unchanged since it was stored; skipped (use --force to redo)");
                        result.unchanged();
                        return;
                    }
                    if (analyse[0] == null) {
                        analyse[0] = analyzer.get();
                    }
                    while (inFlight.size() >= AHEAD * threads) {
                        deliver(inFlight.removeFirst(), consumer, result);
                    }
                    Function<Article, Extraction> f = analyse[0];
                    AtomicBoolean released = new AtomicBoolean();
                    AtomicLong started = new AtomicLong(NOT_STARTED);
                    FutureTask<Extraction> task = new FutureTask<>(() -> f.apply(a));
                    dispatcher.execute(() -> {
                        try {
                            permits.acquire();
                        } catch (InterruptedException e) {
                            return; // the batch is over
                        }
                        started.set(System.nanoTime());
                        progress.started();
                        pool.execute(() -> {
                            try {
                                task.run(); // does nothing if the task was cancelled meanwhile
                            } finally {
                                if (released.compareAndSet(false, true)) {
                                    permits.release();
                                }
                            }
                        });
                    });
                    inFlight.addLast(new Pending(a, ++seen[0], task, started, released));
                }

                @Override
                public void problem(ReadProblem p) {
                    result.read();
                    progress.problem(p.toString());
                    progress.article(null);
                    if (p.skipped()) {
                        result.skipped(p.reason());
                    } else {
                        result.failed(p.reason(), p.toString());
                    }
                }
            });
            while (!inFlight.isEmpty()) {
                deliver(inFlight.removeFirst(), consumer, result);
            }
        } finally {
            dispatcher.shutdownNow();
            pool.shutdownNow();
        }
        return result;
    }

    /**
     * An article on its way: {@code started} is when its analysis began ({@link #NOT_STARTED} while it waits
     * for a thread); {@code released} is set once its thread permit is given back.
     */
    private record Pending(Article article, int n, Future<Extraction> future, AtomicLong started,
                           AtomicBoolean released) {
        /** Waits for the extraction; times out once the analysis has run for {@code limit}. */
        Extraction await(Duration limit) throws InterruptedException, ExecutionException, TimeoutException {
            while (true) {
                if (future.isDone()) {
                    return future.get();
                }
                long start = started.get();
                long left = start == NOT_STARTED ? WAITING_POLL : limit.toNanos() - (System.nanoTime() - start);
                if (left <= 0) {
                    throw new TimeoutException();
                }
                try {
                    return future.get(left, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // still waiting for a thread, or the limit is checked on the next turn
                }
            }
        }
    }

    private void deliver(Pending p, ExtractionConsumer consumer, BatchResult result) {
        Article a = p.article();
        try {
            Extraction x = p.await(timeLimit);
            consumer.accept(x);
            result.done();
            progress.article(String.format("[%d] %s: %d entities, %d facts, %d events, %d quotes", p.n(), a.origin(),
                    x.entities().size(), x.relations().size(), x.events().size(), x.quotes().size()));
        } catch (TimeoutException e) {
            p.future().cancel(true);
            if (p.released().compareAndSet(false, true)) {
                permits.release(); // a stuck analysis must not keep the other articles waiting
            }
            fail(result, "time limit", a.origin() + ": analysis took longer than " + timeLimit.toSeconds()
                    + " s; given up (raise --time-limit, or split the article)");
        } catch (ExecutionException e) {
            LOG.info("{}: analysis failed", a.origin(), e.getCause()); // the stack trace, shown with -v
            fail(result, "analysis failed", a.origin() + ": " + describe(e.getCause()));
        } catch (StoreException e) {
            throw e; // the store failed (a full disk): the rest of the batch cannot be stored either
        } catch (NewskgException e) {
            fail(result, "not stored", a.origin() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewskgException("interrupted");
        }
    }

    private void fail(BatchResult result, String reason, String message) {
        progress.problem(message);
        progress.article(null);
        result.failed(reason, message);
    }

    private static String describe(Throwable t) {
        if (t instanceof NewskgException) {
            return t.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory while analysing; give Java more heap (NEWSKG_HEAP=10g)";
        }
        return "analysis failed: " + t;
    }
}
