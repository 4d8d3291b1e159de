package org.newskg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.StoreIngestor;
import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Extraction;
import org.newskg.extraction.RunInfo;
import org.newskg.extraction.Sentence;
import org.newskg.extraction.Span;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.source.Article;
import org.newskg.store.Tdb2Store;

/** One person across articles under two transliterations, and never two people who only share a name part. */
class CrossArticleResolverTest {
    private final ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));

    /** An article that names each of {@code names} (person first, then a country) in one sentence. */
    private static Extraction article(String person, String country) {
        return article(EntityType.PERSON, person, country);
    }

    private static Extraction article(EntityType type, String person, String country) {
        String text = person + " visited " + country + ".";
        List<Entity> entities = new ArrayList<>();
        entities.add(new Entity("p", type, person, new TreeSet<>(),
                List.of(new Span(0, person.length(), person, 0)), null, List.of()));
        int c = text.indexOf(country);
        entities.add(new Entity("c", EntityType.COUNTRY, country, new TreeSet<>(),
                List.of(new Span(c, c + country.length(), country, 0)), null, List.of()));
        return new Extraction(new Article(person + ".txt", text, text, LocalDate.of(2024, 1, 1), null),
                List.of(new Sentence(0, 0, text.length(), text)), entities, List.of(), List.of(), List.of(),
                new RunInfo("test", List.of("tokenize"), Instant.parse("2024-01-02T00:00:00Z")));
    }

    private static List<String> people(Tdb2Store store) {
        return ofClass(store, "Person");
    }

    private static List<String> ofClass(Tdb2Store store, String schemaClass) {
        return store.read(ds -> {
            List<String> out = new ArrayList<>();
            ds.asDatasetGraph().getUnionGraph().find(Node.ANY, Vocab.TYPE, Vocab.schema(schemaClass))
                    .forEachRemaining(t -> out.add(t.getSubject().getURI().replace(Vocab.DEFAULT_BASE, "")));
            return out.stream().distinct().sorted().toList();
        });
    }

    @Test
    void spellingsOfOnePersonInSharedContextBecomeOneEntity(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("kg"))) {
            StoreIngestor in = new StoreIngestor(store, mapper, false);
            in.put(article("Volodymyr Zelenskyy", "Ukraine"));
            in.put(article("Volodymyr Zelensky", "Ukraine"));
            in.put(article("Olena Zelenska", "Ukraine"));
            in.put(article("Volodymyr Zelensky", "Peru"));
            assertThat(people(store)).containsExactly("person/olena-zelenska", "person/volodymyr-zelensky",
                    "person/volodymyr-zelenskyy");
            String why = store.read(ds -> ds.asDatasetGraph().getUnionGraph()
                    .find(NodeFactory.createURI(Vocab.DEFAULT_BASE + "person/volodymyr-zelenskyy"),
                            Vocab.MERGED_BECAUSE, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertThat(why).contains("transliteration: \"Volodymyr Zelensky\" is \"Volodymyr Zelenskyy\"");
        }
    }

    @Test
    void transliterationsAgreeAndOtherNamesDoNot() {
        assertThat(NameVariants.sameFullName("Muammar Gaddafi", "Moammar Qaddafi")).isTrue();
        assertThat(NameVariants.sameFullName("Muammar Gaddafi", "Muammar Kadhafi")).isTrue();
        assertThat(NameVariants.sameFullName("Volodymyr Zelensky", "Volodymyr Zelenskiy")).isTrue();
        assertThat(NameVariants.sameFullName("Aleksandr Lukashenko", "Alexander Lukashenko")).isTrue();
        assertThat(NameVariants.sameFullName("Volodymyr Zelensky", "Olena Zelenska")).isFalse();
        assertThat(NameVariants.sameFullName("Alexander Lukashenko", "Alexander Taraisky")).isFalse();
        assertThat(NameVariants.sameFullName("Zelensky", "Zelenskyy")).isFalse();
    }

    @Test
    void aPersonKnownBySurnameOrByAnotherFormOfTheFirstNameIsOnePerson(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("kg"))) {
            StoreIngestor in = new StoreIngestor(store, mapper, false);
            in.put(article("Konstantinos Panagopoulos", "Greece"));
            in.put(article("Kostas Panagopoulos", "Greece"));
            in.put(article("Mikhail Khodorkovsky", "Russia"));
            in.put(article("Khodorkovsky", "Russia"));
            in.put(article("Platon Khodorkovsky", "Peru"));
            in.put(article("Sergei Panagopoulos", "Greece"));
            assertThat(people(store)).containsExactly("person/konstantinos-panagopoulos", "person/mikhail-khodorkovsky",
                    "person/platon-khodorkovsky", "person/sergei-panagopoulos");
        }
    }

    @Test
    void anOrganizationByAcronymWordOrderOrShortNameIsOneOrganization(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("kg"))) {
            StoreIngestor in = new StoreIngestor(store, mapper, false);
            in.put(article(EntityType.ORGANIZATION, "International Association of Athletics Federations", "Greece"));
            in.put(article(EntityType.ORGANIZATION, "IAAF", "Greece"));
            in.put(article(EntityType.ORGANIZATION, "Group Menatep", "Russia"));
            in.put(article(EntityType.ORGANIZATION, "Menatep Group", "Russia"));
            in.put(article(EntityType.ORGANIZATION, "Baikal Finance Group", "Russia"));
            in.put(article(EntityType.ORGANIZATION, "Baikal", "Russia"));
            in.put(article(EntityType.ORGANIZATION, "Baikal Airlines", "Peru"));
            in.put(article(EntityType.ORGANIZATION, "International Athletics Club", "Greece"));
            assertThat(ofClass(store, "Organization")).containsExactly("organization/baikal-airlines",
                    "organization/baikal-finance-group", "organization/group-menatep", "organization/international-association-of-athletics-federations",
                    "organization/international-athletics-club");
        }
    }

    @Test
    void organizationNamesAgreeAndOtherNamesDoNot() {
        assertThat(NameVariants.sameOrganization("CNPC", "China National Petroleum Corporation")).isEqualTo("acronym");
        assertThat(NameVariants.sameOrganization("Wada", "World Anti-Doping Agency")).isEqualTo("acronym");
        assertThat(NameVariants.sameOrganization("China National Petroleum", "China's National Petroleum Corporation"))
                .isEqualTo("name form");
        assertThat(NameVariants.sameOrganization("Yuganskneftegaz", "Yuganskneftegas")).isEqualTo("transliteration");
        assertThat(NameVariants.sameOrganization("Bank of England", "Bank of Japan")).isNull();
        assertThat(NameVariants.sameOrganization("IAAF", "International Olympic Committee")).isNull();
    }
}
