package org.newskg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.newskg.query.QueryService;
import org.newskg.query.ResultFormat;
import org.newskg.store.KgStore;

/** Runs each example query once to warm up, then {@code runs} times, written out as a table would be. */
public final class QueryLatency {
    /** Median and 95th percentile in milliseconds, and the rows the query returns. */
    public record Stats(double medianMs, double p95Ms, long rows) {
    }

    private QueryLatency() {
    }

    static Map<String, Stats> measure(KgStore store, Path folder, int runs) {
        QueryService service = new QueryService(store, 60);
        Map<String, Stats> stats = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (Path file : queryFiles(folder)) {
            Query q = QueryService.parse(read(file), file.toString());
            long rows = service.run(q, ResultFormat.table, OutputStream.nullOutputStream(), 0);
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                service.run(q, ResultFormat.table, OutputStream.nullOutputStream(), 0);
                ms[i] = (System.nanoTime() - t) / 1e6;
                all.add(ms[i]);
            }
            stats.put(file.getFileName().toString(), summarize(ms, rows));
        }
        if (!all.isEmpty()) {
            stats.put("all queries", summarize(all.stream().mapToDouble(Double::doubleValue).toArray(), -1));
        }
        return stats;
    }

    static Stats summarize(double[] ms, long rows) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return new Stats(percentile(s, 0.5), percentile(s, 0.95), rows);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static List<Path> queryFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list queries", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
