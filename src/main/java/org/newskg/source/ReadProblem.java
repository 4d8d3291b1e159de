package org.newskg.source;

/** An input that could not be turned into an article, with a message naming it. */
public record ReadProblem(String origin, String message) {
    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
