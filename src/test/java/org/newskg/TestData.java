package org.newskg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Event;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Extraction;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Quote;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;
import org.newskg.extraction.RunInfo;
import org.newskg.extraction.Sentence;
import org.newskg.extraction.Span;
import org.newskg.source.Article;

/** A small extraction written by hand, for tests that need no CoreNLP models. */
public final class TestData {
    public static final String TEXT = "Anna Smith, 40, met Acme in Paris on Monday. \"We grow,\" she said.";

    private TestData() {
    }

    public static Article article() {
        return new Article("t.txt", TEXT, TEXT, LocalDate.of(2020, 8, 16), null);
    }

    public static Extraction extraction() {
        return extraction(article());
    }

    public static Extraction extraction(Article a) {
        Span anna = new Span(0, 10, "Anna Smith", 0);
        Span acme = new Span(20, 24, "Acme", 0);
        Span paris = new Span(28, 33, "Paris", 0);
        List<Entity> entities = List.of(
                new Entity("e1", EntityType.PERSON, "Anna Smith", new TreeSet<>(), List.of(anna), null, List.of()),
                new Entity("e2", EntityType.ORGANIZATION, "Acme Corporation", new TreeSet<>(List.of("Acme")),
                        List.of(acme), null, List.of("acronym test")),
                new Entity("e3", EntityType.CITY, "Paris", new TreeSet<>(), List.of(paris), "Paris", List.of()));
        Provenance rule = new Provenance(0.7, "event-rule", 0);
        Event met = new Event(EventType.MEETING, "Anna Smith met Acme Corporation in Paris",
                List.of(new Span(16, 19, "met", 0)),
                List.of(new EventArgument(EventRole.AGENT, "e1", rule), new EventArgument(EventRole.TARGET, "e2", rule),
                        new EventArgument(EventRole.LOCATION, "e3", rule)), "2020-08-10", null, rule);
        Quote quote = new Quote("We grow", new Span(46, 53, "We grow", 1), "e1",
                new Provenance(0.9, "quote-verb", 1), List.of());
        return new Extraction(a,
                List.of(new Sentence(0, 0, 44, TEXT.substring(0, 44)), new Sentence(1, 45, 65, TEXT.substring(45))),
                entities, List.of(new Relation("e1", RelationType.AGE, "40", new Provenance(0.9, "pattern", 0))),
                List.of(met), List.of(quote),
                new RunInfo("test", List.of("tokenize", "ner"), Instant.parse("2020-08-16T12:00:00Z")));
    }
}
