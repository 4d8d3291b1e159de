package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.openide.util.Lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Opens exports with the tools' own importers: Gephi's (gephi-toolkit), networkx, and Neo4j's bulk importer and
 * database (an embedded Neo4j 5). Each returns what the tool saw, for comparison with what newskg wrote.
 */
public final class ToolImports {
    private ToolImports() {
    }

    /** What a graph file holds by newskg's own reading of its cyjs twin: nodes, facts and co-mentions. */
    public record Expected(int nodes, int facts, int coMentions) {
        public int edges() {
            return facts + coMentions;
        }
    }

    /** What Gephi made of a file: nodes, directed and undirected edges, its issues and its columns. */
    public record GephiGraph(int nodes, int directed, int undirected, List<String> severeIssues,
            List<String> columns) {
        public int edges() {
            return directed + undirected;
        }
    }

    public static Expected expected(Path cyjs) throws Exception {
        JsonNode root = new ObjectMapper().readTree(cyjs.toFile());
        int co = 0;
        int facts = 0;
        for (JsonNode e : root.path("elements").path("edges")) {
            if (e.path("data").path("type").asText().equals("coMention")) {
                co++;
            } else {
                facts++;
            }
        }
        return new Expected(root.path("elements").path("nodes").size(), facts, co);
    }

    /**
     * Imports a GEXF or GraphML file as Gephi's File → Open does, with the import dialog's defaults, except the
     * edge merge strategy when one is given (GraphML has no edge kinds, so Gephi would merge two facts between
     * the same nodes unless "Don't merge" is chosen).
     */
    public static synchronized GephiGraph gephi(Path file, EdgeMergeStrategy merge) {
        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        pc.newProject();
        try {
            Workspace ws = pc.getCurrentWorkspace();
            ImportController ic = Lookup.getDefault().lookup(ImportController.class);
            Container c;
            try {
                c = ic.importFile(file.toFile());
            } catch (java.io.FileNotFoundException e) {
                throw new AssertionError(e);
            }
            assertThat(c).as("Gephi imports " + file).isNotNull();
            if (merge != null) {
                c.getLoader().setEdgesMergeStrategy(merge);
            }
            List<String> severe = new ArrayList<>();
            Iterator<Issue> it = c.getReport().getIssues(10_000);
            while (it.hasNext()) {
                Issue i = it.next();
                if (i.getLevel() == Issue.Level.SEVERE || i.getLevel() == Issue.Level.CRITICAL) {
                    severe.add(i.getMessage());
                }
            }
            ic.process(c, new DefaultProcessor(), ws);
            GraphModel gm = Lookup.getDefault().lookup(GraphController.class).getGraphModel(ws);
            int directed = 0;
            int undirected = 0;
            for (Edge e : gm.getGraph().getEdges()) {
                if (e.isDirected()) {
                    directed++;
                } else {
                    undirected++;
                }
            }
            List<String> columns = new ArrayList<>();
            for (Column col : gm.getNodeTable()) {
                columns.add("node:" + col.getId());
            }
            for (Column col : gm.getEdgeTable()) {
                columns.add("edge:" + col.getId());
            }
            return new GephiGraph(gm.getGraph().getNodeCount(), directed, undirected, severe, columns);
        } finally {
            pc.closeCurrentProject();
        }
    }

    /** networkx's node and edge counts for each file (read_graphml, read_gexf), keyed by file name. */
    public static Map<String, GraphFileChecks.Counts> networkx(Path... files) throws Exception {
        Path script = Files.createTempFile("newskg-networkx", ".py");
        try (InputStream in = ToolImports.class.getResourceAsStream("/export/networkx-counts.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cmd = new ArrayList<>(List.of(pythonWithNetworkx(), script.toString()));
        for (Path f : files) {
            cmd.add(f.toString());
        }
        String out;
        try {
            out = GraphFileChecks.run(cmd, 120);
        } finally {
            Files.deleteIfExists(script);
        }
        Map<String, GraphFileChecks.Counts> counts = new java.util.LinkedHashMap<>();
        for (String line : out.strip().split("\n")) {
            String[] w = line.split(" ");
            counts.put(Path.of(w[0]).getFileName().toString(),
                    new GraphFileChecks.Counts(Integer.parseInt(w[2]), Integer.parseInt(w[4])));
        }
        return counts;
    }

    /** The first python3 that imports networkx: the one on the PATH, else Debian's (python3-networkx). */
    private static String pythonWithNetworkx() throws Exception {
        List<String> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "python3"))) {
                candidates.add(Path.of(dir, "python3").toString());
            }
        }
        candidates.add("/usr/bin/python3");
        for (String python : candidates) {
            Process p = new ProcessBuilder(python, "-c", "import networkx").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() == 0) {
                return python;
            }
        }
        throw new AssertionError("networkx is needed: apt-get install python3-networkx (.ci/run does this)");
    }

    /**
     * {@code neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
     * --multiline-fields=true neo4j}, as load.cypher's header tells, into a new Neo4j home; then the
     * database's own counts.
     */
    public static GraphFileChecks.Counts neo4jAdminImport(Path export, Path home) throws Exception {
        Files.createDirectories(home.resolve("conf"));
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        ImportCommand.Full cmd = new ImportCommand.Full(new ExecutionContext(home, home.resolve("conf"), quiet, quiet,
                new DefaultFileSystemAbstraction()));
        new picocli.CommandLine(cmd).parseArgs("--nodes=" + export.toAbsolutePath().resolve(Neo4jExporter.NODES),
                "--relationships=" + export.toAbsolutePath().resolve(Neo4jExporter.RELATIONSHIPS), "--multiline-fields=true",
                "--report-file=" + home.resolve("import.report"), "neo4j");
        cmd.call();
        return withDatabase(home, null, db -> counts(db));
    }

    /** Runs load.cypher {@code times} times against a new embedded database and returns the counts after each. */
    public static List<GraphFileChecks.Counts> loadCypher(Path export, Path home, int times) throws Exception {
        String script = Files.readString(export.resolve(Neo4jExporter.SCRIPT), StandardCharsets.UTF_8);
        List<String> statements = new ArrayList<>();
        for (String s : script.split(";\n")) {
            String q = String.join("\n", s.lines().filter(l -> !l.startsWith("//")).toList()).strip();
            if (!q.isEmpty()) {
                statements.add(q);
            }
        }
        return withDatabase(home, export, db -> {
            List<GraphFileChecks.Counts> after = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                statements.forEach(db::executeTransactionally);
                after.add(counts(db));
            }
            return after;
        });
    }

    private static GraphFileChecks.Counts counts(GraphDatabaseService db) {
        try (var tx = db.beginTx()) {
            long n = (long) tx.execute("MATCH (n) RETURN count(n) AS c").next().get("c");
            long r = (long) tx.execute("MATCH ()-[r]->() RETURN count(r) AS c").next().get("c");
            return new GraphFileChecks.Counts((int) n, (int) r);
        }
    }

    private static <T> T withDatabase(Path home, Path importDir, java.util.function.Function<GraphDatabaseService, T> f) {
        DatabaseManagementServiceBuilder b = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L << 20);
        if (importDir != null) {
            b.setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir.toAbsolutePath());
        }
        DatabaseManagementService service = b.build();
        try {
            return f.apply(service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        } finally {
            service.shutdown();
        }
    }

}
