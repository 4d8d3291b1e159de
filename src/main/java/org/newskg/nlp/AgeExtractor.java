package org.newskg.nlp;

import java.util.Map;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Ages as news writes them, from {@code rules/age.tokensregex}: "the 26-year-old X", "X, a 37-year-old
 * teacher", "X, 34,". KBP misses most of them.
 */
final class AgeExtractor implements Extractor {
    private final TokenRules rules = new TokenRules("age.tokensregex", Map.of(
            "age-of-head", AgeExtractor::ofHead,
            "age-of-name", AgeExtractor::ofName));

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        rules.run(doc, out);
    }

    /** The age, of the person the noun that "old" modifies refers to. */
    private static void ofHead(TokenRules.Match m, FactSink out) {
        SemanticGraph g = m.doc().view().deps(m.sentence());
        IndexedWord old = g.getNodeByIndexSafe(m.matcher().end());
        if (old == null) {
            return;
        }
        Resolution res = m.doc().resolution();
        for (IndexedWord noun : g.getParents(old)) {
            String who = NounReferent.APPOSITION.of(g, res, m.sentence(), noun);
            if (who != null && res.entity(who).type() == EntityType.PERSON) {
                out.relation(new Relation(who, RelationType.AGE, m.group("$age"),
                        new Provenance(m.rule().confidence(), m.rule().id(), m.sentence())));
            }
        }
    }

    /** The age, of the person the name before it refers to. */
    private static void ofName(TokenRules.Match m, FactSink out) {
        int age = Integer.parseInt(m.group("$age"));
        String who = m.doc().resolution().at(m.sentence(), m.start("$name"));
        if (who != null && age > 0 && age < 120) {
            out.relation(new Relation(who, RelationType.AGE, Integer.toString(age),
                    new Provenance(m.rule().confidence(), m.rule().id(), m.sentence())));
        }
    }
}
