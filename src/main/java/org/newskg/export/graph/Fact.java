package org.newskg.export.graph;

import java.util.List;

/**
 * A literal-valued fact about a node ("job title: President", "age: 65"), with the sentences it was read from.
 */
public record Fact(String property, String value, List<Evidence> evidence) {
    public Fact {
        evidence = List.copyOf(evidence);
    }
}
