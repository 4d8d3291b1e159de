package org.newskg.export.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newskg.export.graph.GraphNode.NodeKind;

/**
 * Sums what the article graphs say about each node and edge: mentions, supporting articles, dates, the highest
 * confidence and a few evidence sentences. Labels and types that differ between articles are settled by vote.
 */
final class GraphAccumulator {
    static final int EVIDENCE_PER_ITEM = 3;
    private static final List<String> TYPE_PRIORITY = List.of("Person", "Organization", "Country", "City",
            "AdministrativeArea", "Place");

    private final Map<String, NodeAcc> nodes = new HashMap<>();
    private final Map<String, EdgeAcc> edges = new HashMap<>();

    /** Records that {@code article} (dated {@code date}) speaks of a node. */
    NodeAcc node(String id, NodeKind kind, String iri, String article, String date) {
        NodeAcc n = nodes.computeIfAbsent(id, k -> new NodeAcc(id, kind, iri));
        n.articles.add(article);
        n.dates(date);
        return n;
    }

    boolean hasNode(String id) {
        return nodes.containsKey(id);
    }

    /**
     * Records that one article supports an edge. Edges whose weight counts articles pass {@code weight} NaN;
     * others (co-mentions, mention counts) add {@code weight}.
     */
    void edge(String source, String type, String label, String target, Support support, double weight) {
        EdgeAcc e = edges.computeIfAbsent(source + '\t' + type + '\t' + target,
                k -> new EdgeAcc(source, type, label, target, Double.isNaN(weight)));
        e.articles.add(support.article());
        e.dates(support.date());
        if (!Double.isNaN(weight)) {
            e.weightSum += weight;
        }
        if (support.confidence() != null && (e.confidence == null || support.confidence() > e.confidence)) {
            e.confidence = support.confidence();
        }
        if (support.sentence() != null) {
            e.evidence.add(new Evidence(support.article(), support.headline(), support.date(), support.sentence()));
            if (e.evidence.size() > EVIDENCE_PER_ITEM) {
                e.evidence.pollLast();
            }
        }
    }

    PropertyGraph result() {
        List<GraphNode> ns = new ArrayList<>();
        for (NodeAcc n : nodes.values()) {
            ns.add(n.toNode());
        }
        List<EdgeAcc> es = new ArrayList<>(edges.values());
        es.sort(Comparator.comparing((EdgeAcc e) -> e.source).thenComparing(e -> e.type)
                .thenComparing(e -> e.target));
        List<GraphEdge> out = new ArrayList<>();
        int i = 0;
        for (EdgeAcc e : es) {
            if (nodes.containsKey(e.source) && nodes.containsKey(e.target)) {
                out.add(e.toEdge("e" + ++i));
            }
        }
        return new PropertyGraph(ns, out);
    }

    /** Where one article's support for an edge comes from. */
    record Support(String article, String headline, String date, Double confidence, String sentence) {
    }

    /** A node under construction. */
    static final class NodeAcc {
        final String id;
        final NodeKind kind;
        final String iri;
        final Map<String, Integer> labels = new HashMap<>();
        final Map<String, Integer> types = new HashMap<>();
        final Set<String> articles = new HashSet<>();
        final Map<String, Map<String, TreeSet<Evidence>>> facts = new TreeMap<>();
        String link;
        int mentions;
        String firstDate;
        String lastDate;

        NodeAcc(String id, NodeKind kind, String iri) {
            this.id = id;
            this.kind = kind;
            this.iri = iri;
        }

        void label(String l) {
            if (l != null && !l.isBlank()) {
                labels.merge(l, 1, Integer::sum);
            }
        }

        void type(String t) {
            types.merge(t, 1, Integer::sum);
        }

        void link(String l) {
            if (l != null && (link == null || l.compareTo(link) < 0)) {
                link = l;
            }
        }

        void fact(String property, String value, Evidence evidence) {
            TreeSet<Evidence> ev = facts.computeIfAbsent(property, k -> new TreeMap<>())
                    .computeIfAbsent(value, k -> new TreeSet<>());
            if (evidence != null) {
                ev.add(evidence);
                if (ev.size() > EVIDENCE_PER_ITEM) {
                    ev.pollLast();
                }
            }
        }

        void dates(String date) {
            if (date != null) {
                firstDate = firstDate == null || date.compareTo(firstDate) < 0 ? date : firstDate;
                lastDate = lastDate == null || date.compareTo(lastDate) > 0 ? date : lastDate;
            }
        }

        GraphNode toNode() {
            List<Fact> fs = new ArrayList<>();
            facts.forEach((p, values) -> values.forEach(
                    (v, ev) -> fs.add(new Fact(p, v, ev.stream().limit(EVIDENCE_PER_ITEM).toList()))));
            return new GraphNode(id, vote(labels, List.of(), id), kind, vote(types, TYPE_PRIORITY, "Thing"), iri,
                    link, mentions, articles.size(), firstDate, lastDate, fs, 0, 0);
        }

        /** The most frequent value; ties go to the earlier one in {@code priority}, then alphabetical order. */
        private static String vote(Map<String, Integer> counts, List<String> priority, String fallback) {
            Comparator<Map.Entry<String, Integer>> c = Map.Entry.<String, Integer>comparingByValue().reversed();
            c = c.thenComparing(e -> priority.contains(e.getKey()) ? priority.indexOf(e.getKey()) : priority.size())
                    .thenComparing(Map.Entry::getKey);
            return new LinkedHashMap<>(counts).entrySet().stream().sorted(c).map(Map.Entry::getKey).findFirst()
                    .orElse(fallback);
        }
    }

    /** An edge under construction. */
    static final class EdgeAcc {
        final String source;
        final String type;
        final String label;
        final String target;
        final boolean weightIsArticles;
        final Set<String> articles = new HashSet<>();
        final TreeSet<Evidence> evidence = new TreeSet<>();
        double weightSum;
        Double confidence;
        String firstDate;
        String lastDate;

        EdgeAcc(String source, String type, String label, String target, boolean weightIsArticles) {
            this.source = source;
            this.type = type;
            this.label = label;
            this.target = target;
            this.weightIsArticles = weightIsArticles;
        }

        void dates(String date) {
            if (date != null) {
                firstDate = firstDate == null || date.compareTo(firstDate) < 0 ? date : firstDate;
                lastDate = lastDate == null || date.compareTo(lastDate) > 0 ? date : lastDate;
            }
        }

        GraphEdge toEdge(String id) {
            double w = weightIsArticles ? articles.size() : weightSum;
            return new GraphEdge(id, source, target, type, label, w, articles.size(), confidence, firstDate,
                    lastDate, evidence.stream().limit(EVIDENCE_PER_ITEM).toList());
        }
    }
}
