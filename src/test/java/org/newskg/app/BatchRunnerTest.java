package org.newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newskg.TestData;
import org.newskg.extraction.Extraction;
import org.newskg.source.Article;

/** The batch runner's scheduling, with a stand-in analyser: order, parallelism behind a long article, limits. */
class BatchRunnerTest {
    private final StringWriter log = new StringWriter();

    private static List<Article> articles(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new Article("a" + i + ".txt", TestData.TEXT + " " + i,
                "H" + i, LocalDate.of(2020, 8, 16), null)).toList();
    }

    private BatchResult run(int threads, Duration limit, List<Article> in, Function<Article, Extraction> analyse,
                            List<String> delivered) {
        BatchRunner runner = new BatchRunner(null, () -> analyse, new Progress(new PrintWriter(log, true), false),
                threads, limit);
        return runner.run(sink -> in.forEach(sink::article), a -> false,
                x -> delivered.add(x.article().origin()));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deliversInInputOrderWhateverOrderAnalysesFinishIn() {
        List<Article> in = articles(12);
        List<String> delivered = new ArrayList<>();
        BatchResult r = run(3, Duration.ofSeconds(30), in, a -> {
            sleep(a.origin().hashCode() % 2 == 0 ? 60 : 5);
            return TestData.extraction(a);
        }, delivered);
        assertThat(delivered).isEqualTo(in.stream().map(Article::origin).toList());
        assertThat(r.doneCount()).isEqualTo(12);
    }

    /**
     * While one thread is on a long first article, the other goes on through the articles behind it: the
     * first analysis finishes only once the tenth has begun, which needs more than a few articles in flight.
     */
    @Test
    void aLongArticleAtTheHeadDoesNotIdleTheOtherThread() throws InterruptedException {
        List<Article> in = articles(12);
        CountDownLatch tenthStarted = new CountDownLatch(1);
        boolean[] overlapped = {false};
        List<String> delivered = new ArrayList<>();
        run(2, Duration.ofSeconds(60), in, a -> {
            if (a.origin().equals("a10.txt")) {
                tenthStarted.countDown();
            }
            if (a.origin().equals("a1.txt")) {
                try {
                    overlapped[0] = tenthStarted.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return TestData.extraction(a);
        }, delivered);
        assertThat(overlapped[0]).as("the 10th article's analysis began while the 1st was still running").isTrue();
        assertThat(delivered).hasSize(12).startsWith("a1.txt", "a2.txt");
    }

    /** The limit is for the analysis itself: articles queued behind others for a thread are not timed out. */
    @Test
    void theTimeLimitCountsFromTheStartOfTheAnalysis() {
        List<Article> in = articles(8);
        List<String> delivered = new ArrayList<>();
        BatchResult r = run(1, Duration.ofSeconds(3), in, a -> {
            sleep(a.origin().equals("a3.txt") ? 30_000 : 600); // the 8th waits 7 s for its thread
            return TestData.extraction(a);
        }, delivered);
        assertThat(delivered).as(log.toString()).containsExactly("a1.txt", "a2.txt", "a4.txt", "a5.txt", "a6.txt",
                "a7.txt", "a8.txt");
        assertThat(r.failures()).hasSize(1);
        assertThat(log.toString()).contains("a3.txt: analysis took longer than 3 s; given up");
        assertThat(r.doneCount()).isEqualTo(7);
    }

    /** An analysis that ignores interruption keeps its thread, but not its permit: the batch goes on. */
    @Test
    void aStuckAnalysisHandsOnItsThreadPermit() {
        List<Article> in = articles(4);
        List<String> delivered = new ArrayList<>();
        long t0 = System.nanoTime();
        BatchResult r = run(1, Duration.ofSeconds(1), in, a -> {
            if (a.origin().equals("a2.txt")) {
                while (System.nanoTime() - t0 < 6_000_000_000L) {
                    Thread.onSpinWait(); // deaf to interrupts, like a runaway loop
                }
            }
            return TestData.extraction(a);
        }, delivered);
        assertThat(delivered).containsExactly("a1.txt", "a3.txt", "a4.txt");
        assertThat(r.failures()).hasSize(1);
        assertThat(System.nanoTime() - t0).as("did not wait for the stuck thread").isLessThan(5_000_000_000L);
    }

    @Test
    void aFailingAnalysisIsReportedAndTheBatchGoesOn() {
        List<Article> in = articles(4);
        List<String> delivered = new ArrayList<>();
        BatchResult r = run(2, Duration.ofSeconds(30), in, a -> {
            if (a.origin().equals("a2.txt")) {
                throw new IllegalStateException("boom");
            }
            return TestData.extraction(a);
        }, delivered);
        assertThat(delivered).containsExactly("a1.txt", "a3.txt", "a4.txt");
        assertThat(log.toString()).contains("a2.txt: analysis failed: java.lang.IllegalStateException: boom");
        assertThat(r.failures()).hasSize(1);
    }
}
