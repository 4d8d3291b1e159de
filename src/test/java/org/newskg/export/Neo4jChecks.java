package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads a Neo4j export back with Jackson's CSV parser and checks what {@code neo4j-admin database import}
 * checks: the headers, one value per column, unique node ids, relationships between known nodes, typed columns
 * that parse, and a LOAD CSV statement in load.cypher for every label set and relationship type.
 */
public final class Neo4jChecks {
    private Neo4jChecks() {
    }

    /** Checks the folder and returns the node and relationship counts. */
    public static GraphFileChecks.Counts check(Path dir) throws Exception {
        List<List<String>> nodes = rows(dir.resolve(Neo4jExporter.NODES));
        List<List<String>> rels = rows(dir.resolve(Neo4jExporter.RELATIONSHIPS));
        assertThat(nodes.get(0)).isEqualTo(Neo4jExporter.NODE_HEADER);
        assertThat(rels.get(0)).isEqualTo(Neo4jExporter.EDGE_HEADER);
        String script = Files.readString(dir.resolve(Neo4jExporter.SCRIPT));
        Set<String> ids = new HashSet<>();
        for (List<String> row : nodes.subList(1, nodes.size())) {
            assertThat(row).as("node row " + row).hasSize(Neo4jExporter.NODE_HEADER.size());
            assertThat(ids.add(row.get(0))).as("unique id " + row.get(0)).isTrue();
            assertThat(row.get(1)).matches("NewsKG(;[A-Z][A-Za-z0-9]*)+");
            assertThat(script).contains("WITH row WHERE row.`:LABEL` = '" + row.get(1) + "'");
            Integer.parseInt(row.get(7));
            Integer.parseInt(row.get(8));
            date(row.get(9));
            date(row.get(10));
        }
        Set<String> relIds = new HashSet<>();
        for (List<String> row : rels.subList(1, rels.size())) {
            assertThat(row).as("relationship row " + row).hasSize(Neo4jExporter.EDGE_HEADER.size());
            assertThat(ids).as("start and end ids are nodes").contains(row.get(0), row.get(1));
            assertThat(row.get(2)).matches("[A-Z][A-Z0-9_]*");
            assertThat(script).contains("WITH row WHERE row.`:TYPE` = '" + row.get(2) + "'")
                    .doesNotContain("CREATE (");
            assertThat(relIds.add(row.get(3))).as("unique relationship id " + row.get(3)).isTrue();
            Double.parseDouble(row.get(5));
            Integer.parseInt(row.get(6));
            if (!row.get(7).isEmpty()) {
                assertThat(Double.parseDouble(row.get(7))).isBetween(0.0, 1.0);
            }
            date(row.get(8));
            date(row.get(9));
        }
        return new GraphFileChecks.Counts(nodes.size() - 1, rels.size() - 1);
    }

    private static void date(String s) {
        if (!s.isEmpty()) {
            LocalDate.parse(s);
        }
    }

    private static List<List<String>> rows(Path csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv.toFile())) {
            return it.readAll();
        }
    }
}
