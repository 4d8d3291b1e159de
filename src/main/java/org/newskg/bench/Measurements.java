package org.newskg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark measured, and the ratios the targets are stated in. {@code coresBusy}: the average
 * number of cores each run kept busy (CPU time over wall time) for bare CoreNLP, 1 thread and N threads.
 * {@code stages}: nanoseconds per CoreNLP annotator and newskg stage over the whole sample, bare CoreNLP's
 * and newskg's with one thread ({@code {bare, newskg}}; 0 where a run has no such stage).
 */
public record Measurements(int articles, long tokens, int threads,
                    double bareTokensPerSecond, double oneThreadTokensPerSecond, double manyThreadsTokensPerSecond,
                    double bareConstructSeconds, double coldStartSeconds,
                    long barePeakRss, long onePeakRss, long manyPeakRss, double[] coresBusy,
                    long quads, double loadSeconds, double tdbloaderSeconds,
                    Map<String, QueryLatency.Stats> queries, Map<String, long[]> stages) {

    /** One row of the summary table: a measure, newskg's figure, the baseline's, their ratio and the target. */
    record Row(String measure, String newskg, String baseline, double ratio, String target, boolean met) {
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        double e2e = oneThreadTokensPerSecond / bareTokensPerSecond;
        rows.add(new Row("Throughput, 1 thread (tokens/s after warm-up)", f0(oneThreadTokensPerSecond),
                "bare CoreNLP " + f0(bareTokensPerSecond), e2e, "≥ 2.0", e2e >= 2.0));
        double scale = manyThreadsTokensPerSecond / oneThreadTokensPerSecond;
        rows.add(new Row("Throughput, " + threads + " threads (tokens/s)", f0(manyThreadsTokensPerSecond),
                "newskg, 1 thread " + f0(oneThreadTokensPerSecond), scale, "≥ 1.8 (2 threads)", scale >= 1.8));
        double cold = coldStartSeconds / bareConstructSeconds;
        rows.add(new Row("Cold start: process start to first article stored (s)", f1(coldStartSeconds),
                "bare pipeline construction " + f1(bareConstructSeconds), cold, "≤ 0.3", cold <= 0.3));
        double mem = (double) onePeakRss / barePeakRss;
        rows.add(new Row("Peak memory, 1 thread (RSS)", gb(onePeakRss), "bare CoreNLP " + gb(barePeakRss), mem,
                "≤ 0.6", mem <= 0.6));
        double load = tdbloaderSeconds / loadSeconds;
        rows.add(new Row(String.format("TDB2 bulk load of %,d quads (quads/s)", quads), f0(quads / loadSeconds),
                "tdb2.tdbloader " + f0(quads / tdbloaderSeconds), load, "≥ 0.8", load >= 0.8));
        return rows;
    }

    static String f0(double v) {
        return String.format("%,.0f", v);
    }

    static String f1(double v) {
        return String.format("%.1f", v);
    }

    static String gb(long bytes) {
        return String.format("%.2f GB", bytes / 1e9);
    }
}
