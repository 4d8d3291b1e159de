package org.newskg.export;

import java.util.Set;

/**
 * The {@code load.cypher} of a Neo4j export: one LOAD CSV statement per label set and relationship type. Nodes
 * are merged on their id and relationships on theirs, so running the script again, or after a newer export of
 * the same store, updates what is there instead of doubling it.
 */
final class CypherScript {
    private final Set<String> labels;
    private final Set<String> types;

    CypherScript(Set<String> labels, Set<String> types) {
        this.labels = labels;
        this.types = types;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("// A newskg graph for Neo4j 5. Two ways to load it:\n")
                .append("// 1. Bulk import into a new, stopped database (quoted fields may hold line breaks):\n")
                .append("//    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv"
                        + " --multiline-fields=true neo4j\n")
                .append("// 2. Into a running database: copy nodes.csv and relationships.csv into Neo4j's import"
                        + " folder, then\n")
                .append("//    cypher-shell -u neo4j -p PASSWORD -f load.cypher\n\n")
                .append("CREATE CONSTRAINT newskg_id IF NOT EXISTS FOR (n:" + Neo4jExporter.COMMON_LABEL
                        + ") REQUIRE n.id IS UNIQUE;\n");
        for (String l : labels) {
            sb.append("\nLOAD CSV WITH HEADERS FROM 'file:///").append(Neo4jExporter.NODES).append("' AS row\n")
                    .append("WITH row WHERE row.`:LABEL` = '").append(l).append("'\n")
                    .append("MERGE (n:" + Neo4jExporter.COMMON_LABEL + " {id: row.`id:ID`})\n")
                    .append("SET n:").append(l.substring(l.indexOf(';') + 1).replace(';', ':'))
                    .append(", n += {name: row.name, kind: row.kind, type: row.type, iri: row.iri, link: row.link,"
                            + " mentions: toInteger(row.`mentions:int`), articles: toInteger(row.`articles:int`),"
                            + " firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`),"
                            + " facts: row.facts};\n");
        }
        for (String t : types) {
            sb.append("\nLOAD CSV WITH HEADERS FROM 'file:///").append(Neo4jExporter.RELATIONSHIPS)
                    .append("' AS row\n")
                    .append("WITH row WHERE row.`:TYPE` = '").append(t).append("'\n")
                    .append("MATCH (a:" + Neo4jExporter.COMMON_LABEL + " {id: row.`:START_ID`}), (b:"
                            + Neo4jExporter.COMMON_LABEL + " {id: row.`:END_ID`})\n")
                    .append("MERGE (a)-[r:").append(t).append(" {id: row.id}]->(b)\n")
                    .append("SET r += {label: row.label, weight: toFloat(row.`weight:double`),"
                            + " articles: toInteger(row.`articles:int`), confidence: toFloat(row.`confidence:double`),"
                            + " firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`),"
                            + " evidence: row.evidence};\n");
        }
        return sb.toString();
    }
}
