package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newskg.export.graph.GraphEdge;
import org.newskg.export.graph.GraphNode;
import org.newskg.export.graph.PropertyGraph;

/**
 * Cytoscape.js JSON ({@code elements.nodes[].data}, {@code elements.edges[].data}, preset positions), which
 * Cytoscape desktop imports too ({@code name} and {@code interaction} are the columns it expects), and beside it
 * two styles that colour and size nodes by type and mentions: {@code NAME.style.json} for Cytoscape.js and
 * {@code NAME.style.xml} for Cytoscape desktop. Every data value is a scalar: the facts of a node and the
 * evidence of an edge are text, one per line, since the desktop's reader empties lists.
 */
public final class CytoscapeExporter implements GraphExporter {

    @Override
    public void write(PropertyGraph graph, Path target) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format_version", "1.0");
        root.put("generated_by", "newskg");
        root.put("target_cytoscapejs_version", "~3.0");
        root.put("data", Map.of("name", "newskg"));
        List<Object> nodes = new ArrayList<>();
        for (GraphNode n : graph.nodes()) {
            Map<String, Object> el = new LinkedHashMap<>();
            Map<String, Object> data = JsonTrees.node(n);
            data.put("facts", GraphMlExporter.facts(n));
            el.put("data", data);
            Map<String, Object> pos = new LinkedHashMap<>();
            pos.put("x", JsonTrees.round(n.x() * 2));
            pos.put("y", JsonTrees.round(n.y() * 2));
            el.put("position", pos);
            nodes.add(el);
        }
        List<Object> edges = new ArrayList<>();
        for (GraphEdge e : graph.edges()) {
            Map<String, Object> data = JsonTrees.edge(e);
            data.put("evidence", GraphMlExporter.evidence(e));
            edges.add(Map.of("data", data));
        }
        Map<String, Object> elements = new LinkedHashMap<>();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        root.put("elements", elements);
        try (OutputStream out = Files.newOutputStream(target)) {
            JsonTrees.write(root, out, true);
            out.write('\n');
        }
        try (OutputStream out = Files.newOutputStream(styleFile(target))) {
            JsonTrees.write(style(), out, true);
            out.write('\n');
        }
        CytoscapeVizmap.write(desktopStyleFile(target));
    }

    /** The style file written beside {@code target}: "graph.cyjs" → "graph.style.json". */
    public static Path styleFile(Path target) {
        return beside(target, ".style.json");
    }

    /** The Cytoscape desktop style written beside {@code target}: "graph.cyjs" → "graph.style.xml". */
    static Path desktopStyleFile(Path target) {
        return beside(target, ".style.xml");
    }

    /** {@code target}'s name without its extension, plus {@code suffix}, in the same folder. */
    private static Path beside(Path target, String suffix) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return target.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }

    /** One style in Cytoscape desktop's export shape: a list of {title, style: [selector, style]}. */
    static List<Object> style() {
        List<Object> rules = new ArrayList<>();
        rules.add(rule("node", Map.of("label", "data(name)", "background-color", "data(color)", "width",
                "data(size)", "height", "data(size)", "shape", "data(shape)", "font-size", 10, "text-valign",
                "bottom", "text-margin-y", 2, "border-width", 1, "border-color", "#333333")));
        rules.add(rule("edge", Map.of("label", "data(label)", "curve-style", "bezier", "target-arrow-shape",
                "triangle", "width", "mapData(weight, 1, 10, 1, 6)", "line-color", "#999999",
                "target-arrow-color", "#999999", "font-size", 8, "color", "#555555")));
        rules.add(rule("edge[type = 'coMention']", Map.of("label", "data(weight)", "target-arrow-shape", "none",
                "line-style", "dashed")));
        rules.add(rule(":selected", Map.of("border-width", 3, "border-color", "#000000", "line-color",
                "#000000")));
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("format_version", "1.0");
        style.put("generated_by", "newskg");
        style.put("target_cytoscapejs_version", "~3.0");
        style.put("title", "newskg");
        style.put("style", rules);
        return List.of(style);
    }

    private static Map<String, Object> rule(String selector, Map<String, Object> style) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("selector", selector);
        r.put("style", new java.util.TreeMap<>(style));
        return r;
    }
}
