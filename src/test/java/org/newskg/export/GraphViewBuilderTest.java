package org.newskg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.newskg.NewskgException;
import org.newskg.export.graph.GraphEdge;
import org.newskg.export.graph.GraphFilter;
import org.newskg.export.graph.GraphNode;
import org.newskg.export.graph.GraphNode.NodeKind;
import org.newskg.export.graph.GraphViewBuilder;
import org.newskg.export.graph.PropertyGraph;

class GraphViewBuilderTest {
    private static final DatasetGraph DATA = SmallGraph.dataset();
    private static final String MARIA = "person/марія-коваленко";
    private static final String JEAN = "person/jean-jojo-obrien";
    private static final String ACME = "organization/acme-holdings-group";

    static PropertyGraph view(GraphFilter f) {
        return new GraphViewBuilder(f).build(DATA);
    }

    private static GraphEdge edge(PropertyGraph g, String source, String type, String target) {
        return g.edges().stream().filter(e -> e.source().equals(source) && e.type().equals(type)
                && e.target().equals(target)).findFirst().orElseThrow(() -> new AssertionError(
                        source + " " + type + " " + target + " not in " + g.edges()));
    }

    @Test
    void entitiesAndTheFactsBetweenThem() {
        PropertyGraph g = view(GraphFilter.everything());
        assertThat(g.nodes()).extracting(GraphNode::id).containsExactly(ACME, JEAN, MARIA, "place/lviv",
                "place/ukraine");
        assertThat(g.edges()).hasSize(SmallGraph.ENTITY_EDGES);
        GraphNode maria = g.nodesById().get(MARIA);
        assertThat(maria.label()).isEqualTo(SmallGraph.MARIA);
        assertThat(maria.type()).isEqualTo("Person");
        assertThat(maria.mentions()).isEqualTo(3);
        assertThat(maria.articles()).isEqualTo(2);
        assertThat(maria.firstDate()).isEqualTo("2024-03-01");
        assertThat(maria.lastDate()).isEqualTo("2024-03-05");
        assertThat(maria.facts()).anySatisfy(f -> {
            assertThat(f.property()).isEqualTo("job title");
            assertThat(f.value()).isEqualTo("chief \"executive\"");
            assertThat(f.evidence()).singleElement().satisfies(ev -> assertThat(ev.sentence()).startsWith(
                    SmallGraph.MARIA + " leads"));
        });
        GraphEdge leads = edge(g, MARIA, "leaderOf", ACME);
        assertThat(leads.label()).isEqualTo("leader of");
        assertThat(leads.articles()).isEqualTo(2);
        assertThat(leads.weight()).isEqualTo(2.0);
        assertThat(leads.confidence()).isEqualTo(0.8);
        assertThat(leads.firstDate()).isEqualTo("2024-03-01");
        assertThat(leads.lastDate()).isEqualTo("2024-03-05");
        assertThat(leads.evidence()).hasSize(2);
        assertThat(leads.evidence().get(0).headline()).isEqualTo("Acme workers protest");
    }

    @Test
    void eventsQuotesAndArticlesOnRequest() {
        PropertyGraph g = view(GraphFilter.everything()
                .withInclude(EnumSet.of(NodeKind.EVENT, NodeKind.QUOTE, NodeKind.ARTICLE)));
        Map<NodeKind, Long> kinds = new java.util.TreeMap<>();
        g.nodes().forEach(n -> kinds.merge(n.kind(), 1L, Long::sum));
        assertThat(kinds).containsEntry(NodeKind.ENTITY, 5L).containsEntry(NodeKind.EVENT, 1L)
                .containsEntry(NodeKind.QUOTE, 1L).containsEntry(NodeKind.ARTICLE, 2L);
        GraphNode protest = g.nodes().stream().filter(n -> n.kind() == NodeKind.EVENT).findFirst().orElseThrow();
        assertThat(protest.type()).isEqualTo("Protest");
        assertThat(protest.facts()).anySatisfy(f -> assertThat(f.value()).isEqualTo("2024-02-26"));
        assertThat(edge(g, protest.id(), "location", "place/lviv").confidence()).isEqualTo(0.7);
        GraphNode quote = g.nodes().stream().filter(n -> n.kind() == NodeKind.QUOTE).findFirst().orElseThrow();
        assertThat(edge(g, MARIA, "said", quote.id()).confidence()).isEqualTo(0.9);
        assertThat(quote.facts()).anySatisfy(f -> assertThat(f.value()).contains("</script>"));
        assertThat(g.edges().stream().filter(e -> e.type().equals("mentions"))).hasSize(7);
        assertThat(g.edges()).hasSize(SmallGraph.ENTITY_EDGES + 1 + 1 + 7);
    }

    @Test
    void coMentionsBySentenceAndByArticle() {
        PropertyGraph bySentence = view(GraphFilter.everything().withCoMentions(GraphFilter.CoMentions.SENTENCE));
        GraphEdge mariaAcme = edge(bySentence, ACME, "coMention", MARIA);
        assertThat(mariaAcme.weight()).isEqualTo(2.0);
        assertThat(mariaAcme.articles()).isEqualTo(2);
        assertThat(mariaAcme.evidence()).hasSize(2);
        PropertyGraph byArticle = view(GraphFilter.everything().withCoMentions(GraphFilter.CoMentions.ARTICLE));
        assertThat(edge(byArticle, MARIA, "coMention", "place/lviv").weight()).isEqualTo(1.0);
        assertThat(byArticle.edges().stream().filter(e -> e.type().equals("coMention")))
                .hasSize(6 + 3 - 1); // C(4,2) + C(3,2), Maria–Acme counted in both articles
    }

    @Test
    void filtersByTypeMentionsDateArticleAndTop() {
        assertThat(view(GraphFilter.everything().withEntityTypes(Set.of("person"))).nodes())
                .extracting(GraphNode::id).containsExactly(JEAN, MARIA);
        assertThat(view(GraphFilter.everything().withEntityTypes(Set.of("place"))).nodes())
                .extracting(GraphNode::id).containsExactly("place/lviv", "place/ukraine");
        assertThat(view(GraphFilter.everything().withMinimums(2, 0)).nodes()).extracting(GraphNode::id)
                .containsExactly(ACME, MARIA, "place/lviv");
        PropertyGraph late = view(GraphFilter.everything().withDates(LocalDate.of(2024, 3, 2), null));
        assertThat(late.nodes()).extracting(GraphNode::id).containsExactly(ACME, JEAN, MARIA);
        assertThat(late.nodesById().get(MARIA).mentions()).isEqualTo(1);
        assertThat(view(GraphFilter.everything().withMinimums(0, 2)).edges()).extracting(GraphEdge::type)
                .containsExactly("leaderOf");
        assertThat(view(GraphFilter.everything().withTop(2)).nodes()).extracting(GraphNode::id)
                .containsExactly(ACME, MARIA);
        String second = DATA.listGraphNodes().next().getURI();
        assertThat(view(GraphFilter.everything().withArticle(second)).nodes()).isNotEmpty();
        assertThatThrownBy(() -> view(GraphFilter.everything().withArticle("nope")))
                .isInstanceOf(NewskgException.class).hasMessageContaining("no article 'nope'");
    }

    @Test
    void neighbourhoodOfOneEntity() {
        PropertyGraph g = view(GraphFilter.everything().withFocus("lviv", 1));
        assertThat(g.nodes()).extracting(GraphNode::id).containsExactly("place/lviv", "place/ukraine");
        assertThat(view(GraphFilter.everything().withFocus(JEAN, 1)).nodes()).extracting(GraphNode::id)
                .containsExactly(JEAN, MARIA);
        assertThat(view(GraphFilter.everything().withFocus(JEAN, 2)).nodes()).extracting(GraphNode::id)
                .containsExactly(ACME, JEAN, MARIA);
        assertThatThrownBy(() -> view(GraphFilter.everything().withFocus("Nobody", 1)))
                .isInstanceOf(NewskgException.class).hasMessageContaining("no entity named 'Nobody'");
    }

    @Test
    void badFilterValuesAreUsageErrors() {
        assertThatThrownBy(() -> GraphFilter.everything().withEntityTypes(Set.of("planet")))
                .isInstanceOf(NewskgException.class).hasMessageContaining("unknown entity type 'planet'")
                .satisfies(e -> assertThat(((NewskgException) e).exitCode()).isEqualTo(2));
        assertThatThrownBy(() -> GraphFilter.everything().withDates(LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 1, 1))).isInstanceOf(NewskgException.class);
    }

    @Test
    void layoutIsDeterministicAndSpreadOut() {
        PropertyGraph a = view(GraphFilter.everything());
        PropertyGraph b = view(GraphFilter.everything());
        assertThat(a).isEqualTo(b);
        assertThat(a.nodes().stream().map(n -> n.x() + "," + n.y()).distinct()).hasSize(a.nodes().size());
    }
}
