package org.newskg.nlp;

import java.util.Map;

import org.newskg.extraction.Entity;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

/** "The Ukrainian capital Kyiv": the city lies in the country of the demonym ({@code rules/capital.tokensregex}). */
final class CapitalExtractor implements Extractor {
    private final Demonyms demonyms = new Demonyms();
    private final TokenRules rules = new TokenRules("capital.tokensregex", Map.of("capital-in-country", this::capital));

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        rules.run(doc, out);
    }

    private void capital(TokenRules.Match m, FactSink out) {
        Resolution res = m.doc().resolution();
        String city = res.at(m.sentence(), m.start("$city"));
        Entity country = demonyms.country(res, m.group("$demonym"));
        if (city != null && country != null && !country.key().equals(city)) {
            out.relation(new Relation(city, RelationType.CONTAINED_IN_PLACE, country.key(),
                    new Provenance(m.rule().confidence(), m.rule().id(), m.sentence())));
        }
    }
}
