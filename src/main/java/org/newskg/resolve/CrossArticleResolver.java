package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Extraction;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;

/**
 * One entity across articles for one person spelled two ways. Before an article is stored, each of its people
 * whose IRI is not in the store yet is compared with the people already stored: when exactly one of them has
 * the same first and last name up to transliteration ("Volodymyr Zelensky" / "Volodymyr Zelenskyy") and the
 * two share context (an entity both articles name), the new mention takes the stored entity's identity, and
 * {@code nkg:mergedBecause} says why. People who share only a surname or only a first name are never joined.
 */
public final class CrossArticleResolver {
    private static final String PEOPLE = "PREFIX schema: <" + Vocab.SCHEMA + "> PREFIX owl: <" + Vocab.OWL + ">"
            + " SELECT ?p ?name ?label ?link WHERE { ?p a schema:Person ; schema:name ?label ."
            + " { ?p schema:name ?name } UNION { ?p <" + Vocab.SKOS + "altLabel> ?name }"
            + " OPTIONAL { ?p owl:sameAs ?link } }";

    private final Iris iris;
    /** The stored people by IRI: read from the store once, then kept up to date with what this resolver passed. */
    private Map<String, Stored> people;

    public CrossArticleResolver(Iris iris) {
        this.iris = iris;
    }

    /**
     * The extraction with its people renamed to the stored entities they are; call in a transaction, with the
     * articles resolved before already in {@code store}. One resolver serves one writer: it remembers the people
     * of every extraction it returns, so that the store is scanned for people only once.
     */
    public Extraction resolve(Extraction x, Dataset store) {
        if (people == null) {
            people = people(store);
        }
        Extraction resolved = people.isEmpty() ? x : match(x, store);
        remember(resolved);
        return resolved;
    }

    private void remember(Extraction x) {
        for (Entity e : x.entities()) {
            if (e.type() == EntityType.PERSON) {
                Stored st = people.computeIfAbsent(iris.entity(e).getURI(), k -> new Stored(k, e.name(),
                        e.wikiTitle() != null ? Vocab.DBR + e.wikiTitle() : null));
                st.names.add(e.name());
                st.names.addAll(e.altNames());
            }
        }
    }

    private Extraction match(Extraction x, Dataset store) {
        Set<String> context = new HashSet<>();
        x.entities().forEach(e -> context.add(iris.entity(e).getURI()));
        List<Entity> out = new ArrayList<>();
        boolean changed = false;
        for (Entity e : x.entities()) {
            Entity r = e.type() == EntityType.PERSON ? match(e, context, store) : e;
            changed |= r != e;
            out.add(r);
        }
        return changed ? new Extraction(x.article(), x.sentences(), out, x.relations(), x.events(), x.quotes(),
                x.run()) : x;
    }

    private Entity match(Entity e, Set<String> context, Dataset store) {
        String own = iris.entity(e).getURI();
        if (people.containsKey(own)) {
            return e;
        }
        List<Stored> candidates = new ArrayList<>();
        for (Stored p : people.values()) {
            boolean sameName = p.names.stream().anyMatch(n -> NameVariants.sameFullName(n, e.name()));
            if (sameName && sharesContext(store, p.iri, context, own)) {
                candidates.add(p);
            }
        }
        if (candidates.size() != 1) {
            return e;
        }
        Stored p = candidates.get(0);
        java.util.TreeSet<String> alt = new java.util.TreeSet<>(e.altNames());
        alt.add(e.name());
        alt.remove(p.label);
        List<String> merges = new ArrayList<>(e.merges());
        merges.add("transliteration: \"" + e.name() + "\" is \"" + p.label + "\" of other articles, which name"
                + " the same people and places");
        String wiki = p.link != null ? p.link.substring(Vocab.DBR.length()) : e.wikiTitle();
        return new Entity(e.key(), e.type(), p.label, alt, e.mentions(), wiki, merges);
    }

    private static boolean sharesContext(Dataset store, String person, Set<String> context, String own) {
        String q = "PREFIX schema: <" + Vocab.SCHEMA + "> SELECT DISTINCT ?o WHERE { ?a schema:mentions <" + person
                + "> ; schema:mentions ?o }";
        try (QueryExecution qe = QueryExecution.dataset(store).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                String o = rs.next().getResource("o").getURI();
                if (!o.equals(person) && !o.equals(own) && context.contains(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, Stored> people(Dataset store) {
        Map<String, Stored> out = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(store).query(PEOPLE).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String p = s.getResource("p").getURI();
                Stored st = out.computeIfAbsent(p, k -> new Stored(k, s.getLiteral("label").getString(),
                        s.contains("link") ? s.getResource("link").getURI() : null));
                st.names.add(s.getLiteral("name").getString());
            }
        }
        return out;
    }

    /** A person already in the store. */
    private static final class Stored {
        final String iri;
        final String label;
        final String link;
        final Set<String> names = new HashSet<>();

        Stored(String iri, String label, String link) {
            this.iri = iri;
            this.label = label;
            this.link = link;
        }
    }
}
