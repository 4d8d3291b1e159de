package org.newskg.export.graph;

/**
 * A sentence that supports a fact or an edge, and the article it is in.
 *
 * @param article  the article IRI
 * @param headline the article headline, or null
 * @param date     the article date (yyyy-mm-dd), or null
 * @param sentence the sentence
 */
public record Evidence(String article, String headline, String date, String sentence) implements Comparable<Evidence> {
    @Override
    public int compareTo(Evidence o) {
        int c = String.valueOf(date).compareTo(String.valueOf(o.date));
        if (c == 0) {
            c = article.compareTo(o.article);
        }
        return c != 0 ? c : sentence.compareTo(o.sentence);
    }
}
