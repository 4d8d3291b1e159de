package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.StoreIngestor;
import org.newskg.export.GraphFileChecks;
import org.newskg.export.Neo4jChecks;
import org.newskg.export.SmallGraph;
import org.newskg.extraction.Extraction;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.store.Tdb2Store;

/** {@code newskg export} with the graph formats and view options, on a store of the small hand-written graph. */
class ExportCliTest {
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void store() {
        store = dir.resolve("kg");
        try (Tdb2Store s = Tdb2Store.open(store)) {
            StoreIngestor in = new StoreIngestor(s, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), false);
            for (Extraction x : SmallGraph.extractions()) {
                in.put(x);
            }
        }
    }

    private static Cli export(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "export";
        args[1] = "--store";
        args[2] = store.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return Cli.run(args);
    }

    @Test
    void everyGraphFormatIsWritten() throws Exception {
        for (String f : new String[] {"graphml", "gexf", "dot", "cyjs", "html"}) {
            Path out = dir.resolve("all." + f);
            Cli c = export("--format", f, "--include", "events,quotes,articles", "-o", out.toString());
            assertThat(c.exit()).as(f + ": " + c.err()).isZero();
            assertThat(c.err()).contains("Wrote " + out).contains("9 nodes, 13 edges");
            assertThat(out).isNotEmptyFile();
        }
        Path neo = dir.resolve("neo4j");
        assertThat(export("--format", "neo4j", "-o", neo.toString()).exit()).isZero();
        assertThat(Neo4jChecks.check(neo)).isEqualTo(new GraphFileChecks.Counts(5, 4));
    }

    @Test
    void viewOptionsShapeTheGraph() throws Exception {
        Path out = dir.resolve("people.graphml");
        Cli c = export("--format", "graphml", "--types", "person", "--co-mentions", "sentence", "-o",
                out.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.err()).contains("2 nodes, 3 edges");
        Cli top = export("--format", "gexf", "--top", "1", "-o", dir.resolve("top.gexf").toString());
        assertThat(top.err()).contains("1 nodes, 0 edges");
        Cli focus = export("--format", "dot", "--focus", "LVIV", "-o", dir.resolve("lviv.dot").toString());
        assertThat(focus.err()).contains("2 nodes, 1 edges");
        Cli late = export("--format", "cyjs", "--from", "2024-03-02", "--to", "2024-03-31", "-o",
                dir.resolve("late.cyjs").toString());
        assertThat(late.err()).contains("3 nodes, 3 edges");
    }

    @Test
    void dotRendersToSvgWithGraphviz() throws Exception {
        Path svg = dir.resolve("graph.svg");
        assertThat(export("--format", "dot", "-o", svg.toString()).exit()).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("Lviv");
    }

    @Test
    void rdfOfOneArticle() throws Exception {
        String id;
        try (Tdb2Store s = Tdb2Store.openExisting(store)) {
            id = s.read(ds -> ds.asDatasetGraph().listGraphNodes().next().getURI());
        }
        Path out = dir.resolve("one.nq");
        assertThat(export("--format", "nq", "--article", id.substring(id.lastIndexOf('/') + 1), "-o",
                out.toString()).exit()).isZero();
        assertThat(Files.readAllLines(out)).allSatisfy(l -> assertThat(l).endsWith("<" + id + "> ."));
    }

    @Test
    void badOptionsAreNamed() {
        Cli types = export("--format", "graphml", "--types", "planet", "-o", "x.graphml");
        assertThat(types.exit()).isEqualTo(2);
        assertThat(types.err()).contains("unknown entity type 'planet'");
        assertThat(export("--format", "graphml", "--include", "cats", "-o", "x").err())
                .contains("--include: unknown kind 'cats'");
        assertThat(export("--format", "graphml", "--co-mentions", "paragraph", "-o", "x").exit()).isEqualTo(2);
        assertThat(export("--format", "graphml", "--from", "March", "-o", "x").err())
                .contains("'March' is not a date");
        Cli rdf = export("--format", "ttl", "--top", "5", "-o", "x.ttl");
        assertThat(rdf.exit()).isEqualTo(2);
        assertThat(rdf.err()).contains("RDF formats take only --article");
        Cli nobody = export("--format", "html", "--focus", "Nobody", "-o", dir.resolve("n.html").toString());
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.err()).contains("no entity named 'Nobody'");
        Cli format = export("--format", "pdf", "-o", "x");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'pdf'");
    }
}
