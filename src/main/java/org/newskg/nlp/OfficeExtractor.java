package org.newskg.nlp;

import java.util.List;
import java.util.Locale;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * An office before a name: "President X" gives the job title ({@value #TITLE}); "Russian President X" and
 * "France's Foreign Minister X" also tie X to the country ({@value #COUNTRY}): leaderOf for heads of state
 * and government, worksFor for other offices ({@code office-titles.tsv}, countries by name or by demonym,
 * {@code demonyms.tsv}).
 */
final class OfficeExtractor implements Extractor {
    static final String TITLE = "title/before-name";
    static final String COUNTRY = "office/country-before-title";
    /** The longest title, in words, looked for before a name. */
    private static final int LONGEST = 4;
    private final Demonyms demonyms = new Demonyms();

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        Resolution res = doc.resolution();
        for (NameMention m : doc.names()) {
            String key = res.at(m.sentence(), m.tokenBegin());
            if (key != null && m.type() == EntityType.PERSON) {
                office(doc.view(), res, m, key, out);
            }
        }
    }

    private void office(DocView doc, Resolution res, NameMention m, String person, FactSink out) {
        List<CoreLabel> t = doc.tokens(m.sentence());
        for (int k = Math.min(LONGEST, m.tokenBegin()); k >= 1; k--) {
            String title = Tokens.words(t, m.tokenBegin() - k, m.tokenBegin());
            String kind = Titles.OFFICES.get(title.toLowerCase(Locale.ROOT));
            if (kind == null) {
                continue;
            }
            out.relation(new Relation(person, RelationType.JOB_TITLE, title, new Provenance(0.85, TITLE, m.sentence())));
            Entity country = countryBefore(res, t, m.sentence(), m.tokenBegin() - k);
            if (country != null) {
                RelationType r = kind.equals("leaderOf") ? RelationType.LEADER_OF : RelationType.WORKS_FOR;
                out.relation(new Relation(person, r, country.key(), new Provenance(0.85, COUNTRY, m.sentence())));
            }
            return;
        }
    }

    /** The country named by the demonym or name (with or without "'s") that ends just before {@code end}. */
    private Entity countryBefore(Resolution res, List<CoreLabel> t, int s, int end) {
        int last = end - 1;
        if (last >= 0 && Tokens.isPossessive(t.get(last).word())) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        String k = res.at(s, last);
        if (k != null && res.entity(k).type() == EntityType.COUNTRY) {
            return res.entity(k);
        }
        for (int n = 2; n >= 1; n--) {
            if (last - n + 1 >= 0) {
                Entity country = demonyms.country(res, Tokens.words(t, last - n + 1, last + 1));
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }
}
