package org.newskg.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.newskg.app.StoreIngestor;
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
import org.newskg.store.Tdb2Store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Extracts the article of every gold file, as {@code newskg extract --date DATE FILE} would, and scores each
 * with the definitions of {@code score.py doc}. The article is found beside its gold file or under one of the
 * given folders ({@code "article": "news/sport/x.txt"} under {@code ../shared/corpus/bbc}).
 */
public final class Evaluation {
    private final List<Path> texts;
    private final Progress progress;
    private final int threads;
    private final Path graphs;

    /**
     * @param graphs a folder to write each scored graph into as N-Triples (named after its gold file), or null
     */
    public Evaluation(List<Path> texts, Progress progress, int threads, Path graphs) {
        this.texts = List.copyOf(texts);
        this.progress = progress;
        this.threads = threads;
        this.graphs = graphs;
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

    /**
     * Runs the evaluation: a score per gold file of one article, in the files' order, and for each
     * cross-article gold file its articles ingested, in its order, into a store of their own and scored there.
     */
    public EvalReport run(List<Path> goldFiles, Function<Article, Extraction> analyzer) {
        List<Gold> docs = new ArrayList<>();
        List<CrossDocGold> crossDocs = new ArrayList<>();
        for (Path f : goldFiles) {
            JsonNode root = Gold.readJson(f);
            if (CrossDocGold.isCrossDocGold(root)) {
                crossDocs.add(CrossDocGold.parse(f, root));
            } else {
                docs.add(Gold.parse(f, root));
            }
        }
        List<Article> articles = new ArrayList<>();
        for (Gold g : docs) {
            articles.add(read(g.file(), g.article(), g.date()));
        }
        for (CrossDocGold c : crossDocs) {
            for (String a : c.articles()) {
                articles.add(read(c.file(), a, null));
            }
        }
        List<Extraction> extractions = analyse(articles, analyzer);
        ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));
        List<DocScore> scores = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            scores.add(DocScorer.score(docs.get(i), parse(keep(docs.get(i).file(), ntriples(mapper, extractions.get(i))))));
        }
        List<CrossDocScore> stories = new ArrayList<>();
        int next = docs.size();
        for (CrossDocGold c : crossDocs) {
            List<Extraction> story = extractions.subList(next, next + c.articles().size());
            next += c.articles().size();
            stories.add(CrossDocScore.score(c, parse(keep(c.file(), stored(mapper, story)))));
        }
        return new EvalReport(scores, stories);
    }

    /** Every article analysed, in the given order; a failure ends the evaluation. */
    private List<Extraction> analyse(List<Article> articles, Function<Article, Extraction> analyzer) {
        List<Extraction> out = new ArrayList<>();
        ArticleReader none = new ArticleReader(ReadOptions.defaults(), java.io.InputStream.nullInputStream());
        BatchRunner runner = new BatchRunner(none, () -> analyzer, progress, threads, Duration.ofSeconds(600));
        BatchResult result = runner.run(sink -> articles.forEach(sink::article), a -> false, out::add);
        if (!result.failures().isEmpty() || out.size() != articles.size()) {
            throw new NewskgException("could not analyse every article: " + String.join("; ", result.failures()));
        }
        return out;
    }

    /**
     * The storyline's articles ingested one after another, as {@code ingest} does (people matched with those
     * of the articles stored before), into a store in a temporary folder; its triples as score.py reads them.
     */
    /** The N-Triples, also written to the graphs folder when there is one. */
    private String keep(Path goldFile, String nt) {
        if (graphs != null) {
            Path out = graphs.resolve(goldFile.getFileName().toString().replaceFirst("\\.json$", "") + ".nt");
            try {
                Files.createDirectories(graphs);
                Files.writeString(out, nt, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new NewskgException(out + ": cannot write: " + e.getMessage(), e);
            }
        }
        return nt;
    }

    private static String stored(ExtractionMapper mapper, List<Extraction> story) {
        Path dir;
        try {
            dir = Files.createTempDirectory("newskg-eval-");
        } catch (IOException e) {
            throw new NewskgException("cannot create a temporary store: " + e.getMessage(), e);
        }
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreIngestor ingestor = new StoreIngestor(store, mapper, true);
            story.forEach(ingestor::put);
            ingestor.refreshHappenings();
            return store.read(ds -> ntriples(ds.asDatasetGraph()));
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind; nothing to report to the user
        }
    }

    /** The article a gold file annotates, read as {@code extract} reads it, with the gold file's date. */
    private Article read(Path goldFile, String article, String isoDate) {
        Path text = find(goldFile, article);
        LocalDate date = isoDate == null ? null : LocalDate.parse(isoDate);
        ArticleReader reader = new ArticleReader(ReadOptions.defaults().withDate(date), java.io.InputStream.nullInputStream());
        List<Article> got = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        reader.read(List.of(text.toString()), ArticleSink.of(got::add, p -> problems.add(p.toString())));
        if (got.size() != 1) {
            throw new NewskgException(goldFile + ": its article " + text + " could not be read: " + problems);
        }
        return got.get(0);
    }

    private Path find(Path goldFile, String article) {
        List<Path> places = new ArrayList<>();
        places.add(goldFile.toAbsolutePath().getParent());
        places.addAll(texts);
        for (Path dir : places) {
            Path p = dir.resolve(article);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new NewskgException(goldFile + ": its article " + article + " is neither beside it nor under "
                + texts + " (give the folder with --texts)");
    }

    /** The extraction's triples as score.py reads them: the sorted N-Triples of the article's graph. */
    static SystemGraph graph(ExtractionMapper mapper, Extraction x) {
        return parse(ntriples(mapper, x));
    }

    private static String ntriples(ExtractionMapper mapper, Extraction x) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        mapper.map(x, StreamRDFLib.dataset(data));
        return ntriples(data);
    }

    private static String ntriples(DatasetGraph data) {
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        try {
            new RdfExporter(Vocab.DEFAULT_BASE).write(data, RdfFormatChoice.nt, nt);
        } catch (IOException e) {
            throw new NewskgException("cannot serialize the extraction: " + e.getMessage(), e);
        }
        return nt.toString(StandardCharsets.UTF_8);
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
