package org.newskg.nlp;

import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

/** Read access to an annotated document: sentences, tokens (0-based here) and dependency graphs. */
final class DocView {
    private final Annotation doc;
    private final List<CoreMap> sentences;

    DocView(Annotation doc) {
        this.doc = doc;
        this.sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    Annotation doc() {
        return doc;
    }

    String text() {
        return doc.get(CoreAnnotations.TextAnnotation.class);
    }

    int sentenceCount() {
        return sentences.size();
    }

    CoreMap sentence(int i) {
        return sentences.get(i);
    }

    List<CoreLabel> tokens(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
    }

    CoreLabel token(int sentence, int index0) {
        return tokens(sentence).get(index0);
    }

    SemanticGraph deps(int sentence) {
        return sentences.get(sentence).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    int sentenceBegin(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    int sentenceEnd(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    /** The number NER normalized for a token ("6,700" is 6700, "more than 40" is 40), or null. */
    Double number(int sentence, int index0) {
        String norm = token(sentence, index0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (norm == null) {
            return null;
        }
        try {
            return Double.parseDouble(norm.replaceAll("^[<>=~]+", ""));
        } catch (NumberFormatException e) {
            return null; // not a plain number: a duration, a range
        }
    }

    /** The article text between two character offsets. */
    String text(int begin, int end) {
        return text().substring(begin, end);
    }

    /**
     * The text from the end of name {@code a} to the start of name {@code b} when {@code b} follows {@code a} in
     * the same sentence; null otherwise, also when the names overlap ("Stade de France" and its "France").
     */
    String between(NameMention a, NameMention b) {
        if (a.sentence() != b.sentence() || b.span().begin() < a.span().end()) {
            return null;
        }
        return text(a.span().end(), b.span().begin());
    }

    /** The sentence whose span contains {@code offset}, or the last one before it. */
    int sentenceAt(int offset) {
        int found = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentenceBegin(i) <= offset) {
                found = i;
            }
        }
        return found;
    }
}
