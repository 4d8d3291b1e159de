package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * A storyline's articles in one store, scored as {@code score.py crossdoc} does: a cluster is right when each
 * of its names is some entity's name and all of them are names of one entity; a distinct pair is right when
 * both names are found and no entity has both.
 */
final class CrossDocScore {
    record ClusterResult(CrossDocGold.Cluster cluster, boolean ok, int entities, List<String> missing) {
    }

    record PairResult(List<String> pair, boolean ok) {
    }

    final CrossDocGold gold;
    final List<ClusterResult> clusters = new ArrayList<>();
    final List<PairResult> distinct = new ArrayList<>();

    private CrossDocScore(CrossDocGold gold) {
        this.gold = gold;
    }

    static CrossDocScore score(CrossDocGold gold, SystemGraph g) {
        Map<String, Set<Node>> byName = new HashMap<>();
        for (Node s : g.entities()) {
            for (String n : g.names(s)) {
                byName.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(s);
            }
        }
        CrossDocScore out = new CrossDocScore(gold);
        for (CrossDocGold.Cluster c : gold.clusters()) {
            Set<Node> entities = new HashSet<>();
            List<String> missing = new ArrayList<>();
            for (String n : c.names()) {
                Set<Node> hits = byName.getOrDefault(Norm.norm(n), Set.of());
                if (hits.isEmpty()) {
                    missing.add(n);
                }
                entities.addAll(hits);
            }
            out.clusters.add(new ClusterResult(c, missing.isEmpty() && entities.size() == 1, entities.size(), missing));
        }
        for (List<String> pair : gold.distinct()) {
            Set<Node> a = byName.getOrDefault(Norm.norm(pair.get(0)), Set.of());
            Set<Node> b = byName.getOrDefault(Norm.norm(pair.get(1)), Set.of());
            boolean apart = !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
            out.distinct.add(new PairResult(pair, apart));
        }
        return out;
    }

    int clustersRight() {
        return (int) clusters.stream().filter(ClusterResult::ok).count();
    }

    int pairsRight() {
        return (int) distinct.stream().filter(PairResult::ok).count();
    }
}
