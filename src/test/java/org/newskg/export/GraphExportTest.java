package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.export.graph.GraphFilter;
import org.newskg.export.graph.GraphNode.NodeKind;
import org.newskg.export.graph.GraphViewBuilder;
import org.newskg.export.graph.PropertyGraph;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every graph format on the small hand-written graph: byte-for-byte against golden files (regenerate them with
 * -Dnewskg.updateGolden=true and review the diff), valid against its schema, and read by the tool it is for.
 */
class GraphExportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/export/golden");
    private static PropertyGraph graph;

    @TempDir
    Path tmp;

    @BeforeAll
    static void view() {
        graph = new GraphViewBuilder(GraphFilter.everything()
                .withInclude(EnumSet.of(NodeKind.EVENT, NodeKind.QUOTE, NodeKind.ARTICLE)))
                .build(SmallGraph.dataset());
    }

    private Path export(ExportFormat f, String name) throws Exception {
        Path out = tmp.resolve(name);
        f.exporter("newskg: small graph").write(graph, out);
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"graphml", "gexf", "dot", "cyjs", "html"})
    void matchesTheGoldenFile(ExportFormat f) throws Exception {
        Path out = export(f, "small." + f);
        golden(out, "small." + f);
        if (f == ExportFormat.cyjs) {
            golden(CytoscapeExporter.styleFile(out), "small.style.json");
        }
    }

    @Test
    void neo4jMatchesTheGoldenFiles() throws Exception {
        Path dir = export(ExportFormat.neo4j, "neo4j");
        for (String name : List.of(Neo4jExporter.NODES, Neo4jExporter.RELATIONSHIPS, Neo4jExporter.SCRIPT)) {
            golden(dir.resolve(name), "neo4j/" + name);
        }
    }

    @Test
    void neo4jCsvsAreConsistent() throws Exception {
        Path dir = export(ExportFormat.neo4j, "neo4j");
        assertThat(Neo4jChecks.check(dir))
                .isEqualTo(new GraphFileChecks.Counts(graph.nodes().size(), graph.edges().size()));
    }

    private static void golden(Path actual, String name) throws Exception {
        Path expected = GOLDEN.resolve(name);
        if (Boolean.getBoolean("newskg.updateGolden")) {
            Files.createDirectories(expected.getParent());
            Files.copy(actual, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readString(actual, StandardCharsets.UTF_8)).as(name)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"graphml", "gexf", "dot", "cyjs", "html"})
    void sameGraphSameBytes(ExportFormat f) throws Exception {
        PropertyGraph again = new GraphViewBuilder(GraphFilter.everything()
                .withInclude(EnumSet.of(NodeKind.EVENT, NodeKind.QUOTE, NodeKind.ARTICLE)))
                .build(SmallGraph.dataset());
        Path a = export(f, "a." + f);
        Path b = tmp.resolve("b." + f);
        f.exporter("newskg: small graph").write(again, b);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    private static Document parse(Path xml) throws Exception {
        return javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(xml.toFile());
    }

    @Test
    void graphMlIsValidAndKeepsEveryName() throws Exception {
        Path out = export(ExportFormat.graphml, "small.graphml");
        GraphFileChecks.validateGraphMl(out);
        Document doc = parse(out);
        NodeList data = doc.getElementsByTagNameNS(GraphMlExporter.NS, "data");
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < data.getLength(); i++) {
            var d = (org.w3c.dom.Element) data.item(i);
            if (d.getAttribute("key").equals("n_label")) {
                labels.add(d.getTextContent());
            }
        }
        assertThat(labels).contains(SmallGraph.MARIA, SmallGraph.JEAN,
                SmallGraph.ACME.replace("\u0007", ""));
        NodeList yedLabels = doc.getElementsByTagNameNS(GraphMlExporter.YED_NS, "NodeLabel");
        assertThat(yedLabels.getLength()).isEqualTo(graph.nodes().size());
    }

    @Test
    void gexfIsValidAndKeepsEveryName() throws Exception {
        Path out = export(ExportFormat.gexf, "small.gexf");
        GraphFileChecks.validateGexf(out);
        Document doc = parse(out);
        NodeList nodes = doc.getElementsByTagNameNS(GexfExporter.NS, "node");
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            labels.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("label"));
        }
        assertThat(labels).hasSize(graph.nodes().size()).contains(SmallGraph.MARIA, SmallGraph.JEAN,
                SmallGraph.ACME.replace("\u0007", ""));
        assertThat(doc.getElementsByTagNameNS(GexfExporter.NS, "edge").getLength())
                .isEqualTo(graph.edges().size());
        assertThat(doc.getElementsByTagNameNS(GexfExporter.NS, "spell").getLength())
                .isEqualTo(graph.nodes().size() + graph.edges().size());
    }

    @Test
    void graphvizDrawsEveryNodeAndEdge() throws Exception {
        Path out = export(ExportFormat.dot, "small.dot");
        assertThat(GraphFileChecks.renderDot(out))
                .isEqualTo(new GraphFileChecks.Counts(graph.nodes().size(), graph.edges().size()));
        Path svg = tmp.resolve("small.svg");
        new DotExporter().write(graph, svg);
        assertThat(Files.readString(svg)).contains("<svg").contains(SmallGraph.MARIA);
    }

    @Test
    void viewerDrawsEveryNodeAndEdgeAndShowsEvidence() throws Exception {
        Path out = export(ExportFormat.html, "small.html");
        assertThat(GraphFileChecks.drawHtml(out))
                .isEqualTo(new GraphFileChecks.Counts(graph.nodes().size(), graph.edges().size()));
        String page = Files.readString(out);
        assertThat(page).doesNotContain("</script> anything").doesNotContain("src=\"http");
        String selected = GraphFileChecks.dumpDom(out.toUri() + "#node=" + java.net.URLEncoder.encode(
                "person/марія-коваленко", StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(selected).contains("leader of → ").contains("Acme workers protest")
                .contains("job title: chief \"executive\"");
    }

    @Test
    void cytoscapeLoadsEveryNodeAndEdgeWithTheStyle() throws Exception {
        Path out = export(ExportFormat.cyjs, "small.cyjs");
        assertThat(GraphFileChecks.drawCytoscape(out))
                .isEqualTo(new GraphFileChecks.Counts(graph.nodes().size(), graph.edges().size()));
    }
}
