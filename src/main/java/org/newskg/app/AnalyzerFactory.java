package org.newskg.app;

import java.time.Clock;

import org.newskg.nlp.ArticleAnalyzer;
import org.newskg.nlp.NlpPipeline;

/** Builds the analyser on the process's shared pipeline, saying that the models are loading. */
public final class AnalyzerFactory {
    private static ArticleAnalyzer analyzer;

    private AnalyzerFactory() {
    }

    public static synchronized ArticleAnalyzer get(Progress progress) {
        if (analyzer == null) {
            if (!NlpPipeline.isLoaded()) {
                progress.info("Loading CoreNLP models (tokenize…entitylink; about 20 s)...");
            }
            long t0 = System.nanoTime();
            NlpPipeline p = NlpPipeline.shared();
            progress.info(String.format("Models ready in %.0f s.", (System.nanoTime() - t0) / 1e9));
            analyzer = new ArticleAnalyzer(p, Newskg.version(), Clock.systemUTC());
        }
        return analyzer;
    }
}
