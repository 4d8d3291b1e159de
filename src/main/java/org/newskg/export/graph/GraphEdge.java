package org.newskg.export.graph;

import java.util.List;

/**
 * One edge of the property-graph view.
 *
 * @param id         stable id, unique in the graph
 * @param source     the source node id
 * @param target     the target node id
 * @param type       the property's local name (memberOf, leaderOf, agent, said, mentions, coMention, …)
 * @param label      a readable label ("member of")
 * @param weight     how strongly the edge is supported: articles for facts, sentences or articles for
 *                   co-mentions, mentions for article edges
 * @param articles   the number of articles that support it
 * @param confidence the highest extractor confidence, or null when the edge is not an extracted fact
 * @param firstDate  the earliest supporting article date, or null
 * @param lastDate   the latest supporting article date, or null
 * @param evidence   some of the sentences it was read from (at most a few, earliest first)
 */
public record GraphEdge(String id, String source, String target, String type, String label, double weight,
        int articles, Double confidence, String firstDate, String lastDate, List<Evidence> evidence) {
    public GraphEdge {
        evidence = List.copyOf(evidence);
    }

    /** Facts go from subject to object; a co-mention has no direction. */
    public boolean directed() {
        return !type.equals(CoMentionCounter.TYPE);
    }
}
