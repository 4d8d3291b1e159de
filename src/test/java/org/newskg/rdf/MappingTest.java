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
