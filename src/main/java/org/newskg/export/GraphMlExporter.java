package org.newskg.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.newskg.export.graph.Fact;
import org.newskg.export.graph.GraphEdge;
import org.newskg.export.graph.GraphNode;
import org.newskg.export.graph.NodeStyle;
import org.newskg.export.graph.PropertyGraph;

/**
 * GraphML with typed {@code <key>}s ({@code attr.name}, {@code attr.type}) for Gephi and Cytoscape, plus yEd's
 * {@code y:ShapeNode} and {@code y:PolyLineEdge} graphics, so yEd shows names, colours and positions at once.
 *
 * <p>Every edge follows {@code edgedefault="directed"}: networkx has no mixed graphs and refuses a file whose
 * edges differ in direction, so co-mentions are not marked {@code directed="false"}; they are drawn without
 * arrowheads in yEd (their graphics) and Cytoscape (its style), and carry type {@code coMention}. The GEXF file is
 * the one where they are undirected in Gephi too. yEd's graphics keys are named {@code label}, the text they
 * hold, so that Gephi reads them as the label instead of adding columns of their own.
 */
public final class GraphMlExporter implements GraphExporter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String YED_NS = "http://www.yworks.com/xml/graphml";

    private static final List<String[]> NODE_KEYS = List.of(new String[] {"label", "string"},
            new String[] {"ref", "string"}, new String[] {"kind", "string"}, new String[] {"type", "string"}, new String[] {"iri", "string"},
            new String[] {"link", "string"}, new String[] {"mentions", "int"}, new String[] {"articles", "int"},
            new String[] {"firstDate", "string"}, new String[] {"lastDate", "string"},
            new String[] {"facts", "string"}, new String[] {"color", "string"}, new String[] {"size", "double"},
            new String[] {"x", "double"}, new String[] {"y", "double"});
    private static final List<String[]> EDGE_KEYS = List.of(new String[] {"label", "string"},
            new String[] {"type", "string"}, new String[] {"weight", "double"}, new String[] {"articles", "int"},
            new String[] {"confidence", "double"}, new String[] {"firstDate", "string"},
            new String[] {"lastDate", "string"}, new String[] {"evidence", "string"});

    @Override
    public void write(PropertyGraph graph, Path target) throws IOException {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<graphml xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                    + " xmlns:y=\"" + YED_NS + "\"\n    xsi:schemaLocation=\"" + NS
                    + " http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n");
            for (String[] k : NODE_KEYS) {
                key(w, "node", "n_" + k[0], k[0], k[1]);
            }
            w.write("  <key id=\"n_yed\" for=\"node\" attr.name=\"label\" attr.type=\"string\""
                    + " yfiles.type=\"nodegraphics\"/>\n");
            for (String[] k : EDGE_KEYS) {
                key(w, "edge", "e_" + k[0], k[0], k[1]);
            }
            w.write("  <key id=\"e_yed\" for=\"edge\" attr.name=\"label\" attr.type=\"string\""
                    + " yfiles.type=\"edgegraphics\"/>\n");
            w.write("  <graph id=\"newskg\" edgedefault=\"directed\">\n");
            for (GraphNode n : graph.nodes()) {
                node(w, n);
            }
            for (GraphEdge e : graph.edges()) {
                edge(w, e);
            }
            w.write("  </graph>\n</graphml>\n");
        }
    }

    private static void key(Writer w, String forWhat, String id, String name, String type) throws IOException {
        w.write("  <key id=\"" + id + "\" for=\"" + forWhat + "\" attr.name=\"" + name + "\" attr.type=\"" + type
                + "\"/>\n");
    }

    private static void node(Writer w, GraphNode n) throws IOException {
        w.write("    <node id=\"" + Xml.attr(nmtoken(n.id())) + "\">\n");
        data(w, "n_label", n.label());
        data(w, "n_ref", n.id());
        data(w, "n_kind", n.kind().key());
        data(w, "n_type", n.type());
        data(w, "n_iri", n.iri());
        data(w, "n_link", n.link());
        data(w, "n_mentions", Integer.toString(n.mentions()));
        data(w, "n_articles", Integer.toString(n.articles()));
        data(w, "n_firstDate", n.firstDate());
        data(w, "n_lastDate", n.lastDate());
        data(w, "n_facts", facts(n));
        data(w, "n_color", NodeStyle.color(n));
        data(w, "n_size", NodeStyle.number(NodeStyle.size(n)));
        data(w, "n_x", NodeStyle.number(n.x()));
        data(w, "n_y", NodeStyle.number(n.y()));
        double h = 30;
        double width = Math.min(320, Math.max(NodeStyle.size(n), 7.5 * n.label().length() + 20));
        w.write("      <data key=\"n_yed\">\n        <y:ShapeNode>\n");
        w.write("          <y:Geometry x=\"" + NodeStyle.number(n.x() * 2.5 - width / 2) + "\" y=\""
                + NodeStyle.number(n.y() * 2.5 - h / 2) + "\" width=\"" + NodeStyle.number(width)
                + "\" height=\"" + NodeStyle.number(h) + "\"/>\n");
        w.write("          <y:Fill color=\"" + NodeStyle.color(n).toUpperCase(java.util.Locale.ROOT)
                + "\" transparent=\"false\"/>\n");
        w.write("          <y:BorderStyle color=\"#333333\" type=\"line\" width=\"1.0\"/>\n");
        w.write("          <y:NodeLabel alignment=\"center\" autoSizePolicy=\"content\" fontSize=\"12\""
                + " textColor=\"#000000\" visible=\"true\">" + Xml.text(n.label()) + "</y:NodeLabel>\n");
        w.write("          <y:Shape type=\"" + NodeStyle.shape(n) + "\"/>\n");
        w.write("        </y:ShapeNode>\n      </data>\n    </node>\n");
    }

    private static void edge(Writer w, GraphEdge e) throws IOException {
        w.write("    <edge id=\"" + Xml.attr(nmtoken(e.id())) + "\" source=\"" + Xml.attr(nmtoken(e.source()))
                + "\" target=\"" + Xml.attr(nmtoken(e.target())) + "\">\n");
        data(w, "e_label", e.label());
        data(w, "e_type", e.type());
        data(w, "e_weight", NodeStyle.number(e.weight()));
        data(w, "e_articles", Integer.toString(e.articles()));
        data(w, "e_confidence", e.confidence() == null ? null : NodeStyle.number(e.confidence()));
        data(w, "e_firstDate", e.firstDate());
        data(w, "e_lastDate", e.lastDate());
        data(w, "e_evidence", evidence(e));
        w.write("      <data key=\"e_yed\">\n        <y:PolyLineEdge>\n");
        w.write("          <y:LineStyle color=\"#888888\" type=\"" + (e.directed() ? "line" : "dashed")
                + "\" width=\"1.0\"/>\n");
        w.write("          <y:Arrows source=\"none\" target=\"" + (e.directed() ? "standard" : "none") + "\"/>\n");
        w.write("          <y:EdgeLabel alignment=\"center\" fontSize=\"10\" textColor=\"#555555\""
                + " visible=\"true\">" + Xml.text(e.label()) + "</y:EdgeLabel>\n");
        w.write("        </y:PolyLineEdge>\n      </data>\n    </edge>\n");
    }

    private static void data(Writer w, String key, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            w.write("      <data key=\"" + key + "\">" + Xml.text(value) + "</data>\n");
        }
    }

    /**
     * GraphML ids are XML name tokens, which allow no '/': "person/ada-lovelace" becomes "person:ada-lovelace";
     * any other character a name token cannot hold becomes "_xHHHH_". (The id data key keeps the original.)
     */
    static String nmtoken(String id) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '/') {
                sb.append(':');
            } else if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == ':'
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "_x%04X_", cp));
            }
        }
        return sb.toString();
    }

    /** The evidence sentences of an edge, one per line. */
    static String evidence(GraphEdge e) {
        return String.join("\n", e.evidence().stream().map(ev -> ev.sentence()).toList());
    }

    /** Literal facts as lines "property: value". */
    static String facts(GraphNode n) {
        StringBuilder sb = new StringBuilder();
        for (Fact f : n.facts()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(f.property()).append(": ").append(f.value());
        }
        return sb.toString();
    }
}
