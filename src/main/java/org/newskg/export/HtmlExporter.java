package org.newskg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * One self-contained HTML page (no network needed to open it) that draws the graph: search, show or hide types,
 * pan and zoom, drag nodes, and click a node to read its facts and connections with the sentences they came from.
 */
public final class HtmlExporter implements GraphExporter {
    private static final String TEMPLATE = "/org/newskg/export/viewer.html";
    private static final String SLOT = "/*NEWSKG_DATA*/";

    private final String title;

    public HtmlExporter(String title) {
        this.title = title;
    }

    @Override
    public void write(PropertyGraph graph, Path target) throws IOException {
        String page = template();
        int at = page.indexOf(SLOT);
        String html = page.substring(0, at) + json(graph) + page.substring(at + SLOT.length());
        Files.writeString(target, html, StandardCharsets.UTF_8);
    }

    /** The data as JSON that is safe inside a script element: every '<' is written as \u003c. */
    private String json(PropertyGraph graph) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", title);
        List<Object> nodes = new ArrayList<>();
        for (GraphNode n : graph.nodes()) {
            Map<String, Object> d = JsonTrees.node(n);
            d.put("x", JsonTrees.round(n.x() * 2));
            d.put("y", JsonTrees.round(n.y() * 2));
            nodes.add(d);
        }
        List<Object> edges = new ArrayList<>();
        for (GraphEdge e : graph.edges()) {
            edges.add(JsonTrees.edge(e));
        }
        root.put("nodes", nodes);
        root.put("edges", edges);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        JsonTrees.write(root, buf, false);
        return buf.toString(StandardCharsets.UTF_8).replace("<", "\\u003c").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    private static String template() throws IOException {
        try (InputStream in = HtmlExporter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
