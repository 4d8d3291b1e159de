package org.newskg.export.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.NewskgException;
import org.newskg.export.graph.GraphNode.NodeKind;

/**
 * Applies the node and edge filters of a {@link GraphFilter}: entity types and minimum mentions, minimum edge
 * weight, the neighbourhood of one entity, the top N entities. Events, quotations and articles stay only while
 * they touch a kept entity, and no edge is left dangling.
 */
final class GraphPruner {
    private final GraphFilter filter;

    GraphPruner(GraphFilter filter) {
        this.filter = filter;
    }

    PropertyGraph prune(PropertyGraph g) {
        Map<String, GraphNode> byId = g.nodesById();
        Set<String> keep = new HashSet<>();
        for (GraphNode n : g.nodes()) {
            if (n.kind() != NodeKind.ENTITY
                    || filter.acceptsType(n.type()) && n.mentions() >= filter.minMentions()) {
                keep.add(n.id());
            }
        }
        List<GraphEdge> edges = new ArrayList<>();
        for (GraphEdge e : g.edges()) {
            if (e.weight() >= filter.minWeight() && keep.contains(e.source()) && keep.contains(e.target())) {
                edges.add(e);
            }
        }
        if (filter.focus() != null) {
            keep.retainAll(neighbourhood(find(g, filter.focus()), edges, filter.depth()));
        }
        int limit = filter.top() == GraphFilter.AUTO_TOP ? GraphFilter.DEFAULT_TOP : filter.top();
        if (limit > 0) {
            Set<String> top = new HashSet<>();
            g.nodes().stream().filter(n -> n.kind() == NodeKind.ENTITY && keep.contains(n.id()))
                    .sorted(Comparator.comparingInt(GraphNode::mentions).reversed()
                            .thenComparing(Comparator.comparingInt(GraphNode::articles).reversed())
                            .thenComparing(GraphNode::id))
                    .limit(limit).forEach(n -> top.add(n.id()));
            keep.removeIf(id -> byId.get(id).kind() == NodeKind.ENTITY && !top.contains(id));
        }
        Set<String> touched = new HashSet<>();
        for (GraphEdge e : edges) {
            if (keep.contains(e.source()) && keep.contains(e.target())) {
                if (byId.get(e.source()).kind() == NodeKind.ENTITY) {
                    touched.add(e.target());
                }
                if (byId.get(e.target()).kind() == NodeKind.ENTITY) {
                    touched.add(e.source());
                }
            }
        }
        keep.removeIf(id -> byId.get(id).kind() != NodeKind.ENTITY && !touched.contains(id));
        List<GraphNode> nodes = g.nodes().stream().filter(n -> keep.contains(n.id())).toList();
        List<GraphEdge> kept = edges.stream()
                .filter(e -> keep.contains(e.source()) && keep.contains(e.target())).toList();
        return new PropertyGraph(nodes, kept);
    }

    /** The node named by an id, an IRI or (case-insensitively) a label. */
    static GraphNode find(PropertyGraph g, String key) {
        List<GraphNode> byLabel = new ArrayList<>();
        for (GraphNode n : g.nodes()) {
            if (n.id().equals(key) || n.iri().equals(key)) {
                return n;
            }
            if (n.label().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                byLabel.add(n);
            }
        }
        if (byLabel.size() == 1) {
            return byLabel.get(0);
        }
        if (byLabel.isEmpty()) {
            throw new NewskgException("--focus: no entity named '" + key
                    + "' in the graph; give its name as stored, its IRI or its id (such as person/ada-lovelace)");
        }
        throw new NewskgException("--focus: '" + key + "' names " + byLabel.size() + " nodes ("
                + String.join(", ", byLabel.stream().map(GraphNode::id).toList()) + "); give one of these ids");
    }

    private static Set<String> neighbourhood(GraphNode start, List<GraphEdge> edges, int depth) {
        Map<String, List<String>> adjacent = new HashMap<>();
        for (GraphEdge e : edges) {
            adjacent.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            adjacent.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        Map<String, Integer> dist = new HashMap<>();
        dist.put(start.id(), 0);
        Deque<String> queue = new ArrayDeque<>(List.of(start.id()));
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            int d = dist.get(id);
            if (d == depth) {
                continue;
            }
            for (String next : adjacent.getOrDefault(id, List.of())) {
                if (dist.putIfAbsent(next, d + 1) == null) {
                    queue.addLast(next);
                }
            }
        }
        return dist.keySet();
    }
}
