package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;

import org.newskg.nlp.ArticleAnalyzer;

/** The scores of one article (or, added up, of many), with the errors behind them and each fact's verdict. */
final class DocScore {
    /** The rule every event itself comes from (its arguments and dates have their own). */
    static final String EVENT_RULE = ArticleAnalyzer.EVENT_RULE;

    /** Counts for precision and recall, as score.py's prf(): right system items, system items, found gold, gold. */
    static final class Prf {
        int correct;
        int system;
        int found;
        int gold;

        void set(int correct, int system, int found, int gold) {
            this.correct = correct;
            this.system = system;
            this.found = found;
            this.gold = gold;
        }

        void add(Prf o) {
            correct += o.correct;
            system += o.system;
            found += o.found;
            gold += o.gold;
        }

        double precision() {
            return system == 0 ? 0 : (double) correct / system;
        }

        double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One error the scorer found, by kind ("missed entity", "wrong link", ...). */
    record Error(String kind, String article, String what) {
    }

    /** One fact the system stated, its rule and whether it is right. */
    record Fact(String rule, String kind, Verdict verdict, String article, String what) {
    }

    final String gold;
    final String article;
    final Prf entities = new Prf();
    final Prf relations = new Prf();
    final Prf events = new Prf();
    int duplicates;
    int dated;
    int datesRight;
    int quotesGold;
    int quotesSystem;
    int quotesFound;
    int quotesWithSpeaker;
    int quotesAttributed;
    int linkable;
    int linked;
    int linksRight;
    int pastRoles;
    int pastStatedCurrent;
    int pastKeptAsRoles;
    final List<Error> errors = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();

    DocScore(String gold, String article) {
        this.gold = gold;
        this.article = article;
    }

    void add(DocScore o) {
        entities.add(o.entities);
        relations.add(o.relations);
        events.add(o.events);
        duplicates += o.duplicates;
        dated += o.dated;
        datesRight += o.datesRight;
        quotesGold += o.quotesGold;
        quotesSystem += o.quotesSystem;
        quotesFound += o.quotesFound;
        quotesWithSpeaker += o.quotesWithSpeaker;
        quotesAttributed += o.quotesAttributed;
        linkable += o.linkable;
        linked += o.linked;
        linksRight += o.linksRight;
        pastRoles += o.pastRoles;
        pastStatedCurrent += o.pastStatedCurrent;
        pastKeptAsRoles += o.pastKeptAsRoles;
        errors.addAll(o.errors);
        facts.addAll(o.facts);
    }

    double attribution() {
        return quotesWithSpeaker == 0 ? 1 : (double) quotesAttributed / quotesWithSpeaker;
    }

    double linkPrecision() {
        return linked == 0 ? 1 : (double) linksRight / linked;
    }

    private void error(String kind, String what) {
        errors.add(new Error(kind, article, what));
    }

    void missedEntity(String what) {
        error("missed entity", what);
    }

    void spuriousEntity(String what) {
        error("spurious entity", what);
    }

    void duplicateEntity(String what) {
        duplicates++;
        error("duplicate entity", what);
    }

    void missedRelation(String what) {
        error("missed relation", what);
    }

    void missedEvent(String what) {
        error("missed event", what);
    }

    void spuriousEvent(String what) {
        error("spurious event", what);
    }

    void wrongSpeaker(String what) {
        error("quote not attributed", what);
    }

    /** A role the gold says no longer holds, stated by the system as a plain current fact. */
    void pastRoleAsCurrent(String what) {
        pastStatedCurrent++;
        error("past role stated as current", what);
    }

    /** A role the gold says no longer holds, not kept as a past role ({@code nkg:heldRole}). */
    void pastRoleMissed(String what) {
        error("past role not kept", what);
    }

    void wrongLink(String what) {
        error("wrong link", what);
    }

    /** Fact kinds other than a relation's predicate. */
    private static final java.util.Set<String> NOT_RELATIONS = java.util.Set.of("event", "event argument", "event date",
            "quote speaker");

    void fact(String rule, String kind, Verdict v, String what) {
        facts.add(new Fact(rule, kind, v, article, what));
        if (v == Verdict.WRONG && !NOT_RELATIONS.contains(kind)) {
            error("spurious relation", what + " [" + rule + "]");
        }
        if (v == Verdict.WRONG && kind.equals("quote speaker")) {
            error("wrong speaker", what + " [" + rule + "]");
        }
    }
}
