package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * An extraction as {@code score.py} reads it: for each subject, its properties and their values in the order
 * of the sorted N-Triples, its {@code rdf:type}s, and the names it has; also the rule ({@code nkg:extractor})
 * of every reified fact.
 */
final class SystemGraph {
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String SCHEMA = "http://schema.org/";
    static final String NKG = "https://w3id.org/newskg/ns#";
    static final String TYPE = RDF + "type";
    private static final Set<String> NAME_PROPS = Set.of("http://www.w3.org/2000/01/rdf-schema#label", SCHEMA + "name",
            "http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2004/02/skos/core#prefLabel");
    static final Set<String> PERSON_TYPES = Set.of("Person");
    static final Set<String> PLACE_TYPES = Set.of("Place", "City", "Country", "State", "AdministrativeArea", "Continent",
            "CivicStructure", "LandmarksOrHistoricalBuildings", "Airport", "Hospital", "TouristAttraction", "Landform",
            "BodyOfWater", "Mountain", "Residence", "GovernmentBuilding", "Square");
    static final Set<String> ORG_TYPES = Set.of("Organization", "GovernmentOrganization", "NewsMediaOrganization",
            "Corporation", "NGO", "PoliticalParty", "EducationalOrganization", "MedicalOrganization", "Hospital",
            "SportsOrganization", "PerformingGroup", "Airline", "Consortium", "ResearchOrganization", "LibrarySystem",
            "WorkersUnion", "FundingScheme", "OnlineBusiness");
    static final Set<String> EVENT_CLASSES = Set.of("Protest", "Strike", "Election", "Arrest", "Repression", "Assault",
            "Fight", "MassViolence", "Death", "Movement", "Meeting", "Aid", "Cooperation", "Sanction", "Demand", "Appeal",
            "Threat", "Criticism", "Rejection", "Investigation", "Founding", "Yield", "Statement", "Disaster",
            "Acquisition");

    /** The rule and confidence of one reified fact. */
    record Rule(String id, double confidence) {
    }

    private final Map<Node, Map<String, Set<Node>>> out = new LinkedHashMap<>();
    private final Map<Node, Set<String>> types = new LinkedHashMap<>();
    private final Map<List<Node>, Rule> rules = new HashMap<>();

    /** The graph of triples in the order given (score.py's reading order: sorted N-Triples). */
    SystemGraph(List<Triple> triples) {
        for (Triple t : triples) {
            out.computeIfAbsent(t.getSubject(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.getPredicate().getURI(), k -> new LinkedHashSet<>()).add(t.getObject());
        }
        for (Map.Entry<Node, Map<String, Set<Node>>> e : out.entrySet()) {
            Set<String> ts = new LinkedHashSet<>();
            for (Node o : e.getValue().getOrDefault(TYPE, Set.of())) {
                if (o.isURI()) {
                    ts.add(o.getURI());
                }
            }
            types.put(e.getKey(), ts);
            if (ts.contains(RDF + "Statement")) {
                Node s = one(e.getKey(), RDF + "subject");
                Node p = one(e.getKey(), RDF + "predicate");
                Node o = one(e.getKey(), RDF + "object");
                Node x = one(e.getKey(), NKG + "extractor");
                Node c = one(e.getKey(), NKG + "confidence");
                if (s != null && p != null && o != null && x != null) {
                    rules.putIfAbsent(List.of(s, p, o), new Rule(x.getLiteralLexicalForm(),
                            c == null ? 0 : Double.parseDouble(c.getLiteralLexicalForm())));
                }
            }
        }
    }

    private Node one(Node s, String p) {
        Set<Node> v = values(s, p);
        return v.isEmpty() ? null : v.iterator().next();
    }

    /** The values of a property, in reading order. */
    Set<Node> values(Node s, String p) {
        Map<String, Set<Node>> props = out.get(s);
        return props == null ? Set.of() : props.getOrDefault(p, Set.of());
    }

    /** Person, Place and Organization, as the schema.org types of the subject give them. */
    Set<String> coarse(Node s) {
        Set<String> c = new LinkedHashSet<>();
        for (String t : types.getOrDefault(s, Set.of())) {
            if (t.startsWith(SCHEMA)) {
                String n = t.substring(SCHEMA.length());
                if (PERSON_TYPES.contains(n)) {
                    c.add("Person");
                }
                if (PLACE_TYPES.contains(n)) {
                    c.add("Place");
                }
                if (ORG_TYPES.contains(n)) {
                    c.add("Organization");
                }
            }
        }
        return c;
    }

    /** Every name of the subject, normalized. */
    Set<String> names(Node s) {
        Set<String> n = new LinkedHashSet<>();
        Map<String, Set<Node>> props = out.getOrDefault(s, Map.of());
        for (String p : NAME_PROPS) {
            for (Node o : props.getOrDefault(p, Set.of())) {
                if (o.isLiteral()) {
                    String x = Norm.norm(o.getLiteralLexicalForm());
                    if (!x.isEmpty()) {
                        n.add(x);
                    }
                }
            }
        }
        return n;
    }

    /** The subjects that are people, places or organizations, in reading order. */
    List<Node> entities() {
        List<Node> e = new ArrayList<>();
        for (Node s : out.keySet()) {
            if (!coarse(s).isEmpty()) {
                e.add(s);
            }
        }
        return e;
    }

    List<Node> events() {
        List<Node> e = new ArrayList<>();
        for (Map.Entry<Node, Set<String>> t : types.entrySet()) {
            boolean event = t.getValue().contains(SCHEMA + "Event") || t.getValue().stream()
                    .anyMatch(x -> x.startsWith(NKG) && EVENT_CLASSES.contains(x.substring(NKG.length())));
            if (event) {
                e.add(t.getKey());
            }
        }
        return e;
    }

    List<Node> quotes() {
        List<Node> q = new ArrayList<>();
        types.forEach((s, ts) -> {
            if (ts.contains(SCHEMA + "Quotation")) {
                q.add(s);
            }
        });
        return q;
    }

    Set<String> localTypes(Node s, String ns) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : types.getOrDefault(s, Set.of())) {
            if (t.startsWith(ns)) {
                out.add(t.substring(ns.length()));
            }
        }
        return out;
    }

    /** The rule that made the fact {@code s p o}, or null when it is not reified. */
    Rule rule(Node s, String p, Node o) {
        return rules.get(List.of(s, org.apache.jena.graph.NodeFactory.createURI(p), o));
    }

    /** A readable name of a subject: its label, else the end of its IRI. */
    String label(Node s) {
        Set<Node> l = values(s, "http://www.w3.org/2000/01/rdf-schema#label");
        if (!l.isEmpty()) {
            return l.iterator().next().getLiteralLexicalForm();
        }
        return s.isURI() ? s.getURI().replaceAll(".*[/#]", "") : s.toString();
    }
}
