package org.newskg.extraction;

/**
 * Where a fact came from and how sure newskg is of it.
 *
 * @param extractor  the id of the rule that made it (see docs/rules.md), such as {@code age/apposition}
 * @param sentence   the index of the evidence sentence
 */
public record Provenance(double confidence, String extractor, int sentence) {
    public Provenance {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
