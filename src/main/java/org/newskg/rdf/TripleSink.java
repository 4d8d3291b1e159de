package org.newskg.rdf;

import org.apache.jena.graph.Node;

/** Where the mapper's helpers put triples (into the article's graph). */
@FunctionalInterface
interface TripleSink {
    void add(Node s, Node p, Node o);
}
