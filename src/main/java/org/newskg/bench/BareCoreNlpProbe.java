package org.newskg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newskg.nlp.NlpPipeline;
import org.newskg.nlp.StageTimes;
import org.newskg.source.Article;
import org.newskg.source.ArticleReader;
import org.newskg.source.ArticleSink;
import org.newskg.source.ReadOptions;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * The benchmark's baseline, run in a JVM of its own: CoreNLP alone, with the annotators newskg uses and the
 * settings its output depends on, but CoreNLP's own classes and defaults otherwise ({@link
 * NlpPipeline#bareProperties()}: not newskg's cheaper coreference, {@link NlpPipeline#tunedProperties()}),
 * one pipeline, one thread, over the
 * same texts newskg reads. Prints {@code bench construct NANOS}, then per article
 * {@code bench article TOKENS NANOS ORIGIN}, and at the end {@code bench stage ANNOTATOR NANOS} from CoreNLP's own timing.
 */
public final class BareCoreNlpProbe {
    private BareCoreNlpProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<String> files = Files.readAllLines(Path.of(args[0]));
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(NlpPipeline.bareProperties());
        System.out.println("bench construct " + (System.nanoTime() - t0));
        for (Article a : read(files)) {
            Annotation doc = new Annotation(a.text());
            if (a.date() != null) {
                doc.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
            }
            long t = System.nanoTime();
            pipeline.annotate(doc);
            long took = System.nanoTime() - t;
            int tokens = 0;
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
            }
            System.out.println("bench article " + tokens + " " + took + " " + a.origin());
        }
        StageTimes.ofCoreNlpReport(pipeline.timingInformation())
                .forEach((k, v) -> System.out.println("bench stage " + k + " " + v));
        System.out.flush();
    }

    /** The articles as newskg reads them (boilerplate blanked, metadata taken). */
    private static List<Article> read(List<String> files) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader(ReadOptions.defaults(), System.in).read(files,
                ArticleSink.of(articles::add, p -> System.err.println("newskg: " + p)));
        return articles;
    }
}
