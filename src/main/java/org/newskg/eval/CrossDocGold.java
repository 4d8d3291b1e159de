package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newskg.NewskgException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A cross-article gold file ({@code score.py crossdoc}): the articles of one storyline, the clusters of names
 * that must land on one entity once they are all in one store, and the pairs of names that must land on two.
 */
record CrossDocGold(Path file, String storyline, List<String> articles, List<Cluster> clusters,
                    List<List<String>> distinct) {

    record Cluster(String id, List<String> names) {
    }

    /** True for a file of this format. */
    static boolean isCrossDocGold(JsonNode root) {
        return root.has("clusters") && root.has("articles");
    }

    static CrossDocGold parse(Path file, JsonNode r) {
        List<String> articles = new ArrayList<>();
        r.get("articles").forEach(a -> articles.add(a.asText()));
        List<Cluster> clusters = new ArrayList<>();
        for (JsonNode c : r.get("clusters")) {
            List<String> names = new ArrayList<>();
            c.path("names").forEach(n -> names.add(n.asText()));
            clusters.add(new Cluster(c.path("id").asText(String.join(" = ", names)), names));
        }
        List<List<String>> distinct = new ArrayList<>();
        for (JsonNode d : r.path("distinct")) {
            if (!d.isArray() || d.size() != 2) {
                throw new NewskgException(file + ": each \"distinct\" entry must be a pair of names, not " + d);
            }
            distinct.add(List.of(d.get(0).asText(), d.get(1).asText()));
        }
        if (articles.isEmpty()) {
            throw new NewskgException(file + ": a cross-article gold file must list its \"articles\"");
        }
        return new CrossDocGold(file, r.path("storyline").asText(""), articles, clusters, distinct);
    }
}
