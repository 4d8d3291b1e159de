package org.newskg.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;

/**
 * One happening across reports: the events of different articles that are of the same class, at the same
 * place or one within the other, on the same date, with compatible participants (the same agent and target
 * where both name one, and at least one participant in common in the same role; two things in common,
 * participants or places, when the two are not both dated) are joined by one {@code nkg:Happening} node
 * with {@code nkg:reportedAs} to each article's event and {@code nkg:mergedBecause}. The happenings are
 * derived from the article graphs and kept in a graph of their own ({@link #graphIri}), written again
 * whenever articles are added or removed, so that re-reading or removing an article updates them. An event
 * joins a happening only when it agrees with every report already in it, and never two events of one article.
 */
public final class HappeningLinker {
    private static final String EVENTS = """
            PREFIX schema: <http://schema.org/>
            PREFIX nkg: <https://w3id.org/newskg/ns#>
            SELECT ?article ?e ?class ?label ?place ?date ?role ?who WHERE {
              GRAPH ?article {
                ?e a schema:Event ; a ?class .
                FILTER (STRSTARTS(STR(?class), STR(nkg:)))
                OPTIONAL { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }
                OPTIONAL { ?e schema:location ?place }
                OPTIONAL { ?e schema:startDate ?date }
                OPTIONAL { ?e ?role ?who . VALUES ?role { nkg:agent nkg:target nkg:participant } }
              }
            }
            """;
    private static final String WITHIN = """
            PREFIX schema: <http://schema.org/>
            SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?a schema:containedInPlace ?b } }
            """;

    /** What the linker reads of one article's event. */
    private static final class Report {
        final String article;
        final String iri;
        String label = "";
        final Set<String> classes = new TreeSet<>();
        final Set<String> places = new TreeSet<>();
        final Set<String> dates = new TreeSet<>();
        final Set<String> agents = new TreeSet<>();
        final Set<String> targets = new TreeSet<>();
        final Set<String> all = new TreeSet<>();

        Report(String article, String iri) {
            this.article = article;
            this.iri = iri;
        }
    }

    private final Iris iris;

    public HappeningLinker(Iris iris) {
        this.iris = iris;
    }

    /** The graph that holds the happenings of a store. */
    public String graphIri() {
        return iris.base() + "happenings";
    }

    /** The happenings of every article event in the dataset, as triples for {@link #graphIri}. */
    public List<Triple> link(Dataset ds) {
        Map<String, Report> reports = reports(ds);
        Set<List<String>> within = within(ds);
        List<List<Report>> groups = new ArrayList<>();
        // the groups a report may join, by class: only those share its class (in the order they were made)
        Map<String, List<Integer>> byClass = new LinkedHashMap<>();
        for (Report r : reports.values()) {
            Set<Integer> candidates = new TreeSet<>();
            r.classes.forEach(c -> candidates.addAll(byClass.getOrDefault(c, List.of())));
            Integer home = null;
            for (int i : candidates) {
                if (groups.get(i).stream().allMatch(x -> compatible(x, r, within))) {
                    home = i;
                    break;
                }
            }
            if (home == null) {
                home = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(home).add(r);
            for (String c : r.classes) {
                List<Integer> in = byClass.computeIfAbsent(c, k -> new ArrayList<>());
                if (!in.contains(home)) {
                    in.add(home);
                }
            }
        }
        List<Triple> out = new ArrayList<>();
        for (List<Report> g : groups) {
            if (g.size() > 1) {
                write(g, out);
            }
        }
        return out;
    }

    private Map<String, Report> reports(Dataset ds) {
        Map<String, Report> out = new LinkedHashMap<>();
        String own = graphIri();
        try (QueryExecution q = QueryExecution.dataset(ds).query(EVENTS + " ORDER BY ?article ?e").build()) {
            ResultSet rs = q.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String article = s.getResource("article").getURI();
                if (article.equals(own)) {
                    continue;
                }
                String e = s.getResource("e").getURI();
                Report r = out.computeIfAbsent(e, k -> new Report(article, k));
                r.classes.add(s.getResource("class").getURI());
                if (s.contains("label")) {
                    r.label = s.getLiteral("label").getLexicalForm();
                }
                add(r.places, s.get("place"));
                if (s.contains("date")) {
                    r.dates.add(s.getLiteral("date").getLexicalForm());
                }
                if (s.contains("who") && s.get("who").isURIResource()) {
                    String who = s.getResource("who").getURI();
                    String role = s.getResource("role").getLocalName();
                    r.all.add(who);
                    if (role.equals("agent")) {
                        r.agents.add(who);
                    } else if (role.equals("target")) {
                        r.targets.add(who);
                    }
                }
            }
        }
        return out;
    }

    private static void add(Set<String> set, RDFNode n) {
        if (n != null && n.isURIResource()) {
            set.add(n.asResource().getURI());
        }
    }

    private static Set<List<String>> within(Dataset ds) {
        Set<List<String>> out = new HashSet<>();
        try (QueryExecution q = QueryExecution.dataset(ds).query(WITHIN).build()) {
            q.execSelect().forEachRemaining(s -> {
                if (s.get("a").isURIResource() && s.get("b").isURIResource()) {
                    out.add(List.of(s.getResource("a").getURI(), s.getResource("b").getURI()));
                }
            });
        }
        return out;
    }

    /** Whether two reports may be of one happening (see the class comment). */
    static boolean compatible(Report a, Report b, Set<List<String>> within) {
        // a participant in common in the same role: an agent of both, a target of both, or another of both
        boolean shared = !disjoint(a.agents, b.agents) || !disjoint(a.targets, b.targets)
                || !disjoint(others(a), others(b));
        if (a.article.equals(b.article) || disjoint(a.classes, b.classes) || !shared) {
            return false;
        }
        if (!a.places.isEmpty() && !b.places.isEmpty() && a.places.stream().noneMatch(p -> b.places.stream()
                .anyMatch(q -> p.equals(q) || within.contains(List.of(p, q)) || within.contains(List.of(q, p))))) {
            return false;
        }
        if (!a.dates.isEmpty() && !b.dates.isEmpty() && disjoint(a.dates, b.dates)) {
            return false;
        }
        // no date to agree on: one name in common is too little ("Gazprom" in two acquisitions a week apart);
        // two are needed, a place counting as one
        if ((a.dates.isEmpty() || b.dates.isEmpty()) && common(a.all, b.all) + common(a.places, b.places) < 2) {
            return false;
        }
        return (a.agents.isEmpty() || b.agents.isEmpty() || !disjoint(a.agents, b.agents))
                && (a.targets.isEmpty() || b.targets.isEmpty() || !disjoint(a.targets, b.targets));
    }

    private static Set<String> others(Report r) {
        Set<String> o = new TreeSet<>(r.all);
        o.removeAll(r.agents);
        o.removeAll(r.targets);
        return o;
    }

    private static int common(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private void write(List<Report> g, List<Triple> out) {
        Node h = NodeFactory.createURI(iris.base() + "happening/" + digest(g.get(0).iri));
        out.add(Triple.create(h, Vocab.TYPE, Vocab.nkg("Happening")));
        out.add(Triple.create(h, Vocab.LABEL, NodeFactory.createLiteralString(g.get(0).label)));
        Set<String> classes = new TreeSet<>(g.get(0).classes);
        Set<String> shared = new TreeSet<>(g.get(0).all);
        Set<String> places = new TreeSet<>();
        Set<String> dates = new TreeSet<>();
        for (Report r : g) {
            out.add(Triple.create(h, Vocab.nkg("reportedAs"), NodeFactory.createURI(r.iri)));
            classes.retainAll(r.classes);
            shared.retainAll(r.all);
            places.addAll(r.places);
            dates.addAll(r.dates);
        }
        StringBuilder why = new StringBuilder(g.size() + " reports of one ");
        why.append(String.join("/", classes.stream().map(c -> c.replaceAll(".*[#/]", "")).toList()));
        why.append(shared.isEmpty() ? "" : "; shared participants: " + names(shared));
        why.append(places.isEmpty() ? "; no conflicting place" : "; places agree: " + names(places));
        why.append(dates.isEmpty() ? "; no conflicting date" : "; date " + String.join(", ", dates));
        out.add(Triple.create(h, Vocab.MERGED_BECAUSE, NodeFactory.createLiteralString(why.toString())));
    }

    private static String names(Set<String> iris) {
        return String.join(", ", iris.stream().map(i -> i.replaceAll(".*/", "")).toList());
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
