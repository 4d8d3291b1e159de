package org.newskg.extraction;

/** A sentence of the article, by index, with its offsets and text. */
public record Sentence(int index, int begin, int end, String text) {
}
