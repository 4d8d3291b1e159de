package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

/**
 * Removes facts that a news layout, not the text, suggests:
 * <ul>
 *   <li>an age written once in a sentence belongs to one person ("X, 41, founded it with his sister Y" does
 *       not make Y 41): the most confident reading keeps it; written twice ("Thame, 34, ... Wakeham, 34,"), the
 *       two most confident;</li>
 *   <li>the agency in a dateline ("LAGOS, Nigeria (AFP) —") is not located where it reports from;</li>
 *   <li>a title that ends a longer title of the same person in the same sentence is that title read short
 *       ("home secretary" beside "shadow home secretary", KBP's reading of "shadow home secretary Mr Davis"):
 *       only the longer is kept.</li>
 * </ul>
 */
final class RelationFilter {
    private RelationFilter() {
    }

    static List<Relation> apply(List<Relation> relations, DocView doc, Resolution res, List<NameMention> names) {
        Set<String> agencies = Dateline.agencies(doc, res, names);
        // each time an age is written in a sentence it is one person's: the most confident readings keep it
        Map<String, List<Relation>> ageReadings = new HashMap<>();
        for (Relation r : relations) {
            if (r.predicate() == RelationType.AGE) {
                ageReadings.computeIfAbsent(r.provenance().sentence() + "|" + r.object(), k -> new ArrayList<>()).add(r);
            }
        }
        Set<Relation> ageOwners = new HashSet<>();
        for (List<Relation> readings : ageReadings.values()) {
            Relation first = readings.get(0);
            long written = doc.tokens(first.provenance().sentence()).stream().filter(t -> t.word().equals(first.object())).count();
            readings.stream().sorted(java.util.Comparator.comparingDouble((Relation r) -> -r.provenance().confidence()))
                    .limit(Math.max(1, written)).forEach(ageOwners::add);
        }
        List<Relation> out = new ArrayList<>();
        for (Relation r : relations) {
            if (r.predicate() == RelationType.AGE && !ageOwners.contains(r)) {
                continue;
            }
            if (r.predicate() == RelationType.LOCATION && agencies.contains(r.subject())) {
                continue;
            }
            if (r.predicate() == RelationType.JOB_TITLE && relations.stream().anyMatch(o -> longerTitle(o, r))) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** Whether {@code o} is a title of the same person in the same sentence that ends with {@code r}'s. */
    private static boolean longerTitle(Relation o, Relation r) {
        if (o.predicate() != RelationType.JOB_TITLE || !o.subject().equals(r.subject())
                || o.provenance().sentence() != r.provenance().sentence()) {
            return false;
        }
        String longer = o.object().toLowerCase(java.util.Locale.ROOT);
        String shorter = r.object().toLowerCase(java.util.Locale.ROOT);
        return longer.length() > shorter.length() && longer.endsWith(" " + shorter);
    }
}
