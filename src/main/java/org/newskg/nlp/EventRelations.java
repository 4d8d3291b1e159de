package org.newskg.nlp;

import java.util.List;
import java.util.function.Consumer;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.Event;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

/** Facts that follow from events: whoever founds an organization is its founder (rule {@value #FOUNDER}). */
final class EventRelations {
    static final String FOUNDER = "founder/founding-event";
    private EventRelations() {
    }

    static void founders(List<Event> events, Resolution res, Consumer<Relation> out) {
        for (Event e : events) {
            if (e.type() != EventType.FOUNDING) {
                continue;
            }
            for (EventArgument agent : e.arguments()) {
                if (agent.role() != EventRole.AGENT) {
                    continue;
                }
                for (EventArgument org : e.arguments()) {
                    if (org.role() != EventRole.AGENT && org.role() != EventRole.LOCATION
                            && res.entity(org.entity()).type() == EntityType.ORGANIZATION
                            && !org.entity().equals(agent.entity())) {
                        out.accept(new Relation(org.entity(), RelationType.FOUNDER, agent.entity(),
                                new Provenance(Math.min(agent.provenance().confidence(), org.provenance().confidence()),
                                        FOUNDER, org.provenance().sentence())));
                    }
                }
            }
        }
    }
}
