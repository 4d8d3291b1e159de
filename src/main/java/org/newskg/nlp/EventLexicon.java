package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newskg.DataFile;
import org.newskg.extraction.EventType;

/** Trigger words and their event classes, from {@code event-triggers.tsv}. */
final class EventLexicon {
    /**
     * One trigger: its class, part of speech (N, V or *), the particle it needs, or "", and the arguments this
     * sense needs ({@link Sense}).
     */
    record Trigger(EventType type, String pos, String with, Sense sense) {
        boolean fits(String tag) {
            return pos.equals("*") || pos.equals("N") && tag.startsWith("NN") || pos.equals("V") && tag.startsWith("VB");
        }
    }

    private final Map<String, List<Trigger>> byLemma = new HashMap<>();

    EventLexicon() {
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/event-triggers.tsv", 3, 5)) {
            EventType type;
            try {
                type = EventType.ofLocalName(r.get(1));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            if (!List.of("N", "V", "*").contains(r.get(2))) {
                throw r.error("part of speech must be N, V or *, not " + r.get(2));
            }
            Sense sense;
            try {
                sense = Sense.of(r.get(4, ""));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            String with = r.get(3, "").equals("-") ? "" : r.get(3, "");
            byLemma.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(new Trigger(type, r.get(2), with, sense));
        }
    }

    /** What a sense of a trigger needs among its mention's arguments. */
    enum Sense {
        /** Nothing. */
        ANY(""),
        /** An agent it names ("the Tories attacked the plans"), and no person or place as its target. */
        NAMED_AGENT_NO_VICTIM("named-agent-no-victim"),
        /** An agent the text names ("the union's demand", not "demand in India"). */
        NAMED_AGENT("named-agent"),
        /** A person as its target ("released Kolesnikova", not "released an album"). */
        PERSON_TARGET("person-target"),
        /** An organization as its target ("founded Argonaut", not "launched their platform", "formed in the Sahara"). */
        ORGANIZATION_TARGET("organization-target"),
        /** A target the text names ("downgraded Greece", not "downgraded its forecast"). */
        NAMED_TARGET("named-target");

        private final String id;

        Sense(String id) {
            this.id = id;
        }

        static Sense of(String id) {
            for (Sense s : values()) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown sense " + id + " (named-agent-no-victim, named-agent, person-target, organization-target, named-target or none)");
        }
    }

    List<Trigger> lookup(String lemma) {
        return byLemma.getOrDefault(lemma.toLowerCase(java.util.Locale.ROOT), List.of());
    }
}
