package org.newskg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.NewskgException;
import org.newskg.app.Progress;
import org.newskg.bench.BenchConfig;
import org.newskg.bench.BenchReport;
import org.newskg.bench.Benchmark;
import org.newskg.bench.Measurements;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg bench}: newskg against bare CoreNLP and tdb2.tdbloader on the same articles, as ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark newskg against bare CoreNLP (same annotators) and Jena's tdb2.tdbloader, on the "
                + "same articles and machine: throughput on 1 and N threads, cold start, peak memory, bulk "
                + "load, and the example queries' latency. Each step runs in a fresh JVM with the same heap. "
                + "Prints a markdown table of figures and ratios. Takes about 20 minutes with the defaults: "
                + "a shorter run is timed while the JIT compiler is still busy with CoreNLP, and its "
                + "two-thread figure varies from run to run."},
        footer = {"", "Examples:", "  newskg bench                                   # 300 articles of ../shared/corpus/bbc",
                "  newskg bench --articles 100 -o bench.md ~/news/"})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    LoggingMixin common;

    @Parameters(arity = "0..1", paramLabel = "FOLDER",
            description = "Articles to sample (default: ../shared/corpus/bbc beside $NEWSKG_HOME).")
    Path corpus;

    @Option(names = "--articles", defaultValue = "300", paramLabel = "N", description = "Sample size (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: the number of cores).")
    Integer threads;

    @Option(names = "--warmup", defaultValue = "60", paramLabel = "N",
            description = "Articles analysed before throughput is timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--query-runs", defaultValue = "20", paramLabel = "N",
            description = "Timed runs of each example query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--nquads", paramLabel = "FILE",
            description = "N-Quads file for the bulk-load comparison (default: the sample's own graphs).")
    Path nquads;

    @Option(names = "--work", paramLabel = "DIR", description = "Where stores and logs go (default: a new folder in target/bench).")
    Path work;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the markdown report here.")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path home = Path.of(System.getenv().getOrDefault("NEWSKG_HOME", "."));
        if (articles < 2 || warmup < 1 || queryRuns < 1) {
            throw NewskgException.usage("--articles must be at least 2, --warmup and --query-runs at least 1");
        }
        Path dir = work != null ? work : home.resolve("target/bench/run-" + System.currentTimeMillis());
        if (Files.exists(dir.resolve("store-1"))) {
            throw NewskgException.usage(dir + ": holds a previous run; give a new --work folder");
        }
        BenchConfig config = new BenchConfig(corpus != null ? corpus : home.resolve("../shared/corpus/bbc").normalize(),
                articles, Threads.orCores(threads), warmup, queryRuns,
                home.resolve("queries"), nquads, dir.toAbsolutePath());
        Progress progress = new Progress(spec.commandLine().getErr(), common.quiet);
        Measurements m = new Benchmark(config, progress).run();
        String report = BenchReport.markdown(m, BenchReport.machine());
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        if (output != null) {
            try {
                Files.writeString(output, report);
            } catch (IOException e) {
                throw new UncheckedIOException(output + ": cannot write the report", e);
            }
        }
        return 0;
    }
}
