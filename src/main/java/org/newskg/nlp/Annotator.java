package org.newskg.nlp;

import java.time.LocalDate;

import edu.stanford.nlp.pipeline.Annotation;

/** Annotates an article's text with CoreNLP's layers ({@link NlpPipeline}, or a cache of its results). */
@FunctionalInterface
public interface Annotator {
    /** The annotated text; {@code date}, when known, anchors relative dates ("on Sunday"). */
    Annotation annotate(String text, LocalDate date);
}
