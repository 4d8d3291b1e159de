package org.newskg.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newskg.export.graph.GraphEdge;
import org.newskg.export.graph.GraphNode;
import org.newskg.export.graph.NodeStyle;
import org.newskg.export.graph.PropertyGraph;

/**
 * GEXF 1.3 for Gephi: typed attributes, {@code viz} colour by type, size by mentions and the layout position,
 * and, in a dynamic graph, a spell per node and edge that starts at its first article date, so Gephi's timeline
 * shows the cast of a story growing.
 *
 * <p>Facts are directed and co-mentions undirected. A graph with both has no {@code defaultedgetype}: Gephi then
 * reads it as a mixed graph (facts directed, co-mentions {@code type="undirected"}), and networkx, which has no
 * mixed graphs, as an undirected multigraph that still holds every edge. A graph of facts alone is
 * {@code defaultedgetype="directed"}. Each edge's {@code kind} (GEXF 1.3) is its type, so that Gephi keeps two
 * facts of different types between the same two nodes as two edges.
 */
public final class GexfExporter implements GraphExporter {
    static final String NS = "http://gexf.net/1.3";
    static final String VIZ_NS = "http://gexf.net/1.3/viz";

    @Override
    public void write(PropertyGraph graph, Path target) throws IOException {
        boolean dated = graph.nodes().stream().anyMatch(n -> n.firstDate() != null);
        boolean mixed = graph.edges().stream().anyMatch(e -> !e.directed());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<gexf xmlns=\"" + NS + "\" xmlns:viz=\"" + VIZ_NS
                    + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n    xsi:schemaLocation=\"" + NS
                    + " http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
            w.write("  <meta>\n    <creator>newskg</creator>\n    <description>People, organizations, places"
                    + " and events read from news articles</description>\n  </meta>\n");
            w.write("  <graph" + (mixed ? "" : " defaultedgetype=\"directed\"") + " mode=\""
                    + (dated ? "dynamic\" timeformat=\"date" : "static") + "\">\n");
            w.write("    <attributes class=\"node\" mode=\"static\">\n");
            for (String[] a : List.of(new String[] {"kind", "string"}, new String[] {"type", "string"},
                    new String[] {"iri", "string"}, new String[] {"link", "string"},
                    new String[] {"mentions", "integer"}, new String[] {"articles", "integer"},
                    new String[] {"firstDate", "string"}, new String[] {"lastDate", "string"},
                    new String[] {"facts", "string"})) {
                attribute(w, a[0], a[1]);
            }
            w.write("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n");
            for (String[] a : List.of(new String[] {"type", "string"}, new String[] {"articles", "integer"},
                    new String[] {"confidence", "double"}, new String[] {"firstDate", "string"},
                    new String[] {"lastDate", "string"}, new String[] {"evidence", "string"})) {
                attribute(w, "e_" + a[0], a[1], a[0]);
            }
            w.write("    </attributes>\n    <nodes>\n");
            for (GraphNode n : graph.nodes()) {
                node(w, n);
            }
            w.write("    </nodes>\n    <edges>\n");
            for (GraphEdge e : graph.edges()) {
                edge(w, e);
            }
            w.write("    </edges>\n  </graph>\n</gexf>\n");
        }
    }

    private static void attribute(Writer w, String id, String type) throws IOException {
        attribute(w, id, type, id);
    }

    private static void attribute(Writer w, String id, String type, String title) throws IOException {
        w.write("      <attribute id=\"" + id + "\" title=\"" + title + "\" type=\"" + type + "\"/>\n");
    }

    private static void node(Writer w, GraphNode n) throws IOException {
        w.write("      <node id=\"" + Xml.attr(n.id()) + "\" label=\"" + Xml.attr(n.label()) + "\">\n");
        List<String[]> values = new ArrayList<>();
        values.add(new String[] {"kind", n.kind().key()});
        values.add(new String[] {"type", n.type()});
        values.add(new String[] {"iri", n.iri()});
        values.add(new String[] {"link", n.link()});
        values.add(new String[] {"mentions", Integer.toString(n.mentions())});
        values.add(new String[] {"articles", Integer.toString(n.articles())});
        values.add(new String[] {"firstDate", n.firstDate()});
        values.add(new String[] {"lastDate", n.lastDate()});
        values.add(new String[] {"facts", GraphMlExporter.facts(n)});
        attvalues(w, values);
        spell(w, n.firstDate());
        int[] rgb = NodeStyle.rgb(n);
        w.write("        <viz:color r=\"" + rgb[0] + "\" g=\"" + rgb[1] + "\" b=\"" + rgb[2] + "\"/>\n");
        w.write("        <viz:position x=\"" + NodeStyle.number(n.x()) + "\" y=\"" + NodeStyle.number(-n.y())
                + "\" z=\"0\"/>\n");
        w.write("        <viz:size value=\"" + NodeStyle.number(NodeStyle.size(n) / 2) + "\"/>\n");
        w.write("      </node>\n");
    }

    private static void edge(Writer w, GraphEdge e) throws IOException {
        w.write("      <edge id=\"" + Xml.attr(e.id()) + "\" kind=\"" + Xml.attr(e.type()) + "\" source=\""
                + Xml.attr(e.source()) + "\" target=\""
                + Xml.attr(e.target()) + "\" label=\"" + Xml.attr(e.label()) + "\" weight=\""
                + NodeStyle.number(e.weight()) + "\"" + (!e.directed() ? " type=\"undirected\"" : "") + ">\n");
        List<String[]> values = new ArrayList<>();
        values.add(new String[] {"e_type", e.type()});
        values.add(new String[] {"e_articles", Integer.toString(e.articles())});
        values.add(new String[] {"e_confidence", e.confidence() == null ? null : NodeStyle.number(e.confidence())});
        values.add(new String[] {"e_firstDate", e.firstDate()});
        values.add(new String[] {"e_lastDate", e.lastDate()});
        values.add(new String[] {"e_evidence", GraphMlExporter.evidence(e)});
        attvalues(w, values);
        spell(w, e.firstDate());
        w.write("      </edge>\n");
    }

    private static void attvalues(Writer w, List<String[]> values) throws IOException {
        w.write("        <attvalues>\n");
        for (String[] v : values) {
            if (v[1] != null && !v[1].isEmpty()) {
                w.write("          <attvalue for=\"" + v[0] + "\" value=\"" + Xml.attr(v[1]) + "\"/>\n");
            }
        }
        w.write("        </attvalues>\n");
    }

    private static void spell(Writer w, String start) throws IOException {
        if (start != null) {
            w.write("        <spells>\n          <spell start=\"" + start + "\"/>\n        </spells>\n");
        }
    }
}
