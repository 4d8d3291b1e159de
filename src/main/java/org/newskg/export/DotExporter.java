package org.newskg.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.newskg.NewskgException;
import org.newskg.export.graph.GraphEdge;
import org.newskg.export.graph.GraphNode;
import org.newskg.export.graph.NodeStyle;
import org.newskg.export.graph.PropertyGraph;

/**
 * Graphviz DOT: every id quoted and escaped, fill colour by type, edge labels. When the target ends in .svg,
 * .png or .pdf the DOT is rendered with Graphviz's {@code dot} (which must be installed).
 */
public final class DotExporter implements GraphExporter {
    private static final List<String> RENDERED = List.of("svg", "png", "pdf");
    private static final int LARGE = 300;

    @Override
    public void write(PropertyGraph graph, Path target) throws IOException {
        String ext = extension(target);
        if (!RENDERED.contains(ext)) {
            writeDot(graph, target);
            return;
        }
        Path dot = Files.createTempFile("newskg-", ".dot");
        try {
            writeDot(graph, dot);
            render(dot, ext, target);
        } finally {
            Files.deleteIfExists(dot);
        }
    }

    void writeDot(PropertyGraph graph, Path target) throws IOException {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            boolean large = graph.nodes().size() > LARGE;
            w.write("digraph \"newskg\" {\n");
            // curved, not splines=true: Graphviz 2.43's obstacle-avoiding splines crashed on 4 of 20 renderings
            // of a 20-article store's graph (neato, overlap=false); curved edges crashed on none
            w.write("  graph [layout=" + (large ? "sfdp" : "neato") + ", overlap=false, splines=curved,"
                    + " outputorder=edgesfirst, fontname=\"Helvetica\", bgcolor=\"white\"];\n");
            w.write("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=11, penwidth=0.8,"
                    + " color=\"#333333\"];\n");
            w.write("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#999999\", fontcolor=\"#555555\","
                    + " arrowsize=0.6];\n");
            for (GraphNode n : graph.nodes()) {
                w.write("  " + quote(n.id()) + " [label=" + quote(n.label()) + ", shape=" + shape(n)
                        + ", fillcolor=\"" + NodeStyle.color(n) + "\", fontcolor=\"" + textColor(n)
                        + "\", tooltip=" + quote(n.type() + ", " + n.mentions() + " mentions") + "];\n");
            }
            for (GraphEdge e : graph.edges()) {
                boolean undirected = !e.directed();
                w.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [label="
                        + quote(undirected ? NodeStyle.number(e.weight()) : e.label()) + ", penwidth="
                        + NodeStyle.number(Math.min(6, 0.8 + Math.log1p(e.weight()))) + (undirected ? ", dir=none"
                        : "") + "];\n");
            }
            w.write("}\n");
        }
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, newlines as \n, forbidden characters gone. */
    static String quote(String s) {
        String c = Xml.clean(s);
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }

    private static String shape(GraphNode n) {
        return switch (NodeStyle.shape(n)) {
            case "roundrectangle" -> "box, style=\"rounded,filled\"";
            case "rectangle" -> "box";
            default -> NodeStyle.shape(n);
        };
    }

    private static String textColor(GraphNode n) {
        int[] c = NodeStyle.rgb(n);
        double luminance = 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
        return luminance < 140 ? "#ffffff" : "#000000";
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void render(Path dot, String format, Path target) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder("dot", "-T" + format, "-o", target.toString(), dot.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new NewskgException(target + ": rendering ." + format + " needs Graphviz's 'dot', which was not"
                    + " found (install the graphviz package), or export to a .dot file instead");
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new NewskgException(target + ": Graphviz failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewskgException(target + ": interrupted while Graphviz was rendering", e);
        }
    }
}
