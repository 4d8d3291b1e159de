package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newskg.DataFile;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

/**
 * Places in places from two names in a row and the text between them ({@code place-pairs.tsv}): "Minsk,
 * Belarus", "Independence Square in Minsk", "Lviv's Old Town".
 */
final class PlacePairExtractor implements Extractor {
    /** One row of the table: the types are null where the row says "contains". */
    private record PairRule(String id, double confidence, Pattern between, boolean firstInside, Set<EntityType> inner,
                            Set<EntityType> outer) {
        boolean fits(EntityType in, EntityType out) {
            return inner == null ? PlaceContainment.contains(out, in) : inner.contains(in) && outer.contains(out);
        }
    }

    private final List<PairRule> rules = new ArrayList<>();

    PlacePairExtractor() {
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/place-pairs.tsv", 6, 6)) {
            boolean contains = r.get(4).equals("contains");
            if (contains != r.get(5).equals("contains") || !List.of("first", "second").contains(r.get(3))) {
                throw r.error("expected first or second, and both type columns 'contains' or both type lists");
            }
            rules.add(new PairRule(r.get(0), Double.parseDouble(r.get(1)), Pattern.compile(r.get(2)),
                    r.get(3).equals("first"), contains ? null : PlaceContainment.types(r.get(4)),
                    contains ? null : PlaceContainment.types(r.get(5))));
        }
    }

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        List<NameMention> names = doc.names();
        Resolution res = doc.resolution();
        for (int i = 0; i + 1 < names.size(); i++) {
            NameMention a = names.get(i);
            NameMention b = names.get(i + 1);
            String between = doc.view().between(a, b);
            String ka = res.at(a.sentence(), a.tokenBegin());
            String kb = res.at(b.sentence(), b.tokenBegin());
            if (between == null || ka == null || kb == null || ka.equals(kb) || !a.type().isPlace()
                    || !b.type().isPlace()) {
                continue;
            }
            for (PairRule rule : rules) {
                NameMention inner = rule.firstInside() ? a : b;
                NameMention outer = rule.firstInside() ? b : a;
                if (rule.between().matcher(between).matches() && rule.fits(inner.type(), outer.type())) {
                    out.relation(new Relation(rule.firstInside() ? ka : kb, RelationType.CONTAINED_IN_PLACE,
                            rule.firstInside() ? kb : ka, new Provenance(rule.confidence(), rule.id(), a.sentence())));
                }
            }
        }
    }
}
