package org.newskg.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.DataFile;
import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Places-in-places that news takes for granted (rule {@value #RULE}): when a sentence puts something in a capital
 * and uses the country's demonym ("Belarusian supporters gathered in Minsk"), the capital lies in the country
 * ({@code capitals.tsv}; "Kyiv, Ukraine" is place/city-comma-country's);
 * so does the capital of the country a dateline names ("ANTOFAGASTA, Chile (Reuters) —" and Santiago later).
 * The evidence is the first such sentence. (Named anywhere in the article, the pair was right 0 times in 11 on
 * the BBC gold set; named in one sentence, 0 in 3: "set in Paris and sold in France", "Ireland in Dublin".)
 */
final class KnownCapitalExtractor implements Extractor {
    static final String RULE = "place/known-capital";
    private static final Set<String> PREPOSITIONS = Words.set("location-prepositions.tsv");
    private final Map<String, Set<String>> countriesOf = new HashMap<>();
    private final Demonyms demonyms = new Demonyms();

    KnownCapitalExtractor() {
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/capitals.tsv", 2, 2)) {
            countriesOf.computeIfAbsent(Names.normal(r.get(0)), k -> new HashSet<>()).add(Names.normal(r.get(1)));
        }
    }

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        List<Entity> entities = doc.resolution().entities();
        String datelineCountry = Dateline.country(doc.view(), doc.resolution(), doc.names());
        for (Entity city : entities) {
            if (city.type() != EntityType.CITY && city.type() != EntityType.PLACE) {
                continue;
            }
            Set<String> countries = countriesOf.get(Names.normal(city.name()));
            if (countries == null || city.mentions().isEmpty()) {
                continue;
            }
            for (Entity country : entities) {
                if (country.type() != EntityType.COUNTRY || names(country).stream().noneMatch(countries::contains)) {
                    continue;
                }
                boolean stated = false;
                for (Span m : city.mentions()) {
                    if (placedIn(doc, m) && demonymInSentence(doc, country, m.sentence())) {
                        out.relation(new Relation(city.key(), RelationType.CONTAINED_IN_PLACE, country.key(),
                                new Provenance(0.7, RULE, m.sentence())));
                        stated = true;
                        break;
                    }
                }
                if (!stated && country.key().equals(datelineCountry)) {
                    out.relation(new Relation(city.key(), RelationType.CONTAINED_IN_PLACE, country.key(),
                            new Provenance(0.6, RULE, city.mentions().get(0).sentence())));
                }
            }
        }
    }

    /**
     * The text puts something in the capital: its name's head has a locative case ("gathered in Minsk", "talks
     * at Santiago"; not "on Beijing's policy", where the city is a possessor).
     */
    private static boolean placedIn(DocumentContext doc, Span city) {
        for (NameMention n : doc.names()) {
            if (n.sentence() == city.sentence() && n.span().begin() == city.begin()) {
                SemanticGraph g = doc.view().deps(city.sentence());
                IndexedWord head = g.getNodeByIndexSafe(n.tokenEnd());
                String c = head == null ? null : Deps.caseOf(g, head);
                return c != null && PREPOSITIONS.contains(c);
            }
        }
        return false;
    }

    /** The sentence uses the country's demonym ("Belarusian supporters gathered in Minsk"). */
    private boolean demonymInSentence(DocumentContext doc, Entity country, int sentence) {
        for (CoreLabel t : doc.view().tokens(sentence)) {
            Entity named = demonyms.country(doc.resolution(), t.word());
            if (named != null && named.key().equals(country.key())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(Entity e) {
        Set<String> out = new HashSet<>();
        out.add(Names.normal(e.name()));
        e.altNames().forEach(n -> out.add(Names.normal(n)));
        return out;
    }
}
