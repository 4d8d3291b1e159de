package org.newskg.export.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.newskg.export.graph.GraphAccumulator.Support;

/** Weighted co-mention edges: two entities named in the same sentence (or article) of one article. */
final class CoMentionCounter {
    static final String TYPE = "coMention";
    static final String LABEL = "co-mentioned with";

    private final TreeMap<Integer, String> sentences;
    private final Function<Node, String> ids;

    CoMentionCounter(TreeMap<Integer, String> sentences, Function<Node, String> ids) {
        this.sentences = sentences;
        this.ids = ids;
    }

    void count(GraphAccumulator acc, Map<Node, List<Integer>> mentions, GraphFilter.CoMentions mode,
            Support article) {
        if (mode == GraphFilter.CoMentions.ARTICLE) {
            TreeSet<String> all = new TreeSet<>();
            mentions.keySet().forEach(e -> all.add(ids.apply(e)));
            pairs(acc, all, article);
            return;
        }
        Map<Integer, TreeSet<String>> bySentence = new TreeMap<>();
        mentions.forEach((e, begins) -> {
            for (int b : begins) {
                Integer s = sentences.floorKey(b);
                if (s != null) {
                    bySentence.computeIfAbsent(s, k -> new TreeSet<>()).add(ids.apply(e));
                }
            }
        });
        bySentence.forEach((s, entities) -> pairs(acc, entities,
                new Support(article.article(), article.headline(), article.date(), null, sentences.get(s))));
    }

    private static void pairs(GraphAccumulator acc, TreeSet<String> entities, Support support) {
        List<String> list = new ArrayList<>(entities);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                acc.edge(list.get(i), TYPE, LABEL, list.get(j), support, 1);
            }
        }
    }
}
