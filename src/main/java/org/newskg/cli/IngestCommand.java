package org.newskg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.NewskgException;
import org.newskg.app.AnalyzerFactory;
import org.newskg.app.BatchResult;
import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.StageTimes;
import org.newskg.app.BatchRunner;
import org.newskg.app.BatchedStoreWriter;
import org.newskg.app.Progress;
import org.newskg.app.StoreIngestor;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.source.ArticleReader;
import org.newskg.store.GspStore;
import org.newskg.store.KgStore;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg ingest}: articles into a TDB2 store, one named graph per article. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract articles into a TDB2 store (or a Graph Store Protocol endpoint): one named graph "
                + "per article, replaced when the article changes, skipped when it is stored unchanged. "
                + "Creates the store if needed. Articles are committed in groups every few seconds; a killed "
                + "run leaves whole articles only, and running it again finishes the rest."},
        footer = {"", "Examples:", "  newskg ingest --store graphs/news articles/",
                "  newskg ingest --store graphs/news --threads 2 --include '*.html' --exclude 'drafts/**' site/",
                "  newskg ingest --endpoint http://127.0.0.1:3030/ds/data dump.jsonl.gz"})
public final class IngestCommand implements Callable<Integer> {
    /** Articles are committed together once this many wait, or the oldest has waited this long. */
    static final int BATCH_ARTICLES = 64;
    static final Duration BATCH_DELAY = Duration.ofSeconds(5);

    static {
        System.setProperty("newskg.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Mixin
    LoggingMixin common;
    @Mixin
    InputOptions input;

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where the articles go: a local TDB2 store or a Graph Store Protocol endpoint. */
    static final class Target {
        @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
        Path store;

        @Option(names = "--endpoint", required = true, paramLabel = "URL",
                description = "A SPARQL 1.1 Graph Store Protocol endpoint (Fuseki's http://HOST:3030/DS/data, "
                        + "GraphDB, Virtuoso, ...): each article's graph is sent with one HTTP PUT.")
        String endpoint;
    }

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles analysed at once, sharing one pipeline (default: the number of cores, here "
                    + "${sys:newskg.cores}). Storing runs beside them on the command's own thread.")
    Integer threads;

    @Option(names = "--compact", description = "After storing, compact the TDB2 store: drop the space that replaced "
            + "graphs and past transactions left (a store of 2,094 BBC articles went from 3.0 GB to 351 MB in 14 s).")
    boolean compact;

    @Option(names = "--remove", description = "Remove the INPUT articles from the store instead of adding them (each "
            + "is found by its text, or its URL when it has one, as ingest named it) and update the happenings.")
    boolean remove;

    @Option(names = "--force", description = "Analyse and replace articles even when they are stored unchanged.")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles: files, folders, or - for standard input.")
    List<String> inputs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int threads = Threads.orCores(this.threads);
        if (compact && target.store == null) {
            throw NewskgException.usage("--compact works on a TDB2 --store, not on an --endpoint");
        }
        Progress progress = new Progress(spec.commandLine().getErr(), common.quiet);
        var reader = new ArticleReader(input.readOptions(), System.in);
        try (KgStore kg = target.store != null ? Tdb2Store.open(target.store) : new GspStore(target.endpoint)) {
            StoreIngestor ingestor = new StoreIngestor(kg, new ExtractionMapper(new Iris(input.base)), force);
            if (remove) {
                return remove(reader, ingestor, progress);
            }
            var runner = new BatchRunner(reader, () -> AnalyzerFactory.forBatch(progress), progress, threads,
                    input.timeLimit());
            BatchedStoreWriter writer = new BatchedStoreWriter(ingestor, BATCH_ARTICLES, BATCH_DELAY);
            progress.expect(reader.count(inputs));
            BatchResult result;
            try {
                result = runner.run(inputs, ingestor::unchanged, writer);
            } finally {
                progress.finish();
            }
            try {
                writer.flush();
            } catch (NewskgException e) {
                progress.problem(e.getMessage());
                result.failed("not stored", e.getMessage());
            }
            try {
                ingestor.refreshHappenings();
            } catch (NewskgException e) {
                progress.problem("the articles are stored, but the happenings were not updated: " + e.getMessage());
            }
            progress.info(result.summary("ingested") + " into "
                    + (target.store != null ? target.store : target.endpoint));
            if (compact) {
                long t0 = System.nanoTime();
                ((Tdb2Store) kg).compact();
                progress.info(String.format("Compacted %s in %.1f s.", target.store, (System.nanoTime() - t0) / 1e9));
            }
            printStageTimes();
            return result.failures().isEmpty() ? 0 : 1;
        }
    }

    /** For the benchmark ({@link StageTimes#PROPERTY}): "bench stage NAME NANOS" per annotator and stage. */
    private void printStageTimes() {
        if (!Boolean.getBoolean(StageTimes.PROPERTY)) {
            return;
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        if (NlpPipeline.isLoaded()) {
            NlpPipeline.shared().annotatorNanos().forEach((k, v) -> out.println("bench stage " + k + " " + v));
        }
        StageTimes.stages().forEach((k, v) -> out.println("bench stage newskg:" + k.replace(' ', '_') + " " + v));
        out.flush();
    }

    /** --remove: drops each input article's graph; an input not stored is a problem, the rest go on. */
    private int remove(ArticleReader reader, StoreIngestor ingestor, Progress progress) {
        if (target.store == null) {
            throw NewskgException.usage("--remove works on a TDB2 --store, not on an --endpoint");
        }
        int[] counts = new int[3];
        reader.read(inputs, org.newskg.source.ArticleSink.of(a -> {
            if (ingestor.remove(a)) {
                counts[0]++;
            } else {
                counts[1]++;
                progress.problem(a.origin() + ": not in the store; nothing removed");
            }
        }, p -> {
            counts[2]++;
            progress.problem(p.toString());
        }));
        ingestor.refreshHappenings();
        progress.info(String.format("Removed %d article(s) from %s; %d not stored, %d unreadable.", counts[0],
                target.store, counts[1], counts[2]));
        return counts[1] + counts[2] == 0 ? 0 : 1;
    }
}
