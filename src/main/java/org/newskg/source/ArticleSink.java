package org.newskg.source;

/** Receives what the readers find: articles, and inputs that could not be read. */
public interface ArticleSink {
    void article(Article article);

    void problem(ReadProblem problem);
}
