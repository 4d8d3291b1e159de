package org.newskg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.AnalyzerFactory;
import org.newskg.app.Progress;
import org.newskg.nlp.ArticleAnalyzer;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.Article;
import org.newskg.source.ArticleReader;
import org.newskg.source.ArticleSink;
import org.newskg.source.InputKind;
import org.newskg.source.ReadOptions;
import org.newskg.store.Tdb2BulkLoader;
import org.newskg.store.Tdb2Store;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Spark job in Spark's local mode with two worker threads: three articles of the own test corpus in, one
 * named graph each out, loaded with {@code newskg load}'s loader, and each graph the same, up to the run's
 * start time, as newskg's own extraction.
 */
@Tag("spark")
class SparkExtractTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final List<String> NAMES = List.of("harbor-strike-2024-03-08", "kyiv-summit-2023-06-12",
            "lagos-founder-2025-02-20");

    @Test
    void writesOneGraphPerArticleEqualToTheLocalExtraction(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (String name : NAMES) {
            String text = Files.readString(CORPUS.resolve(name + ".txt"));
            String date = name.substring(name.length() - 10);
            String line = json.createObjectNode().put("text", text).put("date", date).toString();
            lines.add(line);
            new ArticleReader(ReadOptions.defaults(), InputStream.nullInputStream()).read(name,
                    new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), InputKind.JSONL,
                    ArticleSink.of(articles::add, p -> {
                        throw new AssertionError(p.toString());
                    }));
        }
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, lines);
        Path output = dir.resolve("out");
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("newskg-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        long quads;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            quads = SparkExtract.run(sc, input.toString(), output.toString(), 2);
        }
        List<Path> parts;
        try (Stream<Path> s = Files.list(output)) {
            parts = s.filter(p -> p.getFileName().toString().matches("part-\\d+\\.nq")).sorted().toList();
        }
        assertThat(parts).hasSize(2);
        DatasetGraph spark = DatasetGraphFactory.createTxnMem();
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("kg"))) {
            Tdb2BulkLoader.Result loaded = Tdb2BulkLoader.load(store, parts, MonitorOutputs.nullOutput());
            assertThat(loaded.quads()).isEqualTo(quads);
            Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find().forEachRemaining(spark::add));
        }

        ArticleAnalyzer analyzer = AnalyzerFactory.get(new Progress(new PrintWriter(new StringWriter()), true));
        ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));
        DatasetGraph local = DatasetGraphFactory.createTxnMem();
        for (Article a : articles) {
            mapper.map(analyzer.analyze(a), StreamRDFLib.dataset(local));
        }
        List<Node> graphs = new ArrayList<>();
        local.listGraphNodes().forEachRemaining(graphs::add);
        assertThat(graphs).hasSize(3);
        List<Node> sparkGraphs = new ArrayList<>();
        spark.listGraphNodes().forEachRemaining(sparkGraphs::add);
        assertThat(sparkGraphs).containsExactlyInAnyOrderElementsOf(graphs);
        for (Node g : graphs) {
            assertThat(withoutRunTime(spark.getGraph(g)).isIsomorphicWith(withoutRunTime(local.getGraph(g))))
                    .as("graph %s", g).isTrue();
        }
    }

    private static Graph withoutRunTime(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEach(t -> {
            if (!t.getPredicate().equals(Vocab.STARTED_AT)) {
                copy.add(t);
            }
        });
        return copy;
    }
}
