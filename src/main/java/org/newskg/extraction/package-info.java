/**
 * What newskg extracts from one article, as immutable records. Written by {@code nlp}, read by
 * {@code rdf}; this package imports neither CoreNLP nor Jena.
 */
package org.newskg.extraction;
