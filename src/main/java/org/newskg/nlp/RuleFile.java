package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newskg.DataFile;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * A file of extraction rules under {@code org/newskg/nlp/rules/}, one rule per row: its id (what
 * {@code nkg:extractor} says of every fact it makes), the action that turns a match into facts, the facts'
 * confidence, and a pattern that CoreNLP's own machinery runs: TokensRegex over a sentence's tokens
 * ({@code .tokensregex}) or Semgrex over its dependency graph ({@code .semgrex}). The rule ids are defined
 * here and nowhere in the code; the code defines the actions.
 */
final class RuleFile {
    private static final String DIR = "org/newskg/nlp/rules/";

    /** One rule of a file, with its compiled pattern. */
    record Rule<P>(String id, String action, double confidence, P pattern) {
    }

    private RuleFile() {
    }

    /** The TokensRegex rules of a file; every action must be one of {@code actions}. */
    static List<Rule<TokenSequencePattern>> tokens(String file, Set<String> actions) {
        List<Rule<TokenSequencePattern>> out = new ArrayList<>();
        for (DataFile.Row r : rows(file, actions)) {
            try {
                out.add(new Rule<>(r.get(0), r.get(1), confidence(r), TokenSequencePattern.compile(RuleTokens.ENV, r.get(3))));
            } catch (RuntimeException e) {
                throw r.error("not a TokensRegex pattern: " + e.getMessage());
            }
        }
        return out;
    }

    /** The Semgrex rules of a file; every action must be one of {@code actions}. */
    static List<Rule<SemgrexPattern>> graphs(String file, Set<String> actions) {
        List<Rule<SemgrexPattern>> out = new ArrayList<>();
        for (DataFile.Row r : rows(file, actions)) {
            try {
                out.add(new Rule<>(r.get(0), r.get(1), confidence(r), SemgrexPattern.compile(r.get(3))));
            } catch (RuntimeException e) {
                throw r.error("not a Semgrex pattern: " + e.getMessage());
            }
        }
        return out;
    }

    private static List<DataFile.Row> rows(String file, Set<String> actions) {
        List<DataFile.Row> rows = DataFile.rows(DIR + file, 4, 4);
        for (DataFile.Row r : rows) {
            if (!actions.contains(r.get(1))) {
                throw r.error("unknown action '" + r.get(1) + "'; this file's actions are " + actions);
            }
        }
        return rows;
    }

    private static double confidence(DataFile.Row r) {
        try {
            double c = Double.parseDouble(r.get(2));
            if (c < 0 || c > 1) {
                throw r.error("confidence must be between 0 and 1, not " + r.get(2));
            }
            return c;
        } catch (NumberFormatException e) {
            throw r.error("confidence must be a number, not " + r.get(2));
        }
    }
}
