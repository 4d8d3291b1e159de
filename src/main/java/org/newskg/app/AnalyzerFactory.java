package org.newskg.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

import org.newskg.extraction.Extraction;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.ArticleAnalyzer;
import org.newskg.nlp.NlpPipeline;
import org.newskg.source.Article;

/** Builds the analyser on the process's shared pipeline, saying that the models are loading. */
public final class AnalyzerFactory {
    static final String TEST_ANALYZER = "newskg.test.analyzer";
    private static ArticleAnalyzer analyzer;

    private AnalyzerFactory() {
    }

    /**
     * The analysis a batch runs: the shared pipeline's analyser, or, when the system property
     * {@value #TEST_ANALYZER} names a class (a {@code Function<Article, Extraction>} with a no-argument
     * constructor), that class: a seam for tests of the storing side that run in a child JVM without models.
     */
    @SuppressWarnings("unchecked")
    public static Function<Article, Extraction> forBatch(Progress progress) {
        String test = System.getProperty(TEST_ANALYZER);
        if (test == null) {
            return get(progress)::analyze;
        }
        try {
            return (Function<Article, Extraction>) Class.forName(test).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(TEST_ANALYZER + ": cannot use " + test + ": " + e, e);
        }
    }

    public static synchronized ArticleAnalyzer get(Progress progress) {
        if (analyzer == null) {
            analyzer = new ArticleAnalyzer(pipeline(progress), Newskg.version(), Clock.systemUTC());
        }
        return analyzer;
    }

    /**
     * An analyser that keeps CoreNLP's annotations in {@code dir} and reuses them ({@link AnnotationCache});
     * the models are loaded only when a text is not there yet.
     */
    public static ArticleAnalyzer cached(Progress progress, Path dir) {
        AnnotationCache cache = new AnnotationCache(dir, () -> pipeline(progress), NlpPipeline.tunedProperties());
        return new ArticleAnalyzer(cache, Newskg.version(), Clock.systemUTC());
    }

    private static synchronized NlpPipeline pipeline(Progress progress) {
        if (NlpPipeline.isLoaded()) {
            return NlpPipeline.shared();
        }
        progress.info("Loading CoreNLP models (tokenize…entitylink; about 15 s)...");
        long t0 = System.nanoTime();
        NlpPipeline p = NlpPipeline.shared();
        progress.info(String.format("Models ready in %.0f s.", (System.nanoTime() - t0) / 1e9));
        return p;
    }
}
