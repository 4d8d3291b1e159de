package org.newskg.export.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The store seen as a property graph: nodes sorted by id, edges sorted by source, type and target, so that
 * every writer gives the same bytes for the same store.
 */
public record PropertyGraph(List<GraphNode> nodes, List<GraphEdge> edges) {
    public PropertyGraph {
        List<GraphNode> n = new ArrayList<>(nodes);
        n.sort(Comparator.comparing(GraphNode::id));
        List<GraphEdge> e = new ArrayList<>(edges);
        e.sort(Comparator.comparing(GraphEdge::source).thenComparing(GraphEdge::type)
                .thenComparing(GraphEdge::target).thenComparing(GraphEdge::id));
        nodes = List.copyOf(n);
        edges = List.copyOf(e);
    }

    public Map<String, GraphNode> nodesById() {
        Map<String, GraphNode> m = new LinkedHashMap<>();
        nodes.forEach(node -> m.put(node.id(), node));
        return m;
    }

    /** The node types present, sorted. */
    public Set<String> nodeTypes() {
        Set<String> s = new TreeSet<>();
        nodes.forEach(node -> s.add(node.type()));
        return s;
    }

    /** The edge types present, sorted. */
    public Set<String> edgeTypes() {
        Set<String> s = new TreeSet<>();
        edges.forEach(edge -> s.add(edge.type()));
        return s;
    }
}
