package org.newskg.source;

import java.time.LocalDate;

/** Plain-text articles: the first non-empty line is also the headline; the whole text is analysed. */
final class TextArticles {
    private TextArticles() {
    }

    static Article parse(String origin, String content, LocalDate date) {
        String headline = content.strip().lines().findFirst().orElse("");
        return new Article(origin, content, headline, date, null);
    }
}
