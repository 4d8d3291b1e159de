package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.newskg.export.graph.Evidence;
import org.newskg.export.graph.Fact;
import org.newskg.export.graph.GraphEdge;
import org.newskg.export.graph.GraphNode;
import org.newskg.export.graph.NodeStyle;

/** The JSON shapes of nodes and edges shared by the Cytoscape.js file and the HTML viewer. */
final class JsonTrees {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonTrees() {
    }

    /** A writer with two-space indentation and "\n" line ends on every platform. */
    static ObjectWriter pretty() {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(pp);
    }

    static void write(Object tree, OutputStream out, boolean indent) throws IOException {
        (indent ? pretty() : MAPPER.writer()).writeValue(out, tree);
    }

    static Map<String, Object> node(GraphNode n) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", n.id());
        d.put("name", n.label());
        d.put("kind", n.kind().key());
        d.put("type", n.type());
        d.put("iri", n.iri());
        put(d, "link", n.link());
        d.put("mentions", n.mentions());
        d.put("articles", n.articles());
        put(d, "firstDate", n.firstDate());
        put(d, "lastDate", n.lastDate());
        d.put("color", NodeStyle.color(n));
        d.put("size", round(NodeStyle.size(n)));
        d.put("shape", cytoscapeShape(NodeStyle.shape(n)));
        List<Object> facts = new ArrayList<>();
        for (Fact f : n.facts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("property", f.property());
            m.put("value", f.value());
            m.put("evidence", evidence(f.evidence()));
            facts.add(m);
        }
        d.put("facts", facts);
        return d;
    }

    static Map<String, Object> edge(GraphEdge e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", e.id());
        d.put("source", e.source());
        d.put("target", e.target());
        d.put("interaction", e.type());
        d.put("type", e.type());
        d.put("label", e.label());
        d.put("weight", round(e.weight()));
        d.put("articles", e.articles());
        if (e.confidence() != null) {
            d.put("confidence", round(e.confidence()));
        }
        put(d, "firstDate", e.firstDate());
        put(d, "lastDate", e.lastDate());
        d.put("evidence", evidence(e.evidence()));
        return d;
    }

    /** Cytoscape.js's names for the shapes: round-rectangle, rhomboid, … */
    private static String cytoscapeShape(String shape) {
        return switch (shape) {
            case "roundrectangle" -> "round-rectangle";
            case "parallelogram" -> "rhomboid";
            default -> shape;
        };
    }

    private static List<Object> evidence(List<Evidence> list) {
        List<Object> out = new ArrayList<>();
        for (Evidence ev : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", ev.article());
            put(m, "headline", ev.headline());
            put(m, "date", ev.date());
            m.put("sentence", ev.sentence());
            out.add(m);
        }
        return out;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Two decimals: keeps files small and stable. */
    static Number round(double d) {
        double r = Math.rint(d * 100) / 100;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? (Number) (long) r : (Number) r;
    }
}
