package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

/**
 * The tokens that TokensRegex rules match: copies of a sentence's tokens, with what newskg's resolution
 * knows of each, under two keys a pattern can read ({@code [{ref:PERSON}]}, {@code [{name:/CITY|PLACE/}]}).
 */
final class RuleTokens {
    /** The type of the entity a token refers to: in a name, or a pronoun or description coreference ties to it. */
    static final class Referent implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** The type of the name mention a token is part of. */
    static final class Name implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** The environment rule files are compiled in: CoreNLP's keys, and {@code ref} and {@code name}. */
    static final Env ENV = TokenSequencePattern.getNewEnv();

    static {
        ENV.bind("ref", Referent.class);
        ENV.bind("name", Name.class);
    }

    private RuleTokens() {
    }

    /** The tokens of sentence {@code s}, annotated. */
    static List<CoreLabel> of(DocView doc, Resolution res, List<NameMention> names, int s) {
        List<CoreLabel> out = new ArrayList<>();
        List<CoreLabel> tokens = doc.tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = new CoreLabel(tokens.get(i));
            String k = res.at(s, i);
            if (k != null) {
                Entity e = res.entity(k);
                t.set(Referent.class, e.type().name());
            }
            out.add(t);
        }
        for (NameMention m : names) {
            if (m.sentence() == s) {
                for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
                    out.get(i).set(Name.class, m.type().name());
                }
            }
        }
        // "and prop/VB Tom Smith": a team position right before a person's name is a noun, whatever the tagger said
        for (int i = 0; i + 1 < out.size(); i++) {
            CoreLabel t = out.get(i);
            if (t.tag() != null && t.tag().startsWith("VB") && POSITIONS.contains(t.word())
                    && EntityType.PERSON.name().equals(out.get(i + 1).get(Referent.class))) {
                t.setTag("NN");
            }
        }
        return out;
    }

    /** Positions in a team ({@code team-context.tsv}), lower case: "prop", "lock", "captain". */
    private static final java.util.Set<String> POSITIONS = Words.ofKind("team-context.tsv", "role");
}
