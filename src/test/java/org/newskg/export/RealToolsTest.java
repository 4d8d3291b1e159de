package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.export.graph.GraphFilter;
import org.newskg.export.graph.GraphNode.NodeKind;
import org.newskg.export.graph.GraphViewBuilder;
import org.newskg.export.graph.PropertyGraph;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every graph export opened by the tools' own code, with the same nodes and edges in each: Gephi's importers
 * (GEXF and GraphML), networkx, Neo4j's bulk importer and load.cypher run twice in Neo4j, Graphviz, and
 * Cytoscape.js in headless Chromium. Three graphs: the hand-made one, the demo article's store and a store of
 * 20 BBC articles; the two stores are exported by {@code ToolFixturesTest} in the models run, which comes first
 * in {@code mvn verify}.
 */
@Tag("tools")
class RealToolsTest {
    static final Path FIXTURES = Path.of("target", "tool-fixtures");

    @TempDir
    static Path tmp;

    static Stream<String> graphs() {
        return Stream.of("small", "demo", "bbc20");
    }

    private static Path fixture(String name) throws Exception {
        if (name.equals("small")) {
            Path dir = tmp.resolve("small");
            if (!Files.exists(dir)) {
                PropertyGraph g = new GraphViewBuilder(GraphFilter.everything()
                        .withInclude(EnumSet.of(NodeKind.EVENT, NodeKind.QUOTE, NodeKind.ARTICLE))
                        .withCoMentions(GraphFilter.CoMentions.SENTENCE)).build(SmallGraph.dataset());
                write(g, dir);
            }
            return dir;
        }
        Path dir = FIXTURES.resolve(name);
        assertThat(dir.resolve("graph.cyjs")).as("the exports of the " + name + " store, written by"
                + " ToolFixturesTest in the models run (mvn verify runs it first)").exists();
        return dir;
    }

    /** The exports of one view, under the names the checks expect. */
    static void write(PropertyGraph g, Path dir) throws Exception {
        Files.createDirectories(dir);
        for (String f : List.of("gexf", "graphml", "cyjs", "dot")) {
            ExportFormat.parse(f).exporter("newskg").write(g, dir.resolve("graph." + f));
        }
        ExportFormat.neo4j.exporter("newskg").write(g, dir.resolve("neo4j"));
    }

    @ParameterizedTest
    @MethodSource("graphs")
    void gephiOpensTheGexfWholeWithFactsDirectedAndCoMentionsNot(String name) throws Exception {
        Path dir = fixture(name);
        ToolImports.Expected want = ToolImports.expected(dir.resolve("graph.cyjs"));
        ToolImports.GephiGraph got = ToolImports.gephi(dir.resolve("graph.gexf"), null);
        assertThat(got.severeIssues()).as("Gephi's SEVERE issues").isEmpty();
        assertThat(got.nodes()).isEqualTo(want.nodes());
        assertThat(got.directed()).as("facts, directed").isEqualTo(want.facts());
        assertThat(got.undirected()).as("co-mentions, undirected").isEqualTo(want.coMentions());
        assertThat(got.columns()).noneMatch(c -> c.contains("yed"));
    }

    @ParameterizedTest
    @MethodSource("graphs")
    void gephiOpensTheGraphMlWithoutJunkColumns(String name) throws Exception {
        Path dir = fixture(name);
        ToolImports.Expected want = ToolImports.expected(dir.resolve("graph.cyjs"));
        ToolImports.GephiGraph got = ToolImports.gephi(dir.resolve("graph.graphml"), EdgeMergeStrategy.NO_MERGE);
        assertThat(got.severeIssues()).as("Gephi's SEVERE issues").isEmpty();
        assertThat(got.nodes()).isEqualTo(want.nodes());
        assertThat(got.edges()).isEqualTo(want.edges());
        assertThat(got.columns()).noneMatch(c -> c.contains("yed"));
    }

    @ParameterizedTest
    @MethodSource("graphs")
    void networkxReadsTheGraphMlAndTheGexf(String name) throws Exception {
        Path dir = fixture(name);
        ToolImports.Expected want = ToolImports.expected(dir.resolve("graph.cyjs"));
        Map<String, GraphFileChecks.Counts> got = ToolImports.networkx(dir.resolve("graph.graphml"),
                dir.resolve("graph.gexf"));
        GraphFileChecks.Counts counts = new GraphFileChecks.Counts(want.nodes(), want.edges());
        assertThat(got).containsEntry("graph.graphml", counts).containsEntry("graph.gexf", counts);
    }

    @ParameterizedTest
    @MethodSource("graphs")
    void neo4jImportsTheCsvsAndLoadCypherTwiceChangesNothing(String name) throws Exception {
        Path dir = fixture(name);
        ToolImports.Expected want = ToolImports.expected(dir.resolve("graph.cyjs"));
        GraphFileChecks.Counts counts = new GraphFileChecks.Counts(want.nodes(), want.edges());
        assertThat(ToolImports.neo4jAdminImport(dir.resolve("neo4j"), tmp.resolve(name + "-admin")))
                .isEqualTo(counts);
        assertThat(ToolImports.loadCypher(dir.resolve("neo4j"), tmp.resolve(name + "-cypher"), 2))
                .containsExactly(counts, counts);
    }

    @ParameterizedTest
    @MethodSource("graphs")
    void graphvizAndCytoscapeJsDrawEveryNodeAndEdge(String name) throws Exception {
        Path dir = fixture(name);
        ToolImports.Expected want = ToolImports.expected(dir.resolve("graph.cyjs"));
        GraphFileChecks.Counts counts = new GraphFileChecks.Counts(want.nodes(), want.edges());
        assertThat(GraphFileChecks.renderDot(dir.resolve("graph.dot"))).isEqualTo(counts);
        assertThat(GraphFileChecks.drawCytoscape(dir.resolve("graph.cyjs"))).isEqualTo(counts);
    }

    /**
     * Cytoscape desktop cannot run here, so its style is checked against the file it styles: every column a
     * mapping names is in the cyjs data, with scalar values only (the desktop's JSON reader empties lists).
     */
    @ParameterizedTest
    @MethodSource("graphs")
    void cytoscapeDesktopStyleMapsColumnsTheCyjsHas(String name) throws Exception {
        Path dir = fixture(name);
        JsonNode root = new ObjectMapper().readTree(dir.resolve("graph.cyjs").toFile());
        Set<String> nodeColumns = new HashSet<>();
        Set<String> edgeColumns = new HashSet<>();
        columns(root.path("elements").path("nodes"), nodeColumns);
        columns(root.path("elements").path("edges"), edgeColumns);
        var doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(dir.resolve("graph.style.xml").toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("vizmap");
        for (String part : List.of("node", "edge")) {
            Element section = (Element) doc.getElementsByTagName(part).item(0);
            NodeList mappings = section.getElementsByTagName("*");
            int mapped = 0;
            for (int i = 0; i < mappings.getLength(); i++) {
                Element m = (Element) mappings.item(i);
                if (m.hasAttribute("attributeName")) {
                    mapped++;
                    assertThat(part.equals("node") ? nodeColumns : edgeColumns).as(part + " column")
                            .contains(m.getAttribute("attributeName"));
                }
            }
            assertThat(mapped).as(part + " mappings").isGreaterThanOrEqualTo(2);
        }
    }

    private static void columns(JsonNode elements, Set<String> into) {
        for (JsonNode el : elements) {
            el.path("data").fields().forEachRemaining(f -> {
                assertThat(f.getValue().isContainerNode()).as(f.getKey() + " is a scalar").isFalse();
                into.add(f.getKey());
            });
        }
    }
}
