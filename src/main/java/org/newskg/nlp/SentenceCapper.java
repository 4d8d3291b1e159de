package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * Cuts over-long "sentences" (a text with no punctuation, a table flattened into one line) into pieces of at
 * most {@code maxTokens} tokens between sentence splitting and the parsers. Real news sentences are far
 * shorter; without the cap one pathological line can keep the dependency parser, coreference and KBP busy for
 * minutes. Offsets are untouched: the pieces are sub-lists of the same tokens.
 */
final class SentenceCapper {
    private final int maxTokens;

    SentenceCapper(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    /** True when some sentence was cut. */
    boolean cap(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream()
                .noneMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() > maxTokens)) {
            return false;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            int base = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); from += maxTokens) {
                int to = Math.min(tokens.size(), from + maxTokens);
                out.add(piece(text, tokens.subList(from, to), base + from));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                tokens.get(t).setSentIndex(i);
                tokens.get(t).setIndex(t + 1);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
        return true;
    }

    private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin) {
        int b = tokens.get(0).beginPosition();
        int e = tokens.get(tokens.size() - 1).endPosition();
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(b, e));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
        s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
        return s;
    }
}
