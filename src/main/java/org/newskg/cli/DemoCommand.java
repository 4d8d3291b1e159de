package org.newskg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newskg.NewskgException;
import org.newskg.app.AnalyzerFactory;
import org.newskg.app.Progress;
import org.newskg.app.StoreIngestor;
import org.newskg.export.HtmlExporter;
import org.newskg.export.RdfExporter;
import org.newskg.export.graph.GraphFilter;
import org.newskg.export.graph.GraphNode.NodeKind;
import org.newskg.export.graph.GraphViewBuilder;
import org.newskg.export.graph.PropertyGraph;
import org.newskg.export.RdfFormatChoice;
import org.newskg.extraction.Extraction;
import org.newskg.query.QueryService;
import org.newskg.query.ResultFormat;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.Article;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newskg demo}: the bundled article, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole job on the bundled article (AFP, Minsk, 2020-08-16): extract it, store it in "
                + "a TDB2 store under graphs/, write graphs/demo.ttl and the viewer graphs/demo.html, and "
                + "print the results of the example queries."})
public final class DemoCommand implements Callable<Integer> {
    static final String ARTICLE = "/org/newskg/demo/belarus-2020-08-16.txt";
    static final LocalDate DATE = LocalDate.of(2020, 8, 16);

    @Mixin
    LoggingMixin common;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where graphs/ and queries/ are (default: $NEWSKG_HOME, else the current folder).")
    Path home;

    @Option(names = "--rows", defaultValue = "5", paramLabel = "N",
            description = "Rows printed per query (default: ${DEFAULT-VALUE}).")
    int rows;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Progress progress = new Progress(spec.commandLine().getErr(), common.quiet);
        Path dir = home != null ? home : Path.of(System.getenv().getOrDefault("NEWSKG_HOME", "."));
        Path graphs = dir.resolve("graphs");
        Path storeDir = graphs.resolve("demo-store");
        Article article = bundledArticle();
        progress.info("Article: " + article.headline());
        Extraction x = AnalyzerFactory.get(progress).analyze(article);
        progress.info(String.format("Found %d entities, %d facts, %d events, %d quotes.", x.entities().size(),
                x.relations().size(), x.events().size(), x.quotes().size()));
        ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));
        try (Tdb2Store store = Tdb2Store.open(storeDir)) {
            StoreIngestor ingestor = new StoreIngestor(store, mapper, true);
            ingestor.put(x);
            ingestor.refreshHappenings();
            progress.info("Stored in " + storeDir);
            Path ttl = graphs.resolve("demo.ttl");
            store.read(ds -> {
                try {
                    new RdfExporter(Vocab.DEFAULT_BASE).write(ds.asDatasetGraph(), RdfFormatChoice.ttl, ttl, null);
                } catch (IOException e) {
                    throw new NewskgException(ttl + ": cannot write: " + e.getMessage(), e);
                }
                return null;
            });
            progress.info("Wrote " + ttl);
            Path html = graphs.resolve("demo.html");
            writeViewer(store, html, article.headline());
            progress.info("Wrote " + html + " (open it in a browser: the graph, with every fact's sentence)");
            runQueries(dir.resolve("queries"), store);
        }
        return 0;
    }

    private static void writeViewer(Tdb2Store store, Path html, String headline) throws IOException {
        GraphFilter view = GraphFilter.everything().withInclude(EnumSet.of(NodeKind.EVENT, NodeKind.QUOTE));
        PropertyGraph graph = store.read(ds -> new GraphViewBuilder(view).build(ds.asDatasetGraph()));
        new HtmlExporter("newskg demo: " + headline).write(graph, html);
    }

    static Article bundledArticle() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(ARTICLE)) {
            if (in == null) {
                throw new NewskgException("the bundled demo article is missing from this build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Article("belarus-2020-08-16.txt", text, text.strip().lines().findFirst().orElse(""), DATE, null);
        }
    }

    private void runQueries(Path queries, Tdb2Store store) throws IOException {
        if (!Files.isDirectory(queries)) {
            spec.commandLine().getErr().println("newskg: no queries/ folder in " + queries.getParent() + "; skipping the example queries");
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        QueryService service = new QueryService(store, 60);
        PrintWriter out = spec.commandLine().getOut();
        OutputStream table = new WriterOutputStream(out);
        for (Path f : files) {
            String sparql = Files.readString(f);
            String title = sparql.lines().filter(l -> l.startsWith("#")).findFirst().orElse("# " + f.getFileName())
                    .substring(1).strip();
            out.println();
            out.println("== " + f.getFileName() + ": " + title);
            out.flush();
            long n = service.run(QueryService.parse(sparql, f.toString()), ResultFormat.table, table, rows);
            table.flush();
            out.println(n + " rows" + (n > rows ? " (first " + rows + " shown)" : ""));
            out.flush();
        }
    }
}
