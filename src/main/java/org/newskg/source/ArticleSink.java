package org.newskg.source;

import java.util.function.Consumer;

/** Receives what the readers find: articles, and inputs that could not be read. */
public interface ArticleSink {
    void article(Article article);

    void problem(ReadProblem problem);

    /** A sink of two callbacks. */
    static ArticleSink of(Consumer<Article> articles, Consumer<ReadProblem> problems) {
        return new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.accept(article);
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.accept(problem);
            }
        };
    }
}
