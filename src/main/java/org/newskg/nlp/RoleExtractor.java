package org.newskg.nlp;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Roles given by a possessor, from {@code rules/roles.semgrex}: "X's campaign ally Y" (colleague), "his son Y"
 * (children), "the party's leader Y", "Its chairman, X" (leaderOf the organization named last). The role
 * nouns and their relations are {@code roles.tsv}, modifiers first ("chief executive" before "executive").
 */
final class RoleExtractor implements Extractor {
    private final Set<String> organizationPossessives = Words.ofKind("pronouns.tsv", "organization-possessive");
    private final GraphRules rules = new GraphRules("roles.semgrex", Map.of("possessive-role", this::possessive));

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        rules.run(doc, out);
    }

    private void possessive(GraphRules.Match m, FactSink out) {
        SemanticGraph g = m.graph();
        Resolution res = m.doc().resolution();
        DocView doc = m.doc().view();
        int s = m.sentence();
        IndexedWord role = m.matcher().getNode("role");
        IndexedWord possessor = m.matcher().getNode("owner");
        String rel = role(g, role);
        // "The Commission said ... Its chairman, X": "its" is the organization named last, which coreference
        // often gets wrong
        String owner = organizationPossessives.contains(possessor.word().toLowerCase())
                ? res.lastBefore(doc, s, possessor.index() - 1, EntityType.ORGANIZATION, true)
                : res.at(s, possessor.index() - 1);
        String holder = holder(doc, g, res, s, role);
        if (rel == null || owner == null || holder == null || owner.equals(holder)) {
            return;
        }
        emit(res.entity(owner), res.entity(holder), rel, new Provenance(m.rule().confidence(), m.rule().id(), s), out);
    }

    /** The relation a role noun stands for, with its modifiers first, then alone, or null. */
    private String role(SemanticGraph g, IndexedWord role) {
        String head = role.lemma() == null ? role.word().toLowerCase() : role.lemma().toLowerCase();
        StringBuilder phrase = new StringBuilder();
        g.outgoingEdgeList(role).stream()
                .filter(m -> Deps.rel(m).equals(Deps.AMOD) || Deps.rel(m).equals(Deps.COMPOUND))
                .map(SemanticGraphEdge::getDependent).filter(d -> d.index() < role.index())
                .sorted(Comparator.comparingInt(IndexedWord::index))
                .forEach(d -> phrase.append(d.word().toLowerCase()).append(' '));
        String full = Titles.ROLES.get(phrase + head);
        return full != null ? full : Titles.ROLES.get(head);
    }

    /** The named person holding the role: an apposition, or the name right after the role noun. */
    private static String holder(DocView doc, SemanticGraph g, Resolution res, int s, IndexedWord role) {
        String r = NounReferent.APPOSITION.of(g, res, s, role);
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

    private static void emit(Entity owner, Entity holder, String rel, Provenance p, FactSink out) {
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

    private static void add(FactSink out, Entity s, RelationType t, Entity o, Provenance p, boolean when) {
        if (when) {
            out.relation(new Relation(s.key(), t, o.key(), p));
        }
    }
}
