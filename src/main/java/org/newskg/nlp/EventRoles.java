package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newskg.DataFile;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.EventRole;

/**
 * Who takes which part in an event, from the edge between its trigger and a word that refers to an entity
 * ({@code event-arguments.tsv}): the first row that fits gives the role and the rule id.
 */
final class EventRoles {
    /** A role a row gives: its rule id and confidence. */
    record Found(String rule, EventRole role, double confidence) {
    }

    private record Row(String rule, EventRole role, Pattern relation, Set<String> prepositions, String entity,
                       boolean verbOnly, boolean ownOnly, double confidence) {
        boolean fits(String rel, String prep, EntityType type, boolean verb, boolean own) {
            return relation.matcher(rel).matches() && (prepositions == null || prep != null && prepositions.contains(prep))
                    && (entity.equals("*") || entity.equals("place") == type.isPlace())
                    && (!verbOnly || verb) && (!ownOnly || own);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    EventRoles() {
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/event-arguments.tsv", 8, 8)) {
            if (!Set.of("place", "non-place", "*").contains(r.get(4)) || !Set.of("verb", "*").contains(r.get(5))
                    || !Set.of("own", "any").contains(r.get(6))) {
                throw r.error("expected entity place, non-place or *; trigger verb or *; scope own or any");
            }
            String rel = r.get(2).equals("*") ? ".*" : r.get(2);
            rows.add(new Row(r.get(0), EventRole.valueOf(r.get(1)), Pattern.compile(rel), prepositions(r.get(3)),
                    r.get(4), r.get(5).equals("verb"), r.get(6).equals("own"), Double.parseDouble(r.get(7))));
        }
    }

    private static Set<String> prepositions(String cell) {
        if (cell.equals("*")) {
            return null;
        }
        if (cell.startsWith("@")) {
            return Words.set(cell.substring(1) + ".tsv");
        }
        return Set.of(cell.split("\\|"));
    }

    /**
     * The role of an entity of type {@code type} on an edge of relation {@code rel} (without preposition) and
     * preposition {@code prep}, from a verb trigger or not, on the trigger's own edge or its carrying verb's.
     */
    Found role(String rel, String prep, EntityType type, boolean verb, boolean own) {
        for (Row r : rows) {
            if (r.fits(rel, prep, type, verb, own)) {
                return new Found(r.rule(), r.role(), r.confidence());
            }
        }
        return null;
    }
}
