package org.newskg.export.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.NewskgException;

/**
 * Builds the property-graph view of a store: reads each article graph that passes the filter, sums the
 * contributions, prunes by the filter and lays the result out.
 */
public final class GraphViewBuilder {
    private final GraphFilter filter;

    public GraphViewBuilder(GraphFilter filter) {
        this.filter = filter;
    }

    /** Call inside a read transaction. */
    public PropertyGraph build(DatasetGraph data) {
        List<Node> graphs = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(g -> {
            // article graphs only: not the store's happenings graph, derived from them
            boolean article = g.isURI() && data.getGraph(g).contains(g, org.newskg.rdf.Vocab.TYPE, org.newskg.rdf.Vocab.NEWS_ARTICLE);
            if (article && (filter.article() == null || isArticle(g.getURI(), filter.article()))) {
                graphs.add(g);
            }
        });
        if (filter.article() != null && graphs.isEmpty()) {
            throw new NewskgException("--article: no article '" + filter.article()
                    + "' in the store; give its IRI or the id after 'article/' (see queries/10-articles.rq)");
        }
        graphs.sort(Comparator.comparing(Node::getURI));
        boolean auto = filter.coMentions() == GraphFilter.CoMentions.AUTO;
        GraphFilter.CoMentions read = auto ? GraphFilter.CoMentions.SENTENCE : filter.coMentions();
        GraphAccumulator acc = new GraphAccumulator();
        for (Node g : graphs) {
            ArticleGraphReader reader = new ArticleGraphReader(data.getGraph(g), g);
            if (filter.acceptsDate(reader.date())) {
                reader.readInto(acc, filter.include(), read);
            }
        }
        PropertyGraph all = acc.result();
        if (auto) {
            PropertyGraph factsOnly = new GraphPruner(filter).prune(withoutCoMentions(all));
            if (!mostlyIsolated(factsOnly)) {
                return ForceLayout.apply(factsOnly);
            }
        }
        return ForceLayout.apply(new GraphPruner(filter).prune(all));
    }

    private static PropertyGraph withoutCoMentions(PropertyGraph g) {
        return new PropertyGraph(g.nodes(),
                g.edges().stream().filter(e -> !e.type().equals(CoMentionCounter.TYPE)).toList());
    }

    /** True when more than half of the entities have no edge: then a picture of the facts alone shows dots. */
    static boolean mostlyIsolated(PropertyGraph g) {
        java.util.Set<String> linked = new java.util.HashSet<>();
        g.edges().forEach(e -> {
            linked.add(e.source());
            linked.add(e.target());
        });
        long entities = g.nodes().stream().filter(n -> n.kind() == GraphNode.NodeKind.ENTITY).count();
        long isolated = g.nodes().stream()
                .filter(n -> n.kind() == GraphNode.NodeKind.ENTITY && !linked.contains(n.id())).count();
        return entities > 0 && isolated * 2 > entities;
    }

    /** True when the graph is the article's: its IRI, or the id after "article/". */
    public static boolean isArticle(String graphIri, String article) {
        return graphIri.equals(article) || graphIri.endsWith("/article/" + article);
    }
}
