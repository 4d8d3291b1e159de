package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How {@link AnnotatorPreloader} shares the costly annotators of the pipeline between threads (no models). */
class AnnotatorPreloaderTest {
    private static final List<String> PIPELINE = List.of("pos", "lemma", "ner", "depparse", "coref", "kbp", "quote");

    @Test
    void twoThreadsGetAboutEqualLoadingTime() {
        List<List<String>> shares = AnnotatorPreloader.share(List.of("pos", "ner", "depparse", "coref", "kbp"),
                NlpPipeline.LOAD_SECONDS, 2);
        assertThat(shares).hasSize(2);
        assertThat(shares.get(0)).startsWith("ner");
        assertThat(shares.get(1)).startsWith("coref");
        assertThat(shares.stream().mapToDouble(AnnotatorPreloaderTest::seconds))
                .allSatisfy(s -> assertThat(s).isBetween(10.0, 13.0));
        assertThat(shares.stream().flatMap(List::stream)).containsExactlyInAnyOrder("pos", "ner", "depparse", "coref",
                "kbp");
    }

    @Test
    void oneThreadOrNothingCostlyStartsNothingToShare() {
        assertThat(AnnotatorPreloader.share(List.of("ner", "coref"), NlpPipeline.LOAD_SECONDS, 1))
                .containsExactly(List.of("ner", "coref"));
        assertThat(AnnotatorPreloader.share(List.of(), NlpPipeline.LOAD_SECONDS, 2)).isEmpty();
        assertThat(AnnotatorPreloader.share(List.of("ner"), NlpPipeline.LOAD_SECONDS, 4)).containsExactly(List.of("ner"));
    }

    @Test
    void onlyCostlyAnnotatorsOfThePipelineAreShared() {
        List<String> costly = PIPELINE.stream().filter(NlpPipeline.LOAD_SECONDS::containsKey).toList();
        assertThat(costly).containsExactly("pos", "ner", "depparse", "coref", "kbp");
    }

    private static double seconds(List<String> share) {
        return share.stream().mapToDouble(NlpPipeline.LOAD_SECONDS::get).sum();
    }
}
