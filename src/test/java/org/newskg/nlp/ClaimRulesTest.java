package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extraction.Event;
import org.newskg.extraction.Extraction;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;

/**
 * Claims with sources (ClaimSources, rules/count-estimate.tokensregex) on hand-made sentences, without models:
 * each a sentence whose facts are a source's claims and one whose facts are the article's own.
 */
class ClaimRulesTest {
    private static final String RALLY = "State/NN television/NN said/VBD//say 65,000/CD/NUMBER//65000.0 people/NNS attended/VBD//attend "
            + "the/DT rally/NN ,/, though/IN an/DT AFP/NNP/ORGANIZATION reporter/NN put/VBD//put the/DT number/NN//number "
            + "closer/RBR to/IN 10,000/CD/NUMBER//10000.0 ./.";
    private static final String RALLY_DEPS = "[said-3 nsubj>[television-2 compound>State-1] ccomp>[attended-6 "
            + "nsubj>[people-5 nummod>65,000-4] obj>[rally-8 det>the-7]] punct>,-9 advcl:though>[put-14 mark>though-10 "
            + "nsubj>[reporter-13 det>an-11 compound>AFP-12] obj>[number-16 det>the-15] advmod>[closer-17 "
            + "obl:to>[10,000-19 case>to-18]]] punct>.-20]";

    private static String source(Provenance p) {
        return p.source() == null ? "the article" : p.source().label();
    }

    private static List<String> counts(Extraction x) {
        return x.events().stream().flatMap(e -> e.counts().stream())
                .map(c -> c.value() + " according to " + source(c.provenance()) + " [" + c.provenance().extractor() + "]")
                .toList();
    }

    @Test
    void twoSourcesGiveTwoCountsOfOneEventAndBothAreKept() {
        Extraction x = DocFixture.article().sentence(RALLY, RALLY_DEPS).extraction();
        assertThat(x.events()).hasSize(1);
        assertThat(counts(x)).containsExactly("65000 according to State television [event/trigger]",
                "10000 according to an AFP reporter [count/estimate]");
        Event rally = x.events().get(0);
        assertThat(source(rally.provenance())).isEqualTo("State television");
    }

    @Test
    void aCountTheArticleStatesItselfHasNoSource() {
        Extraction x = DocFixture.article().sentence("65,000/CD/NUMBER//65000.0 people/NNS attended/VBD//attend the/DT rally/NN ./.",
                "[attended-3 nsubj>[people-2 nummod>65,000-1] obj>[rally-5 det>the-4] punct>.-6]").extraction();
        assertThat(counts(x)).containsExactly("65000 according to the article [event/trigger]");
        assertThat(x.events().get(0).provenance().source()).isNull();
    }

    private static List<String> relations(Extraction x) {
        return x.relations().stream().map(ClaimRulesTest::show).toList();
    }

    private static String show(Relation r) {
        return r.predicate().localName() + " " + r.object() + " according to " + source(r.provenance());
    }

    @Test
    void aFactInsideAReportedClauseIsTheSourcesClaimAndOneOutsideItIsNot() {
        Extraction claimed = DocFixture.article().sentence(
                "Officials/NNS said/VBD//say Gorbina/NNP/PERSON ,/, 26/CD ,/, died/VBD//die ./.",
                "[said-2 nsubj>Officials-1 ccomp>[died-7 nsubj>[Gorbina-3 punct>,-4 amod>26-5 punct>,-6]] punct>.-8]")
                .extraction();
        assertThat(relations(claimed)).containsExactly("age 26 according to Officials");
        Extraction own = DocFixture.article().sentence(
                "Gorbina/NNP/PERSON ,/, 26/CD ,/, said/VBD//say officials/NNS lied/VBD//lie ./.",
                "[said-5 nsubj>[Gorbina-1 punct>,-2 amod>26-3 punct>,-4] ccomp>[lied-7 nsubj>officials-6] punct>.-8]")
                .extraction();
        assertThat(relations(own)).containsExactly("age 26 according to the article");
    }

    @Test
    void aClaimInsideAClaimIsTheInnerSources() {
        Extraction x = DocFixture.article().sentence(
                "Reuters/NNP/ORGANIZATION reported/VBD//report officials/NNS said/VBD//say Gorbina/NNP/PERSON ,/, 26/CD ,/, "
                        + "died/VBD//die ./.",
                "[reported-2 nsubj>Reuters-1 ccomp>[said-4 nsubj>officials-3 ccomp>[died-9 nsubj>[Gorbina-5 punct>,-6 "
                        + "amod>26-7 punct>,-8]]] punct>.-10]")
                .extraction();
        assertThat(relations(x)).containsExactly("age 26 according to officials");
    }

    @Test
    void accordingToNamesTheSourceOfTheRestOfTheSentence() {
        Extraction x = DocFixture.article().sentence(
                "Gorbina/NNP/PERSON ,/, 26/CD ,/, died/VBD//die ,/, according/VBG to/IN Reuters/NNP/ORGANIZATION ./.",
                "[died-5 nsubj>[Gorbina-1 punct>,-2 amod>26-3 punct>,-4] punct>,-6 "
                        + "obl:according_to>[Reuters-9 case>according-7 case>to-8] punct>.-10]")
                .extraction();
        assertThat(relations(x)).containsExactly("age 26 according to Reuters");
        assertThat(x.relations().get(0).provenance().source().entity()).isNotNull();
    }
}
