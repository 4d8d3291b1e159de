package org.newskg.nlp;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.Span;

/**
 * A proper name in the text: its span, token range (0-based, end exclusive) within its sentence, type and
 * the Wikipedia title CoreNLP's entitylink or newskg's gazetteer proposed for it (null when none).
 */
record NameMention(Span span, int tokenBegin, int tokenEnd, EntityType type, String wiki, String source) {
    int sentence() {
        return span.sentence();
    }

    String text() {
        return span.text();
    }

    boolean coversToken(int sentence, int index0) {
        return sentence == sentence() && index0 >= tokenBegin && index0 < tokenEnd;
    }
}
