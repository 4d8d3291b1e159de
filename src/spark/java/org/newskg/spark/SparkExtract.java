package org.newskg.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.newskg.app.AnalyzerFactory;
import org.newskg.app.Progress;
import org.newskg.extraction.Extraction;
import org.newskg.nlp.ArticleAnalyzer;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.Article;
import org.newskg.source.ArticleReader;
import org.newskg.source.ArticleSink;
import org.newskg.source.InputKind;
import org.newskg.source.ReadOptions;

/**
 * newskg's extraction as an Apache Spark job: JSON-lines articles in ({@code text}, optional {@code title},
 * {@code date}, {@code url}), N-Quads out, one named graph per article, the same quads {@code newskg extract
 * --format nq} writes, in part files named {@code part-NNNNN.nq}. Each executor JVM loads the CoreNLP pipeline once and analyses its partitions' articles
 * with it; the part files then go to {@code newskg load}, Jena's {@code tdb2.xloader} or any store's bulk
 * loader. An article that cannot be read or analysed is logged by its line and left out; the job goes on.
 *
 * <pre>
 * spark-submit --class org.newskg.spark.SparkExtract --driver-memory 8g --executor-memory 8g \
 *     --jars $(tr : , &lt; target/classpath.txt) target/newskg-0.1.0.jar articles.jsonl out/ [PARTITIONS]
 * </pre>
 */
public final class SparkExtract {
    private SparkExtract() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SparkExtract INPUT.jsonl OUTPUT-FOLDER [PARTITIONS]");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("newskg extract");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int partitions = args.length == 3 ? Integer.parseInt(args[2]) : sc.defaultParallelism();
            run(sc, args[0], args[1], partitions);
        }
    }

    /**
     * Runs the job; returns the number of quads written. The articles are analysed once, while the part files
     * are written, and counted on the way (a task Spark retried would be counted twice).
     */
    public static long run(JavaSparkContext sc, String input, String output, int partitions) {
        LongAccumulator count = sc.sc().longAccumulator("quads");
        JavaRDD<String> quads = sc.textFile(input, partitions).mapPartitions(lines -> {
            List<String> q = extract(lines);
            count.add(q.size());
            return q.iterator();
        });
        quads.saveAsTextFile(output);
        nameAsNQuads(sc, output);
        return count.value();
    }

    /** Gives the part files the .nq extension, by which RDF loaders know their syntax. */
    private static void nameAsNQuads(JavaSparkContext sc, String output) {
        try {
            Path dir = new Path(output);
            FileSystem fs = dir.getFileSystem(sc.hadoopConfiguration());
            for (FileStatus f : fs.listStatus(dir)) {
                String name = f.getPath().getName();
                if (name.startsWith("part-") && !name.endsWith(".nq")) {
                    fs.rename(f.getPath(), new Path(dir, name + ".nq"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": cannot rename the part files", e);
        }
    }

    /** Analyses one partition's lines on this executor's pipeline; returns their quads as N-Quads lines. */
    static List<String> extract(Iterator<String> lines) {
        ArticleAnalyzer analyzer = AnalyzerFactory.get(new Progress(new PrintWriter(System.err, true), false));
        ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));
        ArticleReader reader = new ArticleReader(ReadOptions.defaults(), new ByteArrayInputStream(new byte[0]));
        List<String> out = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isBlank()) {
                continue;
            }
            for (Article a : read(reader, line)) {
                try {
                    out.addAll(quads(analyzer.analyze(a), mapper));
                } catch (RuntimeException e) {
                    System.err.println("newskg: " + a.origin() + ": analysis failed: " + e);
                }
            }
        }
        return out;
    }

    private static List<Article> read(ArticleReader reader, String line) {
        List<Article> articles = new ArrayList<>(1);
        String origin = "spark:" + Integer.toHexString(line.hashCode());
        reader.read(origin, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), InputKind.JSONL,
                ArticleSink.of(articles::add, p -> System.err.println("newskg: " + p)));
        return articles;
    }

    static List<String> quads(Extraction x, ExtractionMapper mapper) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        w.start();
        mapper.map(x, w);
        w.finish();
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
