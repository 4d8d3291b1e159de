package org.newskg.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newskg.extraction.EntityType;

/**
 * The dateline that opens a news story ("KYIV, Ukraine —", "NEW YORK, March 3 —", "LAGOS, Nigeria (AFP) —"):
 * the place the story is reported from, and the agency that reports it. The one place that knows what a
 * dateline looks like.
 */
final class Dateline {
    private Dateline() {
    }

    /**
     * True for an upper-case word of three letters or more with only upper-case words before it in its
     * paragraph: the place of a dateline, which the parser takes into the first sentence, sometimes as its
     * subject.
     */
    static boolean isPlaceWord(String text, int begin, String word) {
        int nl = begin == 0 ? -1 : text.lastIndexOf('\n', begin - 1);
        String before = text.substring(nl + 1, begin);
        return word.length() >= 3 && word.equals(word.toUpperCase()) && word.chars().anyMatch(Character::isLetter)
                && before.equals(before.toUpperCase()) && before.chars().noneMatch(Character::isDigit);
    }

    /** The entity of the dateline's place, or null: an upper-case place name that opens a paragraph. */
    static String place(DocView doc, Resolution res, List<NameMention> names) {
        for (NameMention m : names) {
            if (m.type().isPlace() && isPlaceWord(doc.text(), m.span().begin(), m.text())) {
                return res.at(m.sentence(), m.tokenBegin());
            }
        }
        return null;
    }

    /** The country after the dateline's place, or null: "ANTOFAGASTA, Chile (Reuters) —" gives Chile. */
    static String country(DocView doc, Resolution res, List<NameMention> names) {
        for (NameMention m : names) {
            if (!m.type().isPlace() || !isPlaceWord(doc.text(), m.span().begin(), m.text())) {
                continue;
            }
            List<edu.stanford.nlp.ling.CoreLabel> t = doc.tokens(m.sentence());
            if (m.tokenEnd() + 1 < t.size() && t.get(m.tokenEnd()).word().equals(",")) {
                String k = res.at(m.sentence(), m.tokenEnd() + 1);
                if (k != null && res.entity(k).type() == EntityType.COUNTRY) {
                    return k;
                }
            }
            return null;
        }
        return null;
    }

    /** The organizations named in brackets right after an opening place name: "CITY, Country (AGENCY)". */
    static Set<String> agencies(DocView doc, Resolution res, List<NameMention> names) {
        Set<String> out = new HashSet<>();
        for (NameMention m : names) {
            if (m.type() != EntityType.ORGANIZATION || m.span().begin() < 1) {
                continue;
            }
            String before = doc.text(Math.max(0, m.span().begin() - 60), m.span().begin());
            int nl = before.lastIndexOf('\n');
            String line = nl < 0 ? before : before.substring(nl + 1);
            boolean bracketed = line.endsWith("(") && doc.text(m.span().end(),
                    Math.min(doc.text().length(), m.span().end() + 1)).equals(")");
            if (bracketed && line.length() > 1 && Character.isUpperCase(line.charAt(0))
                    && line.substring(0, Math.min(3, line.length())).equals(
                            line.substring(0, Math.min(3, line.length())).toUpperCase())) {
                String k = res.at(m.sentence(), m.tokenBegin());
                if (k != null) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
