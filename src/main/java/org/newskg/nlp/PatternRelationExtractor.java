package org.newskg.nlp;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;

/**
 * Facts that KBP misses and news states in fixed forms: ages ("26-year-old X", "X, a 37-year-old ..."),
 * roles with a possessor ("X's campaign ally Y", "his son Y", "the party's leader Y"), and places in places
 * ("Minsk, Belarus").
 */
final class PatternRelationExtractor {
    private static final Pattern AGE = Pattern.compile("(\\d{1,3})\\s*-\\s*years?\\s*-\\s*old");
    private final Map<String, String> roles = new HashMap<>();

    PatternRelationExtractor() {
        for (String[] r : Resources.rows("roles.tsv")) {
            roles.put(r[0], r[1]);
        }
    }

    void extract(DocView doc, Resolution res, List<NameMention> names, Consumer<Relation> out) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            ages(doc, res, s, out);
            possessiveRoles(doc, res, s, out);
        }
        placesInPlaces(doc, res, names, out);
    }

    private static void ages(DocView doc, Resolution res, int s, Consumer<Relation> out) {
        SemanticGraph g = doc.deps(s);
        Matcher m = AGE.matcher(doc.text(doc.sentenceBegin(s), doc.sentenceEnd(s)));
        while (m.find()) {
            int end = doc.sentenceBegin(s) + m.end();
            IndexedWord old = tokenEndingAt(g, end);
            if (old == null) {
                continue;
            }
            for (IndexedWord noun : g.getParents(old)) {
                String who = referent(g, res, s, noun);
                if (who != null && res.entity(who).type() == EntityType.PERSON) {
                    out.accept(new Relation(who, RelationType.AGE, m.group(1), new Provenance(0.9, "pattern", s)));
                }
            }
        }
    }

    /** The entity a noun refers to: itself, or the name it is in apposition with. */
    private static String referent(SemanticGraph g, Resolution res, int s, IndexedWord noun) {
        String direct = res.at(s, noun.index() - 1);
        if (direct != null) {
            return direct;
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(noun)) {
            if (e.getRelation().getShortName().equals("appos")) {
                return res.at(s, e.getGovernor().index() - 1);
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (e.getRelation().getShortName().equals("appos")) {
                return res.at(s, e.getDependent().index() - 1);
            }
        }
        return null;
    }

    private static IndexedWord tokenEndingAt(SemanticGraph g, int end) {
        for (IndexedWord w : g.vertexSet()) {
            if (w.endPosition() == end) {
                return w;
            }
        }
        return null;
    }

    private void possessiveRoles(DocView doc, Resolution res, int s, Consumer<Relation> out) {
        SemanticGraph g = doc.deps(s);
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            if (!e.getRelation().toString().equals("nmod:poss")) {
                continue;
            }
            IndexedWord role = e.getGovernor();
            String rel = role(g, role);
            // "The Commission said ... Its chairman, X": "its" is the organization named last, which coreference
            // often gets wrong
            String owner = e.getDependent().word().equalsIgnoreCase("its")
                    ? res.lastBefore(doc, s, e.getDependent().index() - 1, EntityType.ORGANIZATION, true)
                    : res.at(s, e.getDependent().index() - 1);
            String holder = holder(doc, g, res, s, role);
            if (rel == null || owner == null || holder == null || owner.equals(holder)) {
                continue;
            }
            emit(res.entity(owner), res.entity(holder), rel, new Provenance(0.8, "pattern", s), out);
        }
    }

    /**
     * The relation a role noun stands for, with its modifiers first ("chief executive", "managing director"),
     * then alone ("executive"), or null.
     */
    private String role(SemanticGraph g, IndexedWord role) {
        String head = role.lemma() == null ? role.word().toLowerCase() : role.lemma().toLowerCase();
        StringBuilder phrase = new StringBuilder();
        g.outgoingEdgeList(role).stream()
                .filter(m -> m.getRelation().getShortName().equals("amod") || m.getRelation().getShortName().equals("compound"))
                .map(SemanticGraphEdge::getDependent).filter(d -> d.index() < role.index())
                .sorted(Comparator.comparingInt(IndexedWord::index))
                .forEach(d -> phrase.append(d.word().toLowerCase()).append(' '));
        String full = roles.get(phrase + head);
        return full != null ? full : roles.get(head);
    }

    /** The named person holding the role: an apposition, or the name right after the role noun. */
    private static String holder(DocView doc, SemanticGraph g, Resolution res, int s, IndexedWord role) {
        String r = referent(g, res, s, role);
        if (r != null) {
            return r;
        }
        List<CoreLabel> tokens = doc.tokens(s);
        int next = role.index();
        if (next < tokens.size() && "NNP".equals(tokens.get(next).tag())) {
            return res.at(s, next);
        }
        return null;
    }

    private static void emit(Entity owner, Entity holder, String rel, Provenance p, Consumer<Relation> out) {
        boolean personOwner = owner.type() == EntityType.PERSON;
        if (holder.type() != EntityType.PERSON && !rel.equals("founder")) {
            return;
        }
        switch (rel) {
            case "children" -> add(out, owner, RelationType.CHILDREN, holder, p, personOwner);
            case "parent" -> add(out, owner, RelationType.PARENT, holder, p, personOwner);
            case "spouse" -> add(out, owner, RelationType.SPOUSE, holder, p, personOwner);
            case "sibling" -> add(out, owner, RelationType.SIBLING, holder, p, personOwner);
            case "relatedTo" -> add(out, owner, RelationType.RELATED_TO, holder, p, personOwner);
            case "colleague" -> add(out, owner, personOwner ? RelationType.COLLEAGUE : RelationType.AFFILIATION, holder, p, true);
            case "worksFor" -> add(out, holder, RelationType.WORKS_FOR, owner, p, !personOwner);
            case "leaderOf" -> add(out, holder, RelationType.LEADER_OF, owner, p, !personOwner);
            case "founder" -> add(out, owner, RelationType.FOUNDER, holder, p, !personOwner);
            default -> { }
        }
    }

    private static void add(Consumer<Relation> out, Entity s, RelationType t, Entity o, Provenance p, boolean when) {
        if (when) {
            out.accept(new Relation(s.key(), t, o.key(), p));
        }
    }

    /** "Minsk, Belarus": a city or place followed by a comma and a country or region. */
    private static void placesInPlaces(DocView doc, Resolution res, List<NameMention> names, Consumer<Relation> out) {
        for (int i = 0; i + 1 < names.size(); i++) {
            NameMention a = names.get(i);
            NameMention b = names.get(i + 1);
            String between = doc.between(a, b);
            if (between == null || !a.type().isPlace() || a.type() == EntityType.COUNTRY
                    || !(b.type() == EntityType.COUNTRY || b.type() == EntityType.ADMINISTRATIVE_AREA)
                    || !between.strip().equals(",")) {
                continue;
            }
            String inner = res.at(a.sentence(), a.tokenBegin());
            String outer = res.at(b.sentence(), b.tokenBegin());
            if (inner != null && outer != null && !inner.equals(outer)) {
                out.accept(new Relation(inner, RelationType.CONTAINED_IN_PLACE, outer,
                        new Provenance(0.85, "pattern", a.sentence())));
            }
        }
    }
}
