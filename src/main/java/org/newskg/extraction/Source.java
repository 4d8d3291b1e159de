package org.newskg.extraction;

/**
 * Who the text says a fact, count or event comes from: "State television said ...", "according to X", "an AFP
 * reporter put the number closer to 10,000".
 *
 * @param entity the entity key of a named source, or null for an unnamed one ("local media", "officials")
 * @param label  the source as the text writes it ("State television", "an AFP reporter")
 */
public record Source(String entity, String label) {
    public Source {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a source needs its words");
        }
    }
}
