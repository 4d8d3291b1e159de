package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        for (String[] r : Resources.rows("event-triggers.tsv")) {
            byLemma.computeIfAbsent(r[0], k -> new ArrayList<>())
                    .add(new Trigger(EventType.ofLocalName(r[1]), r[2], r.length > 3 ? r[3] : ""));
        }
    }

    List<Trigger> lookup(String lemma) {
        return byLemma.getOrDefault(lemma.toLowerCase(java.util.Locale.ROOT), List.of());
    }
}
