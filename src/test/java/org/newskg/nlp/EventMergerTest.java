package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Span;

/** Article-level event coreference, on hand-made mentions (no models). */
class EventMergerTest {
    private static int sentence;

    private static List<EventMention> mention(EventType type, String date, Object... roleEntity) {
        List<EventArgument> args = new ArrayList<>();
        for (int i = 0; i < roleEntity.length; i += 2) {
            args.add(new EventArgument((EventRole) roleEntity[i], (String) roleEntity[i + 1],
                    new Provenance(0.7, "event-rule", sentence)));
        }
        sentence++;
        return List.of(new EventMention(type, new Span(0, 4, "word", sentence), args, date, null, false));
    }

    private static List<List<EventMention>> merge(List<List<EventMention>> groups) {
        return EventMerger.coreferent(groups);
    }

    @Test
    void bareMentionsJoinTheHappeningOfTheirClass() {
        var out = merge(List.of(mention(EventType.PROTEST, "2024-03-01", EventRole.LOCATION, "paris"),
                mention(EventType.ARREST, null), mention(EventType.PROTEST, null),
                mention(EventType.ARREST, null, EventRole.TARGET, "jones")));
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).extracting(EventMention::type).containsOnly(EventType.PROTEST);
        assertThat(out.get(1)).hasSize(2);
    }

    @Test
    void conflictingDatesPlacesOrAgentsStayApart() {
        assertThat(merge(List.of(mention(EventType.PROTEST, "2024-03-01", EventRole.LOCATION, "paris"),
                mention(EventType.PROTEST, "2024-03-02", EventRole.LOCATION, "paris")))).hasSize(2);
        assertThat(merge(List.of(mention(EventType.PROTEST, null, EventRole.LOCATION, "paris"),
                mention(EventType.PROTEST, null, EventRole.LOCATION, "lyon")))).hasSize(2);
        assertThat(merge(List.of(mention(EventType.SANCTION, null, EventRole.AGENT, "eu"),
                mention(EventType.SANCTION, null, EventRole.AGENT, "usa")))).hasSize(2);
    }

    @Test
    void aSharedArgumentJoinsAndDisjointArgumentsDoNot() {
        assertThat(merge(List.of(mention(EventType.ELECTION, null, EventRole.AGENT, "smith"),
                mention(EventType.ELECTION, null, EventRole.PARTICIPANT, "smith", EventRole.LOCATION, "peru"))))
                .hasSize(1);
        assertThat(merge(List.of(mention(EventType.MEETING, null, EventRole.PARTICIPANT, "smith"),
                mention(EventType.MEETING, null, EventRole.PARTICIPANT, "jones")))).hasSize(2);
        assertThat(merge(List.of(mention(EventType.DEATH, "2024-01-05"),
                mention(EventType.DEATH, null, EventRole.AGENT, "brown")))).hasSize(1);
    }
}
