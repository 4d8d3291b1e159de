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
            if (g.isURI() && (filter.article() == null || isArticle(g.getURI(), filter.article()))) {
                graphs.add(g);
            }
        });
        if (filter.article() != null && graphs.isEmpty()) {
            throw new NewskgException("--article: no article '" + filter.article()
                    + "' in the store; give its IRI or the id after 'article/' (see queries/10-articles.rq)");
        }
        graphs.sort(Comparator.comparing(Node::getURI));
        GraphAccumulator acc = new GraphAccumulator();
        for (Node g : graphs) {
            ArticleGraphReader reader = new ArticleGraphReader(data.getGraph(g), g);
            if (filter.acceptsDate(reader.date())) {
                reader.readInto(acc, filter.include(), filter.coMentions());
            }
        }
        return ForceLayout.apply(new GraphPruner(filter).prune(acc.result()));
    }

    /** True when the graph is the article's: its IRI, or the id after "article/". */
    public static boolean isArticle(String graphIri, String article) {
        return graphIri.equals(article) || graphIri.endsWith("/article/" + article);
    }
}
