package org.newskg.export;

import java.util.Locale;

/** Every format {@code newskg export} writes: the RDF serializations and the graph-tool formats. */
public enum ExportFormat {
    ttl, trig, nt, nq, jsonld, graphml, gexf, dot, cyjs, neo4j, html;

    /** True for the RDF formats, which write the store itself rather than the property-graph view. */
    public boolean rdf() {
        return ordinal() <= jsonld.ordinal();
    }

    public RdfFormatChoice rdfChoice() {
        return RdfFormatChoice.valueOf(name());
    }

    /** The writer of a graph-tool format; {@code title} names the graph in the HTML viewer. */
    public GraphExporter exporter(String title) {
        return switch (this) {
            case graphml -> new GraphMlExporter();
            case gexf -> new GexfExporter();
            case dot -> new DotExporter();
            case cyjs -> new CytoscapeExporter();
            case neo4j -> new Neo4jExporter();
            case html -> new HtmlExporter(title);
            default -> throw new IllegalStateException(this + " is an RDF format");
        };
    }

    public static ExportFormat parse(String s) {
        return valueOf(s.toLowerCase(Locale.ROOT));
    }
}
