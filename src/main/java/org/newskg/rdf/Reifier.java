package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.newskg.extraction.Provenance;

/** States the provenance of one triple as an {@code rdf:Statement}. */
@FunctionalInterface
interface Reifier {
    void reify(Node s, Node p, Node o, Provenance provenance);
}
