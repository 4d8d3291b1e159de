package org.newskg.extraction;

import java.util.List;

/**
 * A quotation and who said it.
 *
 * @param speaker      the speaking entity's key, or null when the text does not say (never guessed)
 * @param attribution  the evidence for the speaker, or null without one
 * @param about        keys of the entities the quote names
 */
public record Quote(String text, Span span, String speaker, Provenance attribution, List<String> about) {
    public Quote {
        about = List.copyOf(about);
    }
}
