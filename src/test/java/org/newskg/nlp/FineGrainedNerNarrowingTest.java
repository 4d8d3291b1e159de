package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

/**
 * With the real pipeline: narrowing fine-grained NER's candidate patterns ({@link RequiredNodeTrigger})
 * changes no annotation, on a text full of the gazetteer's pattern-only entries (abbreviations with
 * periods, e-mail addresses, URLs, handles) and on the own-corpus articles.
 */
@Tag("models")
class FineGrainedNerNarrowingTest {
    private static final String PATTERN_ENTRIES = """
            SACRAMENTO, Calif. (AP) - Gov. Ana Ruiz of Calif. met Sen. Mark Dunn of Ark. and Rep. Lee Park \
            of Wash. on Tuesday in the U.S. capital.
            Lance Cpl. Tom Reyes and Master Sgt. Ida Moss, both from Fla., joined a Harvard activist at the rally.
            Write to press@example.org or see www.example.org/news and follow @newskg_bot for updates.
            """;

    @AfterAll
    static void narrowAgain() {
        NlpPipeline.shared().narrowFineGrainedNer(true);
    }

    @Test
    void patternOnlyEntriesAreTaggedAlike() {
        List<String> narrowed = signature(PATTERN_ENTRIES, true);
        assertThat(signature(PATTERN_ENTRIES, false)).containsExactlyElementsOf(narrowed);
        // the text does exercise entries that CoreNLP's trigger tries on every sentence
        assertThat(narrowed).anyMatch(t -> t.startsWith("Calif.|") && t.contains("STATE_OR_PROVINCE"));
        assertThat(narrowed).anyMatch(t -> t.startsWith("press@example.org|") && t.contains("EMAIL"));
        assertThat(narrowed).anyMatch(t -> t.startsWith("www.example.org/news|") && t.contains("URL"));
    }

    /**
     * The annotators loaded ahead on threads of their own ({@link AnnotatorPreloader}) are the ones the
     * pipeline uses: each costly annotator was built once, not once more under other settings.
     */
    @Test
    void preloadedAnnotatorsAreBuiltOnce() {
        NlpPipeline.shared();
        for (String name : NlpPipeline.LOAD_SECONDS.keySet()) {
            long built = edu.stanford.nlp.pipeline.StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.entrySet().stream()
                    .filter(e -> e.getKey().name.equals(name) && e.getValue().getIfDefined() != null).count();
            assertThat(built).as(name).isEqualTo(1);
        }
    }

    @Test
    void ownCorpusIsAnnotatedAlike() throws Exception {
        try (var files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                assertThat(signature(text, false)).as(f.toString()).containsExactlyElementsOf(signature(text, true));
            }
        }
    }

    /** Every token's tags, entity mentions, KBP triples and coreference chains, one line each. */
    private static List<String> signature(String text, boolean narrowing) {
        NlpPipeline pipeline = NlpPipeline.shared();
        assertThat(pipeline.narrowFineGrainedNer(narrowing)).as("narrowing installed").isTrue();
        Annotation doc = pipeline.annotate(text, null);
        List<String> lines = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                lines.add(String.join("|", t.word(), t.ner(),
                        String.valueOf(t.get(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class)),
                        String.valueOf(t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)),
                        String.valueOf(t.get(CoreAnnotations.WikipediaEntityAnnotation.class))));
            }
            for (CoreMap m : s.get(CoreAnnotations.MentionsAnnotation.class)) {
                lines.add("mention " + m + " " + m.get(CoreAnnotations.EntityTypeAnnotation.class));
            }
            lines.add("kbp " + s.get(CoreAnnotations.KBPTriplesAnnotation.class));
        }
        lines.add("coref " + doc.get(CorefCoreAnnotations.CorefChainAnnotation.class));
        return lines;
    }
}
