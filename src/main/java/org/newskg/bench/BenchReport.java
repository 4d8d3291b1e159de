package org.newskg.bench;

import java.util.Map;

/** The benchmark's result as a markdown table, ready for the README. */
public final class BenchReport {
    private BenchReport() {
    }

    public static String markdown(Measurements m, String machine) {
        StringBuilder md = new StringBuilder();
        md.append(String.format("Sample: %d articles, %,d tokens. Machine: %s.%n%n", m.articles(), m.tokens(), machine));
        md.append("| Measure | newskg | Baseline | Ratio | Target | Met |\n|---|---:|---:|---:|---|---|\n");
        for (Measurements.Row r : m.rows()) {
            md.append(String.format("| %s | %s | %s | %.2f | %s | %s |%n", r.measure(), r.newskg(), r.baseline(),
                    r.ratio(), r.target(), r.met() ? "yes" : "**no**"));
        }
        md.append(String.format("%nPeak memory with %d threads: %s. Cores kept busy on average (CPU time / wall time, "
                + "model loading included): bare CoreNLP %.2f, newskg 1 thread %.2f, %d threads %.2f.%n%n", m.threads(),
                Measurements.gb(m.manyPeakRss()), m.coresBusy()[0], m.coresBusy()[1], m.threads(), m.coresBusy()[2]));
        if (!m.stages().isEmpty()) {
            md.append("| Annotator or stage (whole sample, warm-up included) | bare CoreNLP (s) | newskg, 1 thread (s) | newskg share |\n"
                    + "|---|---:|---:|---:|\n");
            long total = m.stages().values().stream().mapToLong(v -> v[1]).sum();
            for (Map.Entry<String, long[]> e : m.stages().entrySet()) {
                long[] v = e.getValue();
                md.append(String.format("| %s | %s | %s | %.1f %% |%n", e.getKey(), v[0] == 0 ? "" : String.format("%.1f", v[0] / 1e9),
                        v[1] == 0 ? "" : String.format("%.1f", v[1] / 1e9), total == 0 ? 0 : 100.0 * v[1] / total));
            }
            md.append('\n');
        }
        md.append("| Example query | Rows | Median (ms) | p95 (ms) |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, QueryLatency.Stats> e : m.queries().entrySet()) {
            QueryLatency.Stats s = e.getValue();
            md.append(String.format("| %s | %s | %.1f | %.1f |%n", e.getKey(), s.rows() < 0 ? "" : Long.toString(s.rows()),
                    s.medianMs(), s.p95Ms()));
        }
        return md.toString();
    }

    /** Cores, memory and Java of this machine, and the JVM flags every run gets, for the report's first line. */
    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        long mem = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        String flags = String.join(" ", ChildJvm.forwardedFlags().stream().filter(f -> !f.startsWith("-D")).toList());
        return String.format("%d cores, %.0f GB RAM, Java %s, heap %.1f GB; every run with %s", rt.availableProcessors(),
                mem / 1e9, System.getProperty("java.version"), rt.maxMemory() / 1e9, flags.isEmpty() ? "no JVM flags" : flags);
    }
}
