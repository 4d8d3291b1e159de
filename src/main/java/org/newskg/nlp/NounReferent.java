package org.newskg.nlp;

import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Which entity a noun of the dependency graph refers to: the entity of its own token, else the first one
 * that a name in its phrase refers to, through the relations a reading allows. The one place for "who is
 * this noun": each reading names the relations it follows.
 */
enum NounReferent {
    /** A noun and the name it is in apposition with, either way: "the 65-year-old strongman, Lukashenko". */
    APPOSITION(Set.of(Deps.APPOS), true),
    /** The name inside a noun phrase: "President Lukashenko", "Lukashenko, the president", "Jean Le Drian". */
    NAME_PHRASE(Set.of(Deps.COMPOUND, Deps.APPOS, Deps.FLAT), false),
    /** The speaker in a subject phrase, also loosely attached ("the minister, X"); never a possessor. */
    SUBJECT_PHRASE(Set.of(Deps.APPOS, Deps.COMPOUND, Deps.DEP, Deps.FLAT), false);

    private final Set<String> relations;
    private final boolean upward;

    NounReferent(Set<String> relations, boolean upward) {
        this.relations = relations;
        this.upward = upward;
    }

    /** The entity key, or null. */
    String of(SemanticGraph g, Resolution res, int s, IndexedWord noun) {
        return of(g, res, s, noun, 0);
    }

    /** The noun (not part of a name) has a possessor that refers to {@code key}: "Blair's spokesman". */
    private static boolean possessedBy(SemanticGraph g, Resolution res, int s, IndexedWord noun, String key) {
        if (noun.tag() == null || noun.tag().startsWith("NNP")) {
            return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (Deps.full(e).equals("nmod:poss") && key.equals(res.at(s, e.getDependent().index() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * At depth 0 the noun itself; an apposition whose head names nothing is looked into once more ("the
     * chairman, Guy Mansfield QC": the apposition's head is "QC", the name its compound).
     */
    private String of(SemanticGraph g, Resolution res, int s, IndexedWord noun, int depth) {
        String direct = res.at(s, noun.index() - 1);
        if (direct != null && this == SUBJECT_PHRASE && possessedBy(g, res, s, noun, direct)) {
            return null; // "Tony Blair's official spokesman said": coreference tied the noun to its possessor
        }
        if (direct != null) {
            return direct;
        }
        if (upward && depth == 0) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(noun)) {
                String k = relations.contains(Deps.full(e)) ? res.at(s, e.getGovernor().index() - 1) : null;
                if (k != null) {
                    return k;
                }
            }
        }
        // "Gloucester director of rugby Nigel Melville said": a person among the phrase's names comes first
        String first = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = Deps.full(e);
            boolean personOnly = this == SUBJECT_PHRASE && rel.equals("nmod:of");
            String k = relations.contains(rel) || personOnly ? res.at(s, e.getDependent().index() - 1) : null;
            if (k == null && depth == 0 && rel.equals(Deps.APPOS) && relations.contains(rel)) {
                k = of(g, res, s, e.getDependent(), 1);
            }
            if (k == null) {
                continue;
            }
            if (this == SUBJECT_PHRASE && res.entity(k).type() == org.newskg.extraction.EntityType.PERSON) {
                return k;
            }
            if (first == null && !personOnly) {
                first = k;
            }
        }
        return first;
    }
}
