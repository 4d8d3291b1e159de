package org.newskg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.newskg.ShapesValidator;
import org.newskg.TestData;

class MappingTest {
    private final ExtractionMapper mapper = new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE));

    private DatasetGraph mapped() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        mapper.map(TestData.extraction(), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    @Test
    void mapsToTheHandWrittenGraph() {
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph("src/test/resources/mapping-expected.trig");
        assertThat(IsoMatcher.isomorphic(expected, mapped())).isTrue();
    }

    @Test
    void everyTripleIsInTheArticleGraph() {
        DatasetGraph dsg = mapped();
        String article = mapper.iris().articleIri(TestData.article());
        assertThat(dsg.getDefaultGraph().isEmpty()).isTrue();
        assertThat(dsg.getGraph(NodeFactory.createURI(article)).size()).isGreaterThan(50);
    }

    @Test
    void conformsToTheShapes() {
        Graph g = mapped().getUnionGraph();
        assertThat(ShapesValidator.violations(g)).isEmpty();
    }

    @Test
    void shapesCatchAMissingLabel() {
        DatasetGraph dsg = mapped();
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.getUnionGraph().find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(Vocab.LABEL)) {
                g.add(t);
            }
        });
        assertThat(ShapesValidator.violations(g)).contains("label");
    }

    /** The small extraction with "Anna Smith, a former Acme chief executive": a role with a status in time. */
    private DatasetGraph mappedWithRole() {
        org.newskg.extraction.Extraction x = TestData.extraction();
        org.newskg.extraction.Role former = new org.newskg.extraction.Role("e1", "chief executive", "e2",
                org.newskg.extraction.RoleStatus.FORMER, new org.newskg.extraction.Provenance(0.8, "role/status-of-name", 0));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        mapper.map(new org.newskg.extraction.Extraction(x.article(), x.sentences(), x.entities(), x.relations(),
                java.util.List.of(former), x.events(), x.quotes(), x.run()), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    @Test
    void aRoleInTimeIsARoleNodeWithItsStatusAndRuleAndConformsToTheShapes() {
        DatasetGraph dsg = mappedWithRole();
        String ask = """
                PREFIX schema: <http://schema.org/>
                PREFIX nkg: <https://w3id.org/newskg/ns#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                ASK {
                  ?p schema:name "Anna Smith" ; nkg:heldRole ?r .
                  ?r a schema:Role ; schema:roleName "chief executive" ; nkg:roleStatus nkg:Former ;
                     nkg:roleIn ?o ; nkg:statusAsOf "2020-08-16"^^xsd:date .
                  ?o schema:name "Acme Corporation" .
                  ?st rdf:subject ?p ; rdf:predicate nkg:heldRole ; rdf:object ?r ; nkg:extractor "role/status-of-name" .
                }""";
        try (org.apache.jena.query.QueryExecution q = org.apache.jena.query.QueryExecution.create()
                .query(ask).model(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph())).build()) {
            assertThat(q.execAsk()).isTrue();
        }
        assertThat(ShapesValidator.violations(dsg.getUnionGraph())).isEmpty();
        Graph noName = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.getUnionGraph().find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(Vocab.ROLE_NAME)) {
                noName.add(t);
            }
        });
        assertThat(ShapesValidator.violations(noName)).contains("roleName");
    }

    @Test
    void sameMappingTwiceGivesTheSameQuads() {
        assertThat(IsoMatcher.isomorphic(mapped(), mapped())).isTrue();
    }

    @Test
    void slugsAreStableAndAscii() {
        assertThat(Iris.slug("Sviatlana_Tsikhanouskaya")).isEqualTo("sviatlana-tsikhanouskaya");
        assertThat(Iris.slug("Médecins Sans Frontières")).isEqualTo("medecins-sans-frontieres");
        assertThat(Iris.slug("RT_(TV_network)")).isEqualTo("rt-tv-network");
        assertThat(Iris.slug("Tikhanovskaya’s")).isEqualTo("tikhanovskayas");
    }
}
