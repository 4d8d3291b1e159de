package org.newskg.nlp;

import java.util.List;
import java.util.Map;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/** A file of Semgrex rules run over every sentence's dependency graph, each match handed to its rule's action. */
final class GraphRules {
    /** Turns one match of a rule into facts. */
    @FunctionalInterface
    interface Action {
        void apply(Match match, FactSink out);
    }

    /** One match: the rule, the sentence and its graph, and CoreNLP's matcher for the named nodes. */
    record Match(RuleFile.Rule<SemgrexPattern> rule, DocumentContext doc, int sentence, SemanticGraph graph,
                 SemgrexMatcher matcher) {
    }

    private final List<RuleFile.Rule<SemgrexPattern>> rules;
    private final Map<String, Action> actions;

    GraphRules(String file, Map<String, Action> actions) {
        this.rules = RuleFile.graphs(file, actions.keySet());
        this.actions = actions;
    }

    void run(DocumentContext doc, FactSink out) {
        for (int s = 0; s < doc.view().sentenceCount(); s++) {
            SemanticGraph g = doc.view().deps(s);
            for (RuleFile.Rule<SemgrexPattern> rule : rules) {
                SemgrexMatcher m = rule.pattern().matcher(g);
                while (m.find()) {
                    actions.get(rule.action()).apply(new Match(rule, doc, s, g, m), out);
                }
            }
        }
    }
}
