package org.newskg.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

import org.newskg.NewskgException;
import org.newskg.extraction.Extraction;
import org.newskg.source.Article;
import org.newskg.source.ArticleReader;
import org.newskg.source.ArticleSink;
import org.newskg.source.ReadProblem;

/**
 * Reads the inputs, analyses each article (on {@code threads} threads sharing one pipeline) and hands each
 * extraction, in input order, to a consumer on the calling thread. A bad article is reported and the batch
 * goes on.
 */
public final class BatchRunner {
    /** Receives each extraction, on the calling thread, in input order. */
    @FunctionalInterface
    public interface ExtractionConsumer {
        void accept(Extraction x);
    }

    private final ArticleReader reader;
    private final Function<Article, Extraction> analyzer;
    private final Progress progress;
    private final int threads;

    public BatchRunner(ArticleReader reader, Function<Article, Extraction> analyzer, Progress progress, int threads) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.progress = progress;
        this.threads = Math.max(1, threads);
    }

    /** Runs the batch; {@code skip} says which articles need no analysis (already stored unchanged). */
    public BatchResult run(List<String> inputs, Predicate<Article> skip, ExtractionConsumer consumer) {
        BatchResult result = new BatchResult();
        List<Article> articles = new ArrayList<>();
        reader.read(inputs, new ArticleSink() {
            @Override
            public void article(Article a) {
                articles.add(a);
            }

            @Override
            public void problem(ReadProblem p) {
                progress.problem(p.toString());
                result.failed(p.toString());
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            List<Article> todo = new ArrayList<>();
            for (Article a : articles) {
                if (skip.test(a)) {
                    progress.info(a.origin() + ": unchanged since it was stored; skipped (use --force to redo)");
                    result.unchanged();
                } else {
                    todo.add(a);
                    futures.add(pool.submit(() -> analyzer.apply(a)));
                }
            }
            for (int i = 0; i < todo.size(); i++) {
                deliver(todo.get(i), futures.get(i), i + 1, todo.size(), consumer, result);
            }
        } finally {
            pool.shutdownNow();
        }
        return result;
    }

    private void deliver(Article a, Future<Extraction> f, int n, int total, ExtractionConsumer consumer,
                         BatchResult result) {
        try {
            Extraction x = f.get();
            consumer.accept(x);
            result.done();
            progress.info(String.format("[%d/%d] %s: %d entities, %d facts, %d events, %d quotes", n, total,
                    a.origin(), x.entities().size(), x.relations().size(), x.events().size(), x.quotes().size()));
        } catch (ExecutionException e) {
            String msg = a.origin() + ": " + describe(e.getCause());
            progress.problem(msg);
            result.failed(msg);
        } catch (NewskgException e) {
            String msg = a.origin() + ": " + e.getMessage();
            progress.problem(msg);
            result.failed(msg);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewskgException("interrupted");
        }
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
