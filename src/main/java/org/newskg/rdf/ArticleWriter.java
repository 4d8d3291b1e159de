package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.extraction.Extraction;
import org.newskg.source.Article;

/** The article node and the run that produced its graph. */
final class ArticleWriter {
    private ArticleWriter() {
    }

    static void write(TripleSink out, Iris iris, Extraction x, Node graph) {
        Article a = x.article();
        out.add(graph, Vocab.TYPE, Vocab.NEWS_ARTICLE);
        if (!a.headline().isEmpty()) {
            out.add(graph, Vocab.HEADLINE, NodeFactory.createLiteralString(a.headline()));
        }
        a.publicationDate().ifPresent(d ->
                out.add(graph, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        if (a.url() != null) {
            out.add(graph, Vocab.URL, NodeFactory.createLiteralDT(a.url(), XSDDatatype.XSDanyURI));
        }
        if (a.author() != null) {
            out.add(graph, Vocab.AUTHOR, NodeFactory.createLiteralString(a.author()));
        }
        out.add(graph, Vocab.SHA256, NodeFactory.createLiteralString(a.textSha256()));
        Node run = NodeFactory.createURI(iris.articleIri(a) + "/run");
        out.add(graph, Vocab.WAS_GENERATED_BY, run);
        out.add(run, Vocab.TYPE, Vocab.ACTIVITY);
        out.add(run, Vocab.TOOL_VERSION, NodeFactory.createLiteralString(x.run().toolVersion()));
        out.add(run, Vocab.ANNOTATORS, NodeFactory.createLiteralString(String.join(",", x.run().annotators())));
        out.add(run, Vocab.STARTED_AT, NodeFactory.createLiteralDT(x.run().startedAt().toString(), XSDDatatype.XSDdateTime));
    }
}
