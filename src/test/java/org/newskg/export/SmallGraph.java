package org.newskg.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.Article;

/**
 * Two short made-up articles, four days apart, mapped to RDF: the small graph the exports are golden-tested on.
 * Its names carry what must survive every format: Cyrillic letters, double quotes, an apostrophe, markup
 * characters, a line break and a control character XML forbids; a quotation holds "</script>".
 */
public final class SmallGraph {
    static final String MARIA = "Марія Коваленко";
    static final String JEAN = "Jean \"Jojo\" O'Brien";
    static final String ACME = "Acme <&> \"Holdings\"\nGroup\u0007";
    static final String TEXT_1 = MARIA + " leads " + ACME + " in Lviv, Ukraine. Workers protested in Lviv on"
            + " Monday. \"We will not sell </script> anything,\" " + MARIA + " said.";
    static final String TEXT_2 = JEAN + " and " + MARIA + " run " + ACME + " together.";

    /** Entities in the view: Maria, Jean, Acme, Lviv, Ukraine. */
    static final int ENTITIES = 5;
    /** Entity-to-entity facts: leaderOf, containedInPlace, colleague (twice, one per direction). */
    static final int ENTITY_EDGES = 4;

    private SmallGraph() {
    }

    public static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));
        mapper.map(first(), StreamRDFLib.dataset(dsg));
        mapper.map(second(), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    public static List<Extraction> extractions() {
        return List.of(first(), second());
    }

    private static Extraction first() {
        Article a = new Article("one.txt", TEXT_1, "Acme workers protest", LocalDate.of(2024, 3, 1), null);
        int s2 = TEXT_1.indexOf("Workers");
        int s3 = TEXT_1.indexOf("\"We");
        List<int[]> sentences = List.of(sentence(0, 0, s2 - 1), sentence(1, s2, s3 - 1),
                sentence(2, s3, TEXT_1.length()));
        List<Entity> entities = new ArrayList<>(List.of(
                entity("m", EntityType.PERSON, MARIA, List.of(span(TEXT_1, MARIA, 0, 0),
                        span(TEXT_1, MARIA, TEXT_1.lastIndexOf(MARIA), 2))),
                entity("a", EntityType.ORGANIZATION, ACME, List.of(span(TEXT_1, ACME, 0, 0))),
                entity("l", EntityType.CITY, "Lviv", List.of(span(TEXT_1, "Lviv", 0, 0), span(TEXT_1, "Lviv", s2, 1))),
                entity("u", EntityType.COUNTRY, "Ukraine", List.of(span(TEXT_1, "Ukraine", 0, 0)))));
        Provenance p0 = new Provenance(0.8, "pattern", 0);
        List<Relation> relations = List.of(new Relation("m", RelationType.LEADER_OF, "a", p0),
                new Relation("l", RelationType.CONTAINED_IN_PLACE, "u", new Provenance(0.9, "pattern", 0)),
                new Relation("m", RelationType.JOB_TITLE, "chief \"executive\"", p0));
        Provenance rule = new Provenance(0.7, "event-rule", 1);
        Event protest = new Event(EventType.PROTEST, "Workers protested in Lviv",
                List.of(span(TEXT_1, "protested", s2, 1)),
                List.of(new EventArgument(EventRole.LOCATION, "l", rule)), "2024-02-26", null, rule);
        int q = TEXT_1.indexOf("We will");
        String quoted = "We will not sell </script> anything,";
        Quote quote = new Quote(quoted, new Span(q, q + quoted.length(), quoted, 2), "m",
                new Provenance(0.9, "quote-verb", 2), List.of());
        return new Extraction(a, sentences(TEXT_1, sentences), entities, relations, List.of(protest), List.of(quote),
                run());
    }

    private static Extraction second() {
        Article a = new Article("two.txt", TEXT_2, "Two run Acme", LocalDate.of(2024, 3, 5), null);
        List<Entity> entities = List.of(
                entity("j", EntityType.PERSON, JEAN, List.of(span(TEXT_2, JEAN, 0, 0))),
                entity("m", EntityType.PERSON, MARIA, List.of(span(TEXT_2, MARIA, 0, 0))),
                entity("a", EntityType.ORGANIZATION, ACME, List.of(span(TEXT_2, ACME, 0, 0))));
        Provenance p = new Provenance(0.6, "pattern", 0);
        List<Relation> relations = List.of(new Relation("j", RelationType.COLLEAGUE, "m", p),
                new Relation("m", RelationType.COLLEAGUE, "j", p), new Relation("m", RelationType.LEADER_OF, "a", p));
        return new Extraction(a, sentences(TEXT_2, List.of(sentence(0, 0, TEXT_2.length()))), entities, relations,
                List.of(), List.of(), run());
    }

    private static Entity entity(String key, EntityType type, String name, List<Span> mentions) {
        return new Entity(key, type, name, new TreeSet<>(), mentions, null, List.of());
    }

    private static Span span(String text, String name, int from, int sentence) {
        int b = text.indexOf(name, from);
        return new Span(b, b + name.length(), name, sentence);
    }

    private static int[] sentence(int index, int begin, int end) {
        return new int[] {index, begin, end};
    }

    private static List<Sentence> sentences(String text, List<int[]> bounds) {
        return bounds.stream().map(b -> new Sentence(b[0], b[1], b[2], text.substring(b[1], b[2]))).toList();
    }

    private static RunInfo run() {
        return new RunInfo("test", List.of("tokenize"), Instant.parse("2024-03-06T00:00:00Z"));
    }
}
