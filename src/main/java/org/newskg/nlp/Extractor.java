package org.newskg.nlp;

/**
 * Reads one article and emits what it finds: relations, event mentions, attributed quotations. Every fact
 * names the rule that made it in its {@link org.newskg.extraction.Provenance#extractor()}. The analyzer runs
 * its extractors in a fixed order over one {@link DocumentContext}, then merges, dedupes and filters what
 * they emitted once, for all of them (see {@link ArticleAnalyzer}). As CoreNLP's {@code KBPRelationExtractor}
 * is to {@code KBPAnnotator}.
 */
interface Extractor {
    void extract(DocumentContext doc, FactSink out);
}
