package org.newskg.extraction;

/**
 * Where a fact came from and how sure newskg is of it.
 *
 * @param extractor  the id of the rule that made it (see docs/rules.md), such as {@code age/apposition}
 * @param sentence   the index of the evidence sentence
 * @param source     who the text says it comes from ("State television said ..."), or null when the article
 *                   itself states it
 */
public record Provenance(double confidence, String extractor, int sentence, Source source) {
    public Provenance {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** A fact the article states itself. */
    public Provenance(double confidence, String extractor, int sentence) {
        this(confidence, extractor, sentence, null);
    }

    /** The same provenance, attributed to a source. */
    public Provenance from(Source s) {
        return new Provenance(confidence, extractor, sentence, s);
    }
}
