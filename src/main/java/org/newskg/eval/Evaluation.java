package org.newskg.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.NewskgException;
import org.newskg.app.BatchResult;
import org.newskg.app.BatchRunner;
import org.newskg.app.Progress;
import org.newskg.export.RdfExporter;
import org.newskg.export.RdfFormatChoice;
import org.newskg.extraction.Extraction;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.Article;
import org.newskg.source.ArticleReader;
import org.newskg.source.ArticleSink;
import org.newskg.source.ReadOptions;

/**
 * Extracts the article of every gold file, as {@code newskg extract --date DATE FILE} would, and scores each
 * with the definitions of {@code score.py doc}. The article is found beside its gold file or under one of the
 * given folders ({@code "article": "news/sport/x.txt"} under {@code ../shared/corpus/bbc}).
 */
public final class Evaluation {
    private final List<Path> texts;
    private final Progress progress;
    private final int threads;

    public Evaluation(List<Path> texts, Progress progress, int threads) {
        this.texts = List.copyOf(texts);
        this.progress = progress;
        this.threads = threads;
    }

    /** The gold files among {@code inputs} (files, or folders walked for {@code *.json}), in name order. */
    public static List<Path> goldFiles(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (var s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new NewskgException(p + ": cannot walk the folder: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new NewskgException(p + ": no such gold file or folder");
            }
        }
        return out;
    }

    /** Runs the evaluation: one score per gold file of one article, in the files' order. */
    public EvalReport run(List<Path> goldFiles, Function<Article, Extraction> analyzer) {
        Map<Article, Gold> byArticle = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        for (Path f : goldFiles) {
            Gold g = Gold.read(f);
            Article a = read(g);
            byArticle.put(a, g);
            articles.add(a);
        }
        List<DocScore> scores = new ArrayList<>();
        ArticleReader none = new ArticleReader(ReadOptions.defaults(), java.io.InputStream.nullInputStream());
        BatchRunner runner = new BatchRunner(none, () -> analyzer, progress, threads, Duration.ofSeconds(600));
        ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));
        BatchResult result = runner.run(sink -> articles.forEach(sink::article), a -> false,
                x -> scores.add(DocScorer.score(byArticle.get(x.article()), graph(mapper, x))));
        if (!result.failures().isEmpty()) {
            throw new NewskgException("could not analyse every article: " + String.join("; ", result.failures()));
        }
        return new EvalReport(scores);
    }

    /** The article a gold file annotates, read as {@code extract} reads it, with the gold file's date. */
    private Article read(Gold g) {
        Path text = find(g);
        LocalDate date = g.date() == null ? null : LocalDate.parse(g.date());
        ArticleReader reader = new ArticleReader(ReadOptions.defaults().withDate(date), java.io.InputStream.nullInputStream());
        List<Article> got = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        reader.read(List.of(text.toString()), ArticleSink.of(got::add, p -> problems.add(p.toString())));
        if (got.size() != 1) {
            throw new NewskgException(g.file() + ": its article " + text + " could not be read: " + problems);
        }
        return got.get(0);
    }

    private Path find(Gold g) {
        List<Path> places = new ArrayList<>();
        places.add(g.file().toAbsolutePath().getParent());
        places.addAll(texts);
        for (Path dir : places) {
            Path p = dir.resolve(g.article());
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new NewskgException(g.file() + ": its article " + g.article() + " is neither beside it nor under "
                + texts + " (give the folder with --texts)");
    }

    /** The extraction's triples as score.py reads them: the sorted N-Triples of the article's graph. */
    static SystemGraph graph(ExtractionMapper mapper, Extraction x) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        mapper.map(x, StreamRDFLib.dataset(data));
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        try {
            new RdfExporter(Vocab.DEFAULT_BASE).write(data, RdfFormatChoice.nt, nt);
        } catch (IOException e) {
            throw new NewskgException("cannot serialize the extraction: " + e.getMessage(), e);
        }
        return parse(nt.toString(StandardCharsets.UTF_8));
    }

    /** N-Triples (or N-Quads) text as a graph, in reading order. */
    static SystemGraph parse(String ntriples) {
        List<Triple> triples = new ArrayList<>();
        RDFParser.fromString(ntriples, Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                triples.add(t);
            }

            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                triples.add(q.asTriple());
            }
        });
        return new SystemGraph(triples);
    }
}
