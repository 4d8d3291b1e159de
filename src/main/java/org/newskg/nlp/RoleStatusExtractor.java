package org.newskg.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Role;
import org.newskg.extraction.RoleStatus;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Roles with a status in time, from {@code rules/role-status.tokensregex} and {@code words/role-status.tsv}:
 * "former union leader Sir Bill Morris" (former), "Stanley Fischer, a former IMF official" (former, in the
 * IMF), "X is the acting chairman of Y" (acting, in Y), "when he was Home Secretary" (former). A former role is
 * what {@link FactMerger} keeps the relations of the same sentence from stating as current.
 */
final class RoleStatusExtractor implements Extractor {
    private static final Map<String, String> STATUS = Words.map("role-status.tsv");
    private final Demonyms demonyms = new Demonyms();
    private final TokenRules rules = new TokenRules("role-status.tokensregex", Map.of(
            "status-before-name", this::statusRole, "status-of-name", this::statusRole,
            "past-tense-role", this::pastTenseRole));

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        rules.run(doc, out);
    }

    private void statusRole(TokenRules.Match m, FactSink out) {
        // the status word opens $status, after "the" or "his" ("the then chairman"); "newly" opens "newly elected"
        int at = m.start("$status");
        if (m.tokens().get(at).tag().matches("DT|PRP\\$")) {
            at++;
        }
        CoreLabel word = m.tokens().get(at);
        String lower = word.word().toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        String prefix = dash > 0 ? lower.substring(0, dash) : lower;
        String status = STATUS.get(dash > 0 && STATUS.containsKey(prefix) ? prefix : lower);
        if (status == null) {
            return;
        }
        // "ex-minister": the title is the rest of the word; "then-US": the rest is the organization
        String rest = dash > 0 ? word.word().substring(dash + 1) : null;
        emit(m, RoleStatus.of(status), rest, at - 1, out);
    }

    private void pastTenseRole(TokenRules.Match m, FactSink out) {
        emit(m, RoleStatus.FORMER, null, -1, out);
    }

    /**
     * The role of the match's name: its title from {@code $words} (or {@code rest}, a hyphenated status word's
     * remainder), its organization from {@code $words}, {@code rest}, or the word before the status
     * ({@code before}, -1 for none: "Wolves caretaker boss", "Tory ex-minister").
     */
    private void emit(TokenRules.Match m, RoleStatus status, String rest, int before, FactSink out) {
        Resolution res = m.doc().resolution();
        int s = m.sentence();
        String holder = res.at(s, m.start("$name"));
        if (holder == null || res.entity(holder).type() != EntityType.PERSON) {
            return;
        }
        List<CoreLabel> t = m.tokens();
        int from = Math.max(m.start("$words"), 0);
        int to = m.start("$words") < 0 ? from : m.end("$words");
        String title = title(res, s, t, from, to);
        String organization = organization(res, s, t, from, to);
        if (rest != null && !rest.isEmpty()) {
            if (Character.isLowerCase(rest.charAt(0)) && title == null) {
                title = rest;
            } else if (organization == null) {
                organization = namedBy(res, rest);
            }
        }
        if (organization == null && before >= 0) {
            organization = organization(res, s, t, before, before + 1);
        }
        if (title == null) {
            return;
        }
        Provenance p = new Provenance(m.rule().confidence(), m.rule().id(), s);
        out.role(new Role(holder, title, organization, status, p));
    }

    /**
     * The title among {@code [from, to)}: the last run of title words ({@link #titleWord}) that ends in a noun
     * ("IMF official" → official, "union leader", "secretary of state", "Metropolitan Police Commissioner"), or
     * null.
     */
    private String title(Resolution res, int s, List<CoreLabel> t, int from, int to) {
        int end = -1;
        for (int i = to - 1; i >= from; i--) {
            if (titleWord(res, s, t, i) && t.get(i).tag().startsWith("NN")) {
                end = i + 1;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int start = end - 1;
        while (start > from && (titleWord(res, s, t, start - 1) || t.get(start - 1).word().equals("of")
                && start - 1 > from && titleWord(res, s, t, start - 2))) {
            start--;
        }
        return Tokens.words(t, start, end);
    }

    /**
     * A word of a title: a lower-case word, a word NER tags TITLE, or a capitalized word that is no name, no
     * demonym and no rank ("Metropolitan Police Commissioner Sir John Stevens": not "Sir").
     */
    private boolean titleWord(Resolution res, int s, List<CoreLabel> t, int i) {
        CoreLabel w = t.get(i);
        if (Character.isLowerCase(w.word().charAt(0))) {
            return !w.word().equals("of");
        }
        return "TITLE".equals(w.ner()) || Character.isUpperCase(w.word().charAt(0)) && res.at(s, i) == null
                && !Names.isRank(w.word()) && namedBy(res, w.word()) == null;
    }

    /** The organization or country named among the words ("IMF official", "chairman of Yukos", "Soviet"), or null. */
    private String organization(Resolution res, int s, List<CoreLabel> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String k = res.at(s, i);
            if (k != null && res.entity(k).type() != EntityType.PERSON) {
                return k;
            }
            String named = Character.isUpperCase(t.get(i).word().charAt(0)) ? namedBy(res, t.get(i).word()) : null;
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    /**
     * The country or organization of the article a capitalized word stands for that NER did not tie to it: a
     * demonym ("Soviet leader"), or its name left untagged ("then-US secretary of state"); null for none.
     */
    private String namedBy(Resolution res, String word) {
        Entity country = demonyms.country(res, word);
        return country != null ? country.key() : named(res, word);
    }

    /** The article's organization or country with this name, or null. */
    private static String named(Resolution res, String name) {
        for (Entity e : res.entities()) {
            if (e.type() != EntityType.PERSON && (e.name().equalsIgnoreCase(name)
                    || e.altNames().stream().anyMatch(a -> a.equalsIgnoreCase(name)))) {
                return e.key();
            }
        }
        return null;
    }
}
