package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

/**
 * The quotations of an article, as the spans inside their quotation marks; quotations of fewer than three
 * words (a scare-quoted phrase, a nickname) are left out. Double quotation marks are paired here, the way
 * news writes them: a quote left open at the end of a paragraph ends there (the next paragraph opens its
 * own), and a mark after a sentence's end and a space while a quote is open opens a new one ("...after a
 * week. "There's no doubt...": a paragraph break lost in the text). An article without double quotation
 * marks keeps the quotations CoreNLP's quote annotator found.
 */
final class Quotations {
    static final int MIN_WORDS = 3;
    private static final String OPENING = "\"'“”‘’«»„ ";
    private static final String CLOSING = "\"'“”‘’«»„ ,";

    private Quotations() {
    }

    /** The offset lies inside one of the quotes or on its quotation marks. */
    static boolean covers(List<Span> quotes, int offset) {
        for (Span q : quotes) {
            if (offset >= q.begin() - 1 && offset <= q.end()) {
                return true;
            }
        }
        return false;
    }

    /** What a token of the narration is taken for: the entity key it stands for, or null to look further back. */
    interface Pick {
        String at(int sentence, int index0);
    }

    /**
     * The first key {@code pick} gives, walking back from token {@code index} of sentence {@code s} through the
     * tokens outside every quote, over at most {@code window} sentences that have narration, or null.
     */
    static String lastBefore(DocView doc, List<Span> quotes, int s, int index, int window, Pick pick) {
        int seen = 0;
        for (int sent = s; sent >= 0 && seen < window; sent--) {
            List<edu.stanford.nlp.ling.CoreLabel> tokens = doc.tokens(sent);
            boolean narration = false;
            for (int i = (sent == s ? index : tokens.size()) - 1; i >= 0; i--) {
                if (covers(quotes, tokens.get(i).beginPosition())) {
                    continue;
                }
                narration = true;
                String k = pick.at(sent, i);
                if (k != null) {
                    return k;
                }
            }
            seen += narration ? 1 : 0;
        }
        return null;
    }

    static List<Span> of(DocView doc) {
        String text = doc.text();
        if (text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0) {
            List<Span> out = new ArrayList<>();
            for (int[] q : paired(text)) {
                Span span = trimmed(doc, q[0], q[1]);
                if (span != null && span.text().split("\\s+").length >= MIN_WORDS) {
                    out.add(span);
                }
            }
            return out;
        }
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

    /** The [begin, end) offsets inside each pair of double quotation marks, in text order. */
    static List<int[]> paired(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0 && paragraphEnds(text, i)) {
                out.add(new int[] {open, i});
                open = -1;
            } else if (c == '"' || c == '\u201C' || c == '\u201D') {
                if (open < 0) {
                    if (c != '\u201D') {
                        open = i + 1;
                    }
                } else if (c == '\u201C' || c == '"' && reopens(text, i)) {
                    out.add(new int[] {open, i});
                    open = i + 1;
                } else {
                    out.add(new int[] {open, i});
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, text.length()});
        }
        return out;
    }

    /** A blank line follows. */
    private static boolean paragraphEnds(String text, int newline) {
        for (int i = newline + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A mark after a sentence's end and a space, before a capital: a new quote. */
    private static boolean reopens(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == ' ' && ".!?".indexOf(text.charAt(i - 2)) >= 0
                && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
    }

    /** The quote without its quotation marks. */
    private static Span inner(DocView doc, CoreMap q) {
        return trimmed(doc, q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }

    private static Span trimmed(DocView doc, int begin, int end) {
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
