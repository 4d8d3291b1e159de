package org.newskg.nlp;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ling.tokensregex.MultiPatternMatcher;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;

/**
 * Narrows the patterns CoreNLP's fine-grained NER tries on a sentence to those whose required tokens all
 * occur in it. The output is CoreNLP's own, only sooner.
 *
 * <p>Fine-grained NER ({@code ner.applyFineGrained}) is a {@link TokensRegexNERAnnotator} over about 586,000
 * gazetteer entries. Its trigger index keys each entry on one literal word, so an entry is tried only on
 * sentences containing that word; but the thousand or so entries with no literal word ({@code Calif\.?},
 * e-mail and URL shapes: any word with a period counts as a pattern) are tried on every sentence, at every
 * token, and each attempt allocates fresh matcher state of about 5 KB. Profiled on BBC articles, that made
 * fine-grained NER 23 % of newskg's CPU time and 55 % of the bytes it allocated. This trigger wraps
 * CoreNLP's: of the patterns it returns, a pattern is kept only when each of its required node patterns
 * (those on its one path, not optional) matches some token of the sentence, tested with the pattern's own
 * {@link NodePattern#match}. A pattern dropped so could not have matched; the others keep their order,
 * which is what breaks ties between overlapping matches, so the annotations are the same. On 100 BBC
 * articles they were identical (every token's tags, mentions, KBP triples and coreference chains), and
 * annotating took 83 s instead of 102 s.
 *
 * <p>The trigger is reached through private fields of CoreNLP 4.5 ({@code AnnotationPipeline.annotators},
 * {@code NERCombinerAnnotator.fineGrainedNERAnnotator}, {@code TokensRegexNERAnnotator.multiPatternMatcher},
 * {@code MultiPatternMatcher.patternTrigger}); if any has moved, {@link #install} says so and changes
 * nothing.
 */
final class RequiredNodeTrigger implements MultiPatternMatcher.SequencePatternTrigger<CoreMap> {
    private static final Logger LOG = LoggerFactory.getLogger(RequiredNodeTrigger.class);

    private final MultiPatternMatcher.SequencePatternTrigger<CoreMap> inner;
    /** Each pattern's required node patterns, found on its first use. */
    private final Map<SequencePattern<CoreMap>, List<NodePattern<CoreMap>>> required = new ConcurrentHashMap<>();
    private volatile boolean narrowing = true;

    RequiredNodeTrigger(MultiPatternMatcher.SequencePatternTrigger<CoreMap> inner) {
        this.inner = inner;
    }

    @Override
    public Collection<SequencePattern<CoreMap>> apply(List<? extends CoreMap> tokens) {
        Collection<SequencePattern<CoreMap>> candidates = inner.apply(tokens);
        if (!narrowing) {
            return candidates;
        }
        List<SequencePattern<CoreMap>> kept = new ArrayList<>(candidates.size());
        for (SequencePattern<CoreMap> p : candidates) {
            if (allPresent(required.computeIfAbsent(p, RequiredNodeTrigger::requiredNodes), tokens)) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** Off, the trigger returns CoreNLP's candidates unchanged (for comparing the two). */
    void narrowing(boolean on) {
        narrowing = on;
    }

    private static boolean allPresent(List<NodePattern<CoreMap>> nodes, List<? extends CoreMap> tokens) {
        for (NodePattern<CoreMap> node : nodes) {
            if (!occurs(node, tokens)) {
                return false;
            }
        }
        return true;
    }

    private static boolean occurs(NodePattern<CoreMap> node, List<? extends CoreMap> tokens) {
        for (CoreMap token : tokens) {
            if (node.match(token)) {
                return true;
            }
        }
        return false;
    }

    /** The node patterns every match must use: those before the pattern's first branch, not optional. */
    private static List<NodePattern<CoreMap>> requiredNodes(SequencePattern<CoreMap> p) {
        return List.copyOf(p.findNodePatterns(n -> n, false, false));
    }

    /**
     * Puts a narrowing trigger in front of the fine-grained NER of {@code pipeline}'s {@code ner} annotator.
     *
     * @return the trigger, or {@code null} when the pipeline has no fine-grained NER or CoreNLP's internals
     *         are not as expected (then the pipeline is left as it was)
     */
    static RequiredNodeTrigger install(AnnotationPipeline pipeline) {
        try {
            for (Annotator a : (List<Annotator>) read(AnnotationPipeline.class, "annotators", pipeline)) {
                if (!(a instanceof NERCombinerAnnotator)) {
                    continue;
                }
                Object fine = read(NERCombinerAnnotator.class, "fineGrainedNERAnnotator", a);
                if (fine == null) {
                    return null;
                }
                Object matcher = read(TokensRegexNERAnnotator.class, "multiPatternMatcher", fine);
                Field f = field(MultiPatternMatcher.class, "patternTrigger");
                Object current = f.get(matcher);
                if (current == null) {
                    return null; // every pattern is tried anyway; nothing to narrow
                }
                if (current instanceof RequiredNodeTrigger installed) {
                    return installed; // annotators are shared between pipelines with the same settings
                }
                RequiredNodeTrigger t = new RequiredNodeTrigger(
                        (MultiPatternMatcher.SequencePatternTrigger<CoreMap>) current);
                f.set(matcher, t);
                return t;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("fine-grained NER runs at CoreNLP's own speed: its trigger could not be narrowed ({})",
                    e.toString());
        }
        return null;
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        return field(owner, name).get(target);
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
