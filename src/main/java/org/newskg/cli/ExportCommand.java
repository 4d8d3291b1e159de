package org.newskg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.NewskgException;
import org.newskg.app.Progress;
import org.newskg.export.ExportFormat;
import org.newskg.export.GraphExporter;
import org.newskg.export.RdfExporter;
import org.newskg.export.StagedOutput;
import org.newskg.export.graph.GraphViewBuilder;
import org.newskg.export.graph.GraphFilter;
import org.newskg.export.graph.GraphNode;
import org.newskg.export.graph.PropertyGraph;
import org.newskg.rdf.Vocab;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newskg export}: the store as RDF, or its property-graph view for graph tools. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the store as RDF, or as a graph for Gephi, yEd, Cytoscape, Graphviz, Neo4j or a browser.",
                "",
                "RDF: trig, nq and jsonld keep one named graph per article; ttl and nt hold their union;",
                "nt and nq are sorted (byte-stable).",
                "Graphs: nodes are entities (add events, quotes, articles with --include), edges are the facts",
                "between them with label, type, weight, supporting articles, highest confidence, first and",
                "last date and evidence sentences; when facts alone would leave most entities unlinked,",
                "undirected co-mention edges join entities named in one sentence (--co-mentions), and a",
                "store of more than 300 entities shows its 300 most-mentioned (--top). The same store",
                "always gives the same bytes.",
                "  graphml  GraphML with typed keys (Gephi, Cytoscape) and yEd labels, colours, positions",
                "  gexf     GEXF 1.3 with colours, sizes, positions and date spells for Gephi's timeline",
                "  dot      Graphviz DOT; with -o FILE.svg, .png or .pdf it is rendered by Graphviz's dot",
                "  cyjs     Cytoscape.js JSON, plus styles beside it: NAME.style.json (Cytoscape.js) and",
                "           NAME.style.xml (Cytoscape desktop: File > Import > Styles from File)",
                "  neo4j    a folder: nodes.csv, relationships.csv (neo4j-admin import) and load.cypher",
                "           (LOAD CSV with MERGE: running it again changes nothing)",
                "  html     one self-contained page that draws the graph: search, filter, click for facts"},
        footer = {"", "Examples:", "  newskg export --store graphs/demo-store --format trig -o graphs/demo.trig",
                "  newskg export --store graphs/demo-store --format html --include events,quotes -o graphs/demo.html",
                "  newskg export --store news-store --format gexf --top 200 --co-mentions sentence -o news.gexf",
                "  newskg export --store news-store --format dot --focus 'Tony Blair' --depth 2 -o blair.svg"})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    LoggingMixin common;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl, trig, nt, nq, jsonld, graphml, gexf, dot, cyjs, neo4j or html.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PATH",
            description = "The file to write (a folder for neo4j).")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Vocab.DEFAULT_BASE,
            description = "Base IRI used for the 'id:' prefix in RDF (default: ${DEFAULT-VALUE}).")
    String base;

    @Mixin
    GraphViewOptions view;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw NewskgException.usage("--format: unknown format '" + format
                    + "'; use ttl, trig, nt, nq, jsonld, graphml, gexf, dot, cyjs, neo4j or html");
        }
        if (f.rdf() && view.shapesTheView()) {
            throw NewskgException.usage("--types, --include, --focus, --top and the other view options apply to"
                    + " graphml, gexf, dot, cyjs, neo4j and html; RDF formats take only --article");
        }
        Progress progress = new Progress(spec.commandLine().getErr(), common.quiet);
        try (Tdb2Store kg = store.read()) {
            if (f.rdf()) {
                RdfExporter rdf = new RdfExporter(base);
                written(path -> kg.read(ds -> {
                    try {
                        rdf.write(ds.asDatasetGraph(), f.rdfChoice(), path, view.article);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }));
                progress.info("Wrote " + output + " (" + f + ").");
                return 0;
            }
            var filter = view.filter();
            PropertyGraph graph = kg.read(ds -> new GraphViewBuilder(filter).build(ds.asDatasetGraph()));
            GraphExporter exporter = f.exporter("newskg: " + store.dir().toAbsolutePath().normalize().getFileName());
            written(path -> exporter.write(graph, path));
            progress.info("Wrote " + output + " (" + f + "): " + graph.nodes().size() + " nodes, "
                    + graph.edges().size() + " edges.");
            long entities = graph.nodes().stream().filter(n -> n.kind() == GraphNode.NodeKind.ENTITY).count();
            if (view.topByDefault() && entities == GraphFilter.DEFAULT_TOP) {
                progress.info("The view keeps the " + GraphFilter.DEFAULT_TOP + " most-mentioned entities of this"
                        + " store; --top N keeps N, --top 0 keeps all.");
            }
        }
        return 0;
    }

    /** What writes the export to a path. */
    @FunctionalInterface
    interface Writing {
        void to(Path path) throws IOException;
    }

    /**
     * Writes the export beside the target and renames it into place when it is complete, so that a failure
     * (a full disk) or a kill never leaves a partial file under the target's name. A target that is a pipe
     * or a device (/dev/stdout) is written directly.
     */
    private void written(Writing writing) {
        try {
            if (Files.exists(output) && !Files.isRegularFile(output) && !Files.isDirectory(output)) {
                writing.to(output);
                return;
            }
            try (StagedOutput staged = StagedOutput.beside(output)) {
                writing.to(staged.path());
                staged.commit();
            }
        } catch (IOException | UncheckedIOException | NewskgException e) {
            throw new NewskgException(output + ": cannot write the export (" + cause(e) + "); nothing was written"
                    + " under that name", e);
        }
    }

    private String cause(Exception e) {
        long free = output.toAbsolutePath().getParent() == null ? -1 : freeSpace(output.toAbsolutePath().getParent());
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (String.valueOf(c.getMessage()).contains("No space left")) {
                return "the disk is full, " + (free >> 20) + " MB free";
            }
        }
        return e.getMessage();
    }

    private static long freeSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
