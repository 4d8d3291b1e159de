package org.newskg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.StoreIngestor;
import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Event;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Extraction;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.RunInfo;
import org.newskg.extraction.Sentence;
import org.newskg.extraction.Span;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.Article;
import org.newskg.store.Tdb2Store;

/**
 * Happenings across reports in a TDB2 store, without models: two articles that report one strike in Paris
 * by the same union are one happening; a strike in Lyon, or one by another union, is not; re-ingesting an
 * article leaves the happenings as they were, removing one of the two reports leaves none.
 */
class HappeningLinkerTest {
    private static Extraction strike(String text, String union, String city, String date) {
        Article a = new Article(text.substring(0, 12) + ".txt", text, text, LocalDate.of(2024, 3, 8), null);
        Span u = new Span(0, union.length(), union, 0);
        int t = text.indexOf("strike");
        Provenance p = new Provenance(0.7, "event/trigger", 0);
        List<Entity> entities = new ArrayList<>(List.of(
                new Entity("e1", EntityType.ORGANIZATION, union, new TreeSet<>(), List.of(u), null, List.of())));
        List<EventArgument> args = new ArrayList<>(List.of(new EventArgument(EventRole.AGENT, "e1", p)));
        if (city != null) {
            int at = text.indexOf(city);
            entities.add(new Entity("e2", EntityType.CITY, city, new TreeSet<>(),
                    List.of(new Span(at, at + city.length(), city, 0)), city, List.of()));
            args.add(new EventArgument(EventRole.LOCATION, "e2", p));
        }
        Event e = new Event(EventType.STRIKE, union + " strike", List.of(new Span(t, t + 6, "strike", 0)), args, date,
                null, p);
        return new Extraction(a, List.of(new Sentence(0, 0, text.length(), text)), entities, List.of(), List.of(e),
                List.of(), new RunInfo("test", List.of("tokenize"), Instant.EPOCH));
    }

    private static final Extraction FIRST = strike("Dockers Union called a strike in Paris on Friday.", "Dockers Union",
            "Paris", "2024-03-08");
    private static final Extraction SECOND = strike("Dockers Union members began their strike in Paris at dawn.",
            "Dockers Union", "Paris", "2024-03-08");
    private static final Extraction ELSEWHERE = strike("Dockers Union held a strike in Lyon the same day.",
            "Dockers Union", "Lyon", "2024-03-08");
    private static final Extraction OTHER_UNION = strike("Rail Workers Union joined a strike in Paris on Friday.",
            "Rail Workers Union", "Paris", "2024-03-08");

    /** Each happening as the sorted headlines of its reports. */
    private static List<String> happenings(Tdb2Store store) {
        String q = """
                PREFIX nkg: <https://w3id.org/newskg/ns#>
                PREFIX schema: <http://schema.org/>
                SELECT ?h (GROUP_CONCAT(?headline; separator=" + ") AS ?reports) WHERE {
                  { SELECT ?h ?headline WHERE {
                      ?h a nkg:Happening ; nkg:reportedAs ?e . GRAPH ?a { ?e a schema:Event } ?a schema:headline ?headline
                    } ORDER BY ?headline }
                } GROUP BY ?h ORDER BY ?reports""";
        return store.read(ds -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution x = QueryExecution.dataset(ds).query(q).build()) {
                x.execSelect().forEachRemaining(s -> out.add(s.getResource("h").getURI().replaceAll(".*/", "") + ": "
                        + s.getLiteral("reports").getLexicalForm()));
            }
            return out;
        });
    }

    @Test
    void undatedReportsNeedTwoThingsInCommonNotOneName(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreIngestor ingestor = new StoreIngestor(store, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), true);
            ingestor.putAll(List.of(strike("Dockers Union called a strike in Paris.", "Dockers Union", "Paris", null),
                    strike("Dockers Union members began their strike in Paris at dawn.", "Dockers Union", "Paris", null)));
            ingestor.refreshHappenings();
            assertThat(happenings(store)).as("the union and the city in common").hasSize(1);
        }
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("other"))) {
            StoreIngestor ingestor = new StoreIngestor(store, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), true);
            ingestor.putAll(List.of(strike("Dockers Union called a strike in Paris.", "Dockers Union", "Paris", null),
                    strike("Dockers Union members began their strike at dawn.", "Dockers Union", null, null)));
            ingestor.refreshHappenings();
            assertThat(happenings(store)).as("only the union in common, no dates").isEmpty();
        }
    }

    @Test
    void reportsOfOneStrikeAreOneHappeningAndLookAlikesStayApart(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreIngestor ingestor = new StoreIngestor(store, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), true);
            ingestor.putAll(List.of(FIRST, SECOND, ELSEWHERE, OTHER_UNION));
            ingestor.refreshHappenings();
            List<String> once = happenings(store);
            assertThat(once).hasSize(1);
            assertThat(once.get(0)).endsWith(": " + FIRST.article().headline() + " + " + SECOND.article().headline());
            String violations = store.read(ds -> org.newskg.ShapesValidator.violations(ds.asDatasetGraph().getUnionGraph()));
            assertThat(violations).isEmpty();

            ingestor.put(FIRST);
            ingestor.put(FIRST);
            ingestor.refreshHappenings();
            assertThat(happenings(store)).as("re-ingesting changes nothing").isEqualTo(once);

            assertThat(ingestor.remove(SECOND.article())).isTrue();
            ingestor.refreshHappenings();
            assertThat(happenings(store)).as("one report left: no happening").isEmpty();

            ingestor.put(SECOND);
            ingestor.refreshHappenings();
            assertThat(happenings(store)).as("the report back: the same happening").isEqualTo(once);
        }
    }
}
