package org.newskg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.newskg.NewskgException;
import org.newskg.app.Progress;
import org.newskg.nlp.wikidict.WikiDictCache;
import org.newskg.store.Tdb2Store;

/**
 * One benchmark run: the same sample through bare CoreNLP and through {@code newskg ingest} with 1 and N
 * threads, each in a fresh JVM with the same heap; then a TDB2 bulk load against {@code tdb2.tdbloader} on
 * the same N-Quads, and the example queries' latency on the store the run built.
 */
public final class Benchmark {
    private static final Pattern STORED = Pattern.compile("^\\[\\d+\\] (.+): \\d+ entities, ");
    private static final String TDBLOADER = "tdb2.tdbloader";
    private static final String CLI = "org.newskg.cli.Main";

    private final BenchConfig config;
    private final Progress progress;

    public Benchmark(BenchConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    public Measurements run() {
        List<Path> sample = BenchSample.pick(config.corpus(), config.articles());
        if (sample.size() <= config.warmup()) {
            throw NewskgException.usage("the sample has " + sample.size() + " articles; it needs more than the "
                    + config.warmup() + " warm-up articles");
        }
        Path work = config.work();
        List<String> files = sample.stream().map(Path::toString).toList();
        write(work.resolve("sample.txt"), String.join("\n", files) + "\n");
        progress.info("Sample: " + sample.size() + " articles from " + config.corpus() + "; work folder " + work);
        progress.info("Entity-link index: " + WikiDictCache.shared().size() + " names, ready.");

        progress.info("1/5 bare CoreNLP (construct, then annotate the sample on one thread)...");
        ChildJvm.Run bareRun = child(BareCoreNlpProbe.class.getName(), List.of(work.resolve("sample.txt").toString()), "bare");
        Bare bare = Bare.of(bareRun, config.warmup());
        progress.info("2/5 newskg ingest, 1 thread...");
        ChildJvm.Run one = ingest(files, 1);
        progress.info("3/5 newskg ingest, " + config.threads() + " threads...");
        ChildJvm.Run many = ingest(files, config.threads());
        progress.info("4/5 TDB2 bulk load: newskg load against tdb2.tdbloader...");
        Load load = load();
        progress.info("5/5 example queries, " + config.queryRuns() + " runs each...");
        Map<String, QueryLatency.Stats> queries;
        try (Tdb2Store store = Tdb2Store.openExisting(work.resolve("store-1"))) {
            queries = QueryLatency.measure(store, config.queries(), config.queryRuns());
        }
        return new Measurements(sample.size(), bare.totalTokens(), config.threads(), bare.warmTokensPerSecond(),
                warmThroughput(one, bare.tokens()), warmThroughput(many, bare.tokens()), bare.constructNanos() / 1e9,
                firstStored(one) / 1e9, bareRun.peakRss(), one.peakRss(), many.peakRss(),
                new double[] {cores(bareRun), cores(one), cores(many)}, load.quads(),
                load.ours().wallNanos() / 1e9, load.jena().wallNanos() / 1e9, queries, stages(bareRun, one));
    }

    /** The "bench stage NAME NANOS" lines of the bare run and the 1-thread ingest, by stage: {bare, newskg}. */
    static Map<String, long[]> stages(ChildJvm.Run bare, ChildJvm.Run newskg) {
        Map<String, long[]> out = new java.util.LinkedHashMap<>();
        ChildJvm.Run[] runs = {bare, newskg};
        for (int i = 0; i < runs.length; i++) {
            for (ChildJvm.Line l : runs[i].matching(t -> t.startsWith("bench stage "))) {
                String[] f = l.text().split(" ");
                if (f.length == 4) {
                    out.computeIfAbsent(f[2], k -> new long[2])[i] += Long.parseLong(f[3]);
                }
            }
        }
        return out;
    }

    /**
     * What the bare CoreNLP probe printed: construction time, tokens per article (by origin), and the tokens
     * and annotation time of the articles after the warm-up ones.
     */
    private record Bare(long constructNanos, Map<String, Long> tokens, long warmTokens, long warmNanos) {
        static Bare of(ChildJvm.Run run, int warmup) {
            Map<String, Long> tokens = new HashMap<>();
            long construct = 0;
            long warmTokens = 0;
            long warmNanos = 0;
            int i = 0;
            for (ChildJvm.Line l : run.matching(t -> t.startsWith("bench construct ") || t.startsWith("bench article "))) {
                String[] f = l.text().split(" ", 5);
                if (f[1].equals("construct")) {
                    construct = Long.parseLong(f[2]);
                    continue;
                }
                tokens.put(f[4], Long.parseLong(f[2]));
                if (i++ >= warmup) {
                    warmTokens += Long.parseLong(f[2]);
                    warmNanos += Long.parseLong(f[3]);
                }
            }
            return new Bare(construct, tokens, warmTokens, warmNanos);
        }

        long totalTokens() {
            return tokens.values().stream().mapToLong(Long::longValue).sum();
        }

        double warmTokensPerSecond() {
            return warmTokens / (warmNanos / 1e9);
        }
    }

    /** The bulk-load comparison: how many quads, and the two loader runs. */
    private record Load(long quads, ChildJvm.Run ours, ChildJvm.Run jena) {
    }

    /** The same N-Quads (the 1-thread store's, or --nquads) through newskg load and through tdb2.tdbloader. */
    private Load load() {
        Path work = config.work();
        Path nq = config.nquads() != null ? config.nquads() : work.resolve("sample.nq");
        long quads = config.nquads() != null ? -1 : exportQuads(work.resolve("store-1"), nq);
        ChildJvm.Run ours = child(CLI, List.of("load", "--store", work.resolve("load-newskg").toString(), nq.toString()),
                "load-newskg");
        ChildJvm.Run jena = child(TDBLOADER, List.of("--loc", work.resolve("load-tdbloader").toString(), nq.toString()),
                "load-tdbloader");
        return new Load(quads < 0 ? loadedQuads(ours) : quads, ours, jena);
    }

    private ChildJvm.Run ingest(List<String> files, int threads) {
        List<String> args = new ArrayList<>(List.of("ingest", "--store", config.work().resolve("store-" + threads).toString(),
                "--threads", Integer.toString(threads)));
        args.addAll(files);
        ChildJvm.Run run = child(CLI, args, "ingest-" + threads);
        if (stored(run).size() != files.size()) {
            throw new NewskgException("ingest with " + threads + " thread(s) did not store every article; see "
                    + config.work().resolve("ingest-" + threads + ".log"));
        }
        return run;
    }

    private ChildJvm.Run child(String mainClass, List<String> args, String name) {
        Path log = config.work().resolve(name + ".log");
        ChildJvm.Run run = ChildJvm.run(mainClass, args, log);
        if (run.exit() != 0) {
            throw new NewskgException("benchmark step '" + name + "' failed (exit " + run.exit() + "); see " + log);
        }
        progress.info(String.format("   %s: %.1f s, %.2f cores busy on average, peak RSS %.2f GB", name,
                run.wallNanos() / 1e9, cores(run), run.peakRss() / 1e9));
        return run;
    }

    /** Tokens per second from the article after the warm-up ones was stored to the last one stored. */
    private double warmThroughput(ChildJvm.Run run, Map<String, Long> tokens) {
        List<ChildJvm.Line> stored = stored(run);
        ChildJvm.Line start = stored.get(config.warmup() - 1);
        long sum = 0;
        for (ChildJvm.Line l : stored.subList(config.warmup(), stored.size())) {
            Matcher m = STORED.matcher(l.text());
            m.find();
            sum += tokens.getOrDefault(m.group(1), 0L);
        }
        return sum / ((stored.get(stored.size() - 1).at() - start.at()) / 1e9);
    }

    private static double cores(ChildJvm.Run run) {
        return run.cpuSeconds() / (run.wallNanos() / 1e9);
    }

    private static long firstStored(ChildJvm.Run run) {
        return stored(run).get(0).at();
    }

    /** The lines in which ingest reports an article stored ("[N] ORIGIN: N entities, ..."). */
    private static List<ChildJvm.Line> stored(ChildJvm.Run run) {
        return run.matching(t -> STORED.matcher(t).find());
    }

    private static long loadedQuads(ChildJvm.Run run) {
        for (ChildJvm.Line l : run.lines()) {
            Matcher m = Pattern.compile("^Loaded ([\\d,]+) quads").matcher(l.text());
            if (m.find()) {
                return Long.parseLong(m.group(1).replace(",", ""));
            }
        }
        return 0;
    }

    /** Writes the store's quads as N-Quads; returns how many. */
    private static long exportQuads(Path storeDir, Path nq) {
        try (Tdb2Store store = Tdb2Store.openExisting(storeDir); OutputStream out = Files.newOutputStream(nq)) {
            var dsg = store.datasetGraph();
            return Txn.calculateRead(dsg, () -> {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                w.start();
                long n = 0;
                var it = dsg.find();
                while (it.hasNext()) {
                    w.quad(it.next());
                    n++;
                }
                w.finish();
                return n;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
