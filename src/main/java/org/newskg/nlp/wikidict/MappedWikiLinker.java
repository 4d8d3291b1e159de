package org.newskg.nlp.wikidict;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's {@code entitylink} contract on a {@link MappedWikiDict}: the same annotations, rules and
 * dictionary as {@code WikidictAnnotator}, without reading 21 million lines into a 2.5 GB map at start-up.
 * Registered in place of {@code entitylink} with {@code customAnnotatorClass.entitylink}.
 *
 * <p>Per entity mention: dates and times get their normalised timex, ordinals and plain numbers their
 * value, any other tagged mention the dictionary's title for its exact text; every token starts as "O".
 */
public final class MappedWikiLinker implements Annotator {
    private static final Pattern NUMBER = Pattern.compile("[0-9.]+");
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "SET");
    private static final Set<String> VAGUE_TIMEX = Set.of(
            "PRESENT", "PRESENT_REF", "PAST", "PAST_REF", "FUTURE", "FUTURE_REF");

    private final MappedWikiDict dict;

    /** The constructor CoreNLP calls for a custom annotator. */
    public MappedWikiLinker(String name, Properties props) {
        this(WikiDictCache.shared());
    }

    public MappedWikiLinker(MappedWikiDict dict) {
        this.dict = dict;
    }

    @Override
    public void annotate(Annotation doc) {
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                token.set(CoreAnnotations.WikipediaEntityAnnotation.class, "O");
            }
            List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                continue;
            }
            for (CoreMap mention : mentions) {
                link(mention).ifPresent(title -> {
                    mention.set(CoreAnnotations.WikipediaEntityAnnotation.class, title);
                    for (CoreLabel token : mention.get(CoreAnnotations.TokensAnnotation.class)) {
                        token.set(CoreAnnotations.WikipediaEntityAnnotation.class, title);
                    }
                });
            }
        }
    }

    Optional<String> link(CoreMap mention) {
        String original = mention.get(CoreAnnotations.OriginalTextAnnotation.class);
        String text = original != null ? original : mention.get(CoreAnnotations.TextAnnotation.class);
        String ner = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
        if (ner != null && TIME_TAGS.contains(ner.toUpperCase()) && timex != null
                && timex.value() != null) {
            String v = timex.value();
            if (VAGUE_TIMEX.contains(v)) {
                return Optional.empty();
            }
            return Optional.of(v.contains("T") ? v.substring(0, v.indexOf('T')) : v);
        }
        Number ordinal = mention.get(CoreAnnotations.NumericValueAnnotation.class);
        if ("ORDINAL".equalsIgnoreCase(ner) && ordinal != null) {
            return Optional.of(ordinal.toString());
        }
        if (NUMBER.matcher(text).matches()) {
            return Optional.of(text);
        }
        if (ner != null && !"O".equals(ner)) {
            return dict.lookup(text);
        }
        return Optional.empty();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Collections.singleton(CoreAnnotations.WikipediaEntityAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.OriginalTextAnnotation.class,
                CoreAnnotations.MentionsAnnotation.class);
    }
}
