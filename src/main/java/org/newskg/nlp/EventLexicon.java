package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newskg.DataFile;
import org.newskg.extraction.EventType;

/** Trigger words and their event classes, from {@code event-triggers.tsv}. */
final class EventLexicon {
    /** One trigger: its class, part of speech (N, V or *) and the particle it needs, or "". */
    record Trigger(EventType type, String pos, String with) {
        boolean fits(String tag) {
            return pos.equals("*") || pos.equals("N") && tag.startsWith("NN") || pos.equals("V") && tag.startsWith("VB");
        }
    }

    private final Map<String, List<Trigger>> byLemma = new HashMap<>();

    EventLexicon() {
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/event-triggers.tsv", 3, 4)) {
            EventType type;
            try {
                type = EventType.ofLocalName(r.get(1));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            if (!List.of("N", "V", "*").contains(r.get(2))) {
                throw r.error("part of speech must be N, V or *, not " + r.get(2));
            }
            byLemma.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(new Trigger(type, r.get(2), r.get(3, "")));
        }
    }

    List<Trigger> lookup(String lemma) {
        return byLemma.getOrDefault(lemma.toLowerCase(java.util.Locale.ROOT), List.of());
    }
}
