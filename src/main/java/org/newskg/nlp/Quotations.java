package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

/**
 * The quotations CoreNLP's quote annotator found, as the spans inside their quotation marks; quotations of
 * fewer than three words (a scare-quoted phrase, a nickname) are left out.
 */
final class Quotations {
    static final int MIN_WORDS = 3;
    private static final String OPENING = "\"'“”‘’«»„ ";
    private static final String CLOSING = "\"'“”‘’«»„ ,";

    private Quotations() {
    }

    static List<Span> of(DocView doc) {
        List<Span> out = new ArrayList<>();
        List<CoreMap> found = doc.doc().get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap q : found == null ? List.<CoreMap>of() : found) {
            Span span = inner(doc, q);
            if (span != null && span.text().split("\\s+").length >= MIN_WORDS) {
                out.add(span);
            }
        }
        return out;
    }

    /** The quote without its quotation marks. */
    private static Span inner(DocView doc, CoreMap q) {
        int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String t = doc.text(begin, end);
        int b = 0;
        int e = t.length();
        while (b < e && OPENING.indexOf(t.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && CLOSING.indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return b >= e ? null : new Span(begin + b, begin + e, t.substring(b, e), doc.sentenceAt(begin + b));
    }
}
