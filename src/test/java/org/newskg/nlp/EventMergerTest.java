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
        return new EventMerger((a, b) -> false).coreferent(groups);
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
    void aPlaceWithinTheOtherIsNoConflict() {
        var groups = List.of(mention(EventType.PROTEST, null, EventRole.LOCATION, "chile"),
                mention(EventType.PROTEST, "2024-03-01", EventRole.LOCATION, "antofagasta"));
        assertThat(new EventMerger((a, b) -> a.equals("antofagasta") && b.equals("chile")).coreferent(groups))
                .hasSize(1);
        assertThat(merge(groups)).as("not known to be nested").hasSize(2);
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

    private static EventMention at(EventType type, int sentence, int begin, String date, Span anchor) {
        return at(type, sentence, begin, date, anchor, 0);
    }

    private static EventMention at(EventType type, int sentence, int begin, String date, Span anchor, int days) {
        return new EventMention(type, new Span(begin, begin + 5, "word", sentence), List.of(), date, null, false,
                anchor == null ? null : new EventMention.Anchor(anchor, days));
    }

    @Test
    void anUndatedEventPlacedAgainstADatedOneTakesItsDay() {
        EventMention protest = at(EventType.PROTEST, 0, 10, "2024-03-03", null);
        EventMention strike = at(EventType.STRIKE, 4, 200, null, new Span(230, 235, "march", 4));
        EventMention march = at(EventType.MOVEMENT, 4, 230, "2024-03-03", null);
        var events = List.of(List.of(protest), List.of(strike), List.of(march));
        var dated = EventMerger.anchoredDate(events.get(1), events);
        assertThat(dated.date()).isEqualTo("2024-03-03");
        assertThat(dated.provenance().confidence()).isLessThan(0.7);
        assertThat(dated.provenance().sentence()).isEqualTo(4);
        assertThat(EventMerger.anchoredDate(events.get(0), events)).as("has a date of its own").isNull();
    }

    @Test
    void aDistanceMovesTheDay() {
        EventMention vote = at(EventType.ELECTION, 1, 10, "2024-03-03", null);
        EventMention resigned = at(EventType.YIELD, 2, 40, null, new Span(10, 15, "vote", 1), -2);
        var events = List.of(List.of(vote), List.of(resigned));
        assertThat(EventMerger.anchoredDate(events.get(1), events).date()).isEqualTo("2024-03-01");
    }

    @Test
    void anEventAndWhatItIsPlacedAgainstAreNotMerged() {
        EventMention rally = at(EventType.PROTEST, 5, 10, null, new Span(60, 67, "protest", 5));
        EventMention protest = at(EventType.PROTEST, 5, 60, "2024-03-03", null);
        assertThat(merge(List.of(List.of(rally), List.of(protest)))).hasSize(2);
    }

    @Test
    void noDateFromAnUndatedAnchorOrFromItself() {
        EventMention rally = at(EventType.PROTEST, 2, 50, null, new Span(80, 85, "talks", 2));
        EventMention talks = at(EventType.MEETING, 2, 80, null, null);
        var undated = List.of(List.of(rally), List.of(talks));
        assertThat(EventMerger.anchoredDate(undated.get(0), undated)).isNull();
        EventMention self = at(EventType.PROTEST, 3, 50, null, new Span(90, 95, "rally", 3));
        EventMention same = at(EventType.PROTEST, 3, 90, "2024-03-03", null);
        var one = List.of(List.of(self, same));
        assertThat(EventMerger.anchoredDate(one.get(0), one)).as("dated by its own mention, not anchored").isNull();
    }
}
