package org.newskg.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.newskg.NewskgException;
import org.newskg.export.graph.GraphEdge;
import org.newskg.export.graph.GraphNode;
import org.newskg.export.graph.NodeStyle;
import org.newskg.export.graph.PropertyGraph;

/**
 * A folder for Neo4j: {@code nodes.csv} and {@code relationships.csv} in the header format of
 * {@code neo4j-admin database import} ({@code :ID}, {@code :LABEL}, {@code :START_ID}, {@code :END_ID},
 * {@code :TYPE}, typed columns), and {@code load.cypher}, which loads the same files with {@code LOAD CSV}.
 */
public final class Neo4jExporter implements GraphExporter {
    public static final String NODES = "nodes.csv";
    public static final String RELATIONSHIPS = "relationships.csv";
    public static final String SCRIPT = "load.cypher";
    static final String COMMON_LABEL = "NewsKG";
    static final List<String> NODE_HEADER = List.of("id:ID", ":LABEL", "name", "kind", "type", "iri", "link",
            "mentions:int", "articles:int", "firstDate:date", "lastDate:date", "facts");
    static final List<String> EDGE_HEADER = List.of(":START_ID", ":END_ID", ":TYPE", "id", "label", "weight:double",
            "articles:int", "confidence:double", "firstDate:date", "lastDate:date", "evidence");

    @Override
    public void write(PropertyGraph graph, Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new NewskgException(target + ": the neo4j export is a folder (nodes.csv, relationships.csv,"
                    + " load.cypher), but a file of that name exists");
        }
        Files.createDirectories(target);
        Set<String> labels = new TreeSet<>();
        try (Writer w = Files.newBufferedWriter(target.resolve(NODES), StandardCharsets.UTF_8)) {
            Csv.row(w, NODE_HEADER);
            for (GraphNode n : graph.nodes()) {
                String label = labels(n);
                labels.add(label);
                Csv.row(w, java.util.Arrays.asList(n.id(), label, n.label(), n.kind().key(), n.type(), n.iri(),
                        n.link(), Integer.toString(n.mentions()), Integer.toString(n.articles()), n.firstDate(),
                        n.lastDate(), GraphMlExporter.facts(n)));
            }
        }
        Set<String> types = new TreeSet<>();
        try (Writer w = Files.newBufferedWriter(target.resolve(RELATIONSHIPS), StandardCharsets.UTF_8)) {
            Csv.row(w, EDGE_HEADER);
            for (GraphEdge e : graph.edges()) {
                String type = relationshipType(e.type());
                types.add(type);
                Csv.row(w, java.util.Arrays.asList(e.source(), e.target(), type, e.id(), e.label(),
                        NodeStyle.number(e.weight()), Integer.toString(e.articles()),
                        e.confidence() == null ? null : NodeStyle.number(e.confidence()), e.firstDate(),
                        e.lastDate(), GraphMlExporter.evidence(e)));
            }
        }
        Files.writeString(target.resolve(SCRIPT), new CypherScript(labels, types).text(), StandardCharsets.UTF_8);
    }

    /** Neo4j labels of a node: "NewsKG;Entity;Person", "NewsKG;Event;Protest", … */
    static String labels(GraphNode n) {
        String kind = switch (n.kind()) {
            case ENTITY -> "Entity";
            case EVENT -> "Event";
            case QUOTE -> "Quote";
            case ARTICLE -> "Article";
        };
        List<String> l = new ArrayList<>(List.of(COMMON_LABEL, kind));
        if (!n.type().equals(kind) && n.type().matches("[A-Za-z][A-Za-z0-9]*")) {
            l.add(n.type());
        }
        return String.join(";", l);
    }

    /** "memberOf" → "MEMBER_OF", as Neo4j names relationship types. */
    static String relationshipType(String type) {
        return type.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
