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
 * One entity across articles for one person or organization written two ways. Before an article is stored,
 * each of its people and organizations whose IRI is not in the store yet is compared with those already
 * stored ({@link NameVariants}): a person by full name up to transliteration ("Volodymyr Zelensky" /
 * "Volodymyr Zelenskyy"), by surname with a first name of the same start ("Konstantinos" / "Kostas
 * Panagopoulos"), or by surname alone when one article gives only that ("Khodorkovsky"); an organization
 * by acronym ("IAAF" / "International Association of Athletics Federations"), by its words in another
 * order ("Group Menatep" / "Menatep Group"), by a spelling of one long word ("Yuganskneftegaz" /
 * "Yuganskneftegas") or by its first word alone ("Baikal" / "Baikal Finance Group"). When exactly one stored
 * entity of the same kind agrees and the two share context (an entity both articles name), the new one takes
 * the stored entity's identity, and {@code nkg:mergedBecause} says why. People who share only a first name,
 * or a surname with a first name of another start, are never joined.
 */
public final class CrossArticleResolver {
    private static final String KNOWN = "PREFIX schema: <" + Vocab.SCHEMA + "> PREFIX owl: <" + Vocab.OWL + ">"
            + " SELECT ?p ?t ?name ?label ?link WHERE { VALUES ?t { schema:Person schema:Organization }"
            + " ?p a ?t ; schema:name ?label ."
            + " { ?p schema:name ?name } UNION { ?p <" + Vocab.SKOS + "altLabel> ?name }"
            + " OPTIONAL { ?p owl:sameAs ?link } }";

    private final Iris iris;
    /**
     * The stored people and organizations by IRI: read from the store once, then kept up to date with what this
     * resolver passed.
     */
    private Map<String, Stored> known;

    public CrossArticleResolver(Iris iris) {
        this.iris = iris;
    }

    /**
     * The extraction with its people and organizations renamed to the stored entities they are; call in a
     * transaction, with the articles resolved before already in {@code store}. One resolver serves one writer:
     * it remembers the entities of every extraction it returns, so that the store is scanned only once.
     */
    public Extraction resolve(Extraction x, Dataset store) {
        if (known == null) {
            known = stored(store);
        }
        Extraction resolved = known.isEmpty() ? x : match(x, store);
        remember(resolved);
        return resolved;
    }

    private static boolean resolvable(Entity e) {
        return e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
    }

    private void remember(Extraction x) {
        for (Entity e : x.entities()) {
            if (resolvable(e)) {
                Stored st = known.computeIfAbsent(iris.entity(e).getURI(), k -> new Stored(k, e.type() == EntityType.PERSON,
                        e.name(), e.wikiTitle() != null ? Vocab.DBR + e.wikiTitle() : null));
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
            Entity r = resolvable(e) ? match(e, context, store) : e;
            changed |= r != e;
            out.add(r);
        }
        return changed ? new Extraction(x.article(), x.sentences(), out, x.relations(), x.roles(), x.events(), x.quotes(),
                x.run()) : x;
    }

    private Entity match(Entity e, Set<String> context, Dataset store) {
        String own = iris.entity(e).getURI();
        if (known.containsKey(own)) {
            return e;
        }
        Set<String> names = new java.util.LinkedHashSet<>();
        names.add(e.name());
        names.addAll(e.altNames());
        boolean person = e.type() == EntityType.PERSON;
        List<Stored> candidates = new ArrayList<>();
        String why = null;
        for (Stored p : known.values()) {
            if (p.person != person) {
                continue;
            }
            String reason = person ? NameVariants.samePerson(p.names, names) : NameVariants.sameOrganization(p.names, names);
            if (reason != null && sharesContext(store, p.iri, context, own)) {
                candidates.add(p);
                why = reason;
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
        merges.add(why + ": \"" + e.name() + "\" is \"" + p.label + "\" of other articles, which name"
                + " the same people and places");
        // the stored entity's identity: its IRI comes from its link, or from its name when it has none
        String wiki = p.link != null ? p.link.substring(Vocab.DBR.length()) : null;
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

    private static Map<String, Stored> stored(Dataset store) {
        Map<String, Stored> out = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(store).query(KNOWN).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String p = s.getResource("p").getURI();
                boolean person = s.getResource("t").getURI().equals(Vocab.SCHEMA + "Person");
                Stored st = out.computeIfAbsent(p, k -> new Stored(k, person, s.getLiteral("label").getString(),
                        s.contains("link") ? s.getResource("link").getURI() : null));
                st.names.add(s.getLiteral("name").getString());
            }
        }
        return out;
    }

    /** A person or an organization already in the store. */
    private static final class Stored {
        final String iri;
        final boolean person;
        final String label;
        final String link;
        final Set<String> names = new HashSet<>();

        Stored(String iri, boolean person, String label, String link) {
            this.iri = iri;
            this.person = person;
            this.label = label;
            this.link = link;
        }
    }
}
