package org.newskg.nlp;

import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

/** A file of TokensRegex rules run over every sentence, each match handed to its rule's action. */
final class TokenRules {
    /** Turns one match of a rule into facts. */
    @FunctionalInterface
    interface Action {
        void apply(Match match, FactSink out);
    }

    /** One match: the rule, the sentence and its rule tokens, and CoreNLP's matcher for the groups. */
    record Match(RuleFile.Rule<TokenSequencePattern> rule, DocumentContext doc, int sentence, List<CoreLabel> tokens,
                 TokenSequenceMatcher matcher) {
        /** The text of a group, or null when it did not take part. */
        String group(String name) {
            return matcher.group(name);
        }

        /** The index (0-based, in the sentence) of a group's first token, or -1. */
        int start(String name) {
            return matcher.start(name);
        }

        int end(String name) {
            return matcher.end(name);
        }
    }

    private final List<RuleFile.Rule<TokenSequencePattern>> rules;
    private final Map<String, Action> actions;

    TokenRules(String file, Map<String, Action> actions) {
        this.rules = RuleFile.tokens(file, actions.keySet());
        this.actions = actions;
    }

    void run(DocumentContext doc, FactSink out) {
        for (int s = 0; s < doc.view().sentenceCount(); s++) {
            List<CoreLabel> tokens = doc.ruleTokens(s);
            for (RuleFile.Rule<TokenSequencePattern> rule : rules) {
                TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
                while (m.find()) {
                    actions.get(rule.action()).apply(new Match(rule, doc, s, tokens, m), out);
                }
            }
        }
    }
}
