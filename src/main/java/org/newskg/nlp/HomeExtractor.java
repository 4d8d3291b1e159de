package org.newskg.nlp;

import java.util.Map;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

/**
 * Where a person lives, from a phrase before a place ({@code rules/home.tokensregex}): "From exile in
 * Lithuania, X called ..." makes Lithuania X's home, when X is the first person the sentence refers to; "X,
 * 34, from Hartpury" makes Hartpury X's; and where an organization is based: "the Cambridge-based Just Add
 * Monsters", "X of JPMorgan Chase bank in Tokyo" (the bank's office, and X, are in Tokyo).
 */
final class HomeExtractor implements Extractor {
    private final TokenRules rules = new TokenRules("home.tokensregex", Map.of("home-of-first-person", HomeExtractor::home,
            "home-of-name", HomeExtractor::homeOfName,
            "org-location", HomeExtractor::orgLocation,
            "staff-location", HomeExtractor::staffLocation));

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        rules.run(doc, out);
    }

    private static void home(TokenRules.Match m, FactSink out) {
        Resolution res = m.doc().resolution();
        int s = m.sentence();
        String person = firstPerson(res, m.doc().view(), s);
        String where = res.at(s, m.start("$place"));
        boolean named = m.doc().names().stream().anyMatch(n -> n.sentence() == s && n.type() == EntityType.PERSON
                && person != null && person.equals(res.at(s, n.tokenBegin())));
        if (named && where != null) {
            out.relation(new Relation(person, RelationType.HOME_LOCATION, where,
                    new Provenance(m.rule().confidence(), m.rule().id(), s)));
        }
    }

    private static void homeOfName(TokenRules.Match m, FactSink out) {
        placed(m, out, m.doc().resolution().at(m.sentence(), m.end("$name") - 1), RelationType.HOME_LOCATION);
    }

    private static void orgLocation(TokenRules.Match m, FactSink out) {
        placed(m, out, m.doc().resolution().at(m.sentence(), m.start("$org")), RelationType.LOCATION);
    }

    /** States that {@code who} is at the match's {@code $place}, if both are entities and not the same. */
    private static void placed(TokenRules.Match m, FactSink out, String who, RelationType predicate) {
        String where = m.doc().resolution().at(m.sentence(), m.start("$place"));
        if (who != null && where != null && !who.equals(where)) {
            out.relation(new Relation(who, predicate, where,
                    new Provenance(m.rule().confidence(), m.rule().id(), m.sentence())));
        }
    }

    private static void staffLocation(TokenRules.Match m, FactSink out) {
        Resolution res = m.doc().resolution();
        String person = res.at(m.sentence(), m.end("$name") - 1);
        String org = res.at(m.sentence(), m.start("$org"));
        String where = res.at(m.sentence(), m.start("$place"));
        if (person == null || org == null || where == null || org.equals(where)
                || !org.equals(res.at(m.sentence(), m.end("$org") - 1))) {
            return;
        }
        Provenance p = new Provenance(m.rule().confidence(), m.rule().id(), m.sentence());
        out.relation(new Relation(org, RelationType.LOCATION, where, p));
        out.relation(new Relation(person, RelationType.HOME_LOCATION, where, p));
    }

    private static String firstPerson(Resolution res, DocView doc, int s) {
        for (int i = 0; i < doc.tokens(s).size(); i++) {
            String k = res.at(s, i);
            if (k != null && res.entity(k).type() == EntityType.PERSON) {
                return k;
            }
        }
        return null;
    }
}
