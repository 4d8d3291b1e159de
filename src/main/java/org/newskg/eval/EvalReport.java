package org.newskg.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The scores of an evaluation: each article's and the total (micro-averaged: counts added up over the
 * articles), the errors grouped by kind, and each rule's precision.
 */
public final class EvalReport {
    private final List<DocScore> articles;
    private final List<CrossDocScore> stories;
    private final DocScore total = new DocScore("", "total");

    EvalReport(List<DocScore> articles, List<CrossDocScore> stories) {
        this.articles = List.copyOf(articles);
        this.stories = List.copyOf(stories);
        articles.forEach(total::add);
    }

    public int articles() {
        return articles.size();
    }

    /** A rule's verdicts: right, wrong, and facts the gold files cannot judge. */
    record RuleCount(String rule, String kind, int right, int wrong, int unknown) {
        double precision() {
            return right + wrong == 0 ? 0 : (double) right / (right + wrong);
        }
    }

    List<RuleCount> rules() {
        Map<List<String>, Map<Verdict, Integer>> counts = new TreeMap<>(
                Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (DocScore.Fact f : total.facts) {
            counts.computeIfAbsent(List.of(f.rule(), f.kind()), k -> new EnumMap<>(Verdict.class))
                    .merge(f.verdict(), 1, Integer::sum);
        }
        List<RuleCount> out = new ArrayList<>();
        counts.forEach((key, c) -> out.add(new RuleCount(key.get(0), key.get(1), c.getOrDefault(Verdict.RIGHT, 0),
                c.getOrDefault(Verdict.WRONG, 0), c.getOrDefault(Verdict.UNKNOWN, 0))));
        return out;
    }

    /** Prints the report: a line per article, the total, up to {@code errorsPerKind} errors of each kind, the rules. */
    public void print(PrintWriter out, int errorsPerKind) {
        if (!articles.isEmpty()) {
            printArticles(out, errorsPerKind);
        }
        if (!stories.isEmpty()) {
            printStories(out);
        }
        out.flush();
    }

    private void printArticles(PrintWriter out, int errorsPerKind) {
        out.printf("%-58s %6s %4s %6s %6s %7s %9s %7s%n", "article", "ent F1", "dup", "rel F1", "ev F1", "dates",
                "quotes", "links");
        for (DocScore s : articles) {
            line(out, s.article, s);
        }
        line(out, "total of " + articles.size() + " articles", total);
        out.printf("%nentities   P %.3f  R %.3f  F1 %.3f  (%d gold, %d stated, %d duplicates)%n", total.entities.precision(),
                total.entities.recall(), total.entities.f1(), total.entities.gold, total.entities.system, total.duplicates);
        out.printf("relations  P %.3f  R %.3f  F1 %.3f  (%d gold, %d stated)%n", total.relations.precision(),
                total.relations.recall(), total.relations.f1(), total.relations.gold, total.relations.system);
        out.printf("events     P %.3f  R %.3f  F1 %.3f  (%d gold, %d stated; dates right %d/%d)%n",
                total.events.precision(), total.events.recall(), total.events.f1(), total.events.gold, total.events.system,
                total.datesRight, total.dated);
        out.printf("quotes     found %d/%d, attributed %d/%d (%.3f)%n", total.quotesFound, total.quotesGold,
                total.quotesAttributed, total.quotesWithSpeaker, total.attribution());
        out.printf("links      right %d/%d linked (precision %.3f) of %d linkable%n", total.linksRight, total.linked,
                total.linkPrecision(), total.linkable);
        if (total.pastRoles > 0) {
            out.printf("past roles %d in the gold: %d stated as current facts, %d kept as past roles%n", total.pastRoles,
                    total.pastStatedCurrent, total.pastKeptAsRoles);
        }
        Map<String, List<DocScore.Error>> byKind = new TreeMap<>();
        total.errors.forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e));
        for (Map.Entry<String, List<DocScore.Error>> k : byKind.entrySet()) {
            out.printf("%n%s (%d)%n", k.getKey(), k.getValue().size());
            k.getValue().stream().limit(errorsPerKind).forEach(e -> out.printf("  %-40s %s%n", shortName(e.article()), e.what()));
            if (k.getValue().size() > errorsPerKind) {
                out.printf("  … and %d more%n", k.getValue().size() - errorsPerKind);
            }
        }
        out.printf("%nrules: precision = right / (right + wrong); unknown: facts the gold files do not judge%n");
        out.printf("%-34s %-24s %6s %6s %8s %10s%n", "rule", "makes", "right", "wrong", "unknown", "precision");
        for (RuleCount r : rules()) {
            out.printf("%-34s %-24s %6d %6d %8d %10s%n", r.rule(), r.kind(), r.right(), r.wrong(), r.unknown(),
                    r.right() + r.wrong() == 0 ? "-" : String.format("%.3f", r.precision()));
        }
        out.flush();
    }

    /** Each storyline: its clusters and distinct pairs, the failures spelled out. */
    private void printStories(PrintWriter out) {
        out.printf("%ncross-article (each storyline's articles ingested into one store)%n");
        int clusters = 0;
        int clustersRight = 0;
        int pairs = 0;
        int pairsRight = 0;
        for (CrossDocScore c : stories) {
            out.printf("%-58s clusters %d/%d  distinct %d/%d%n", shortName(c.gold.file().getFileName().toString()),
                    c.clustersRight(), c.clusters.size(), c.pairsRight(), c.distinct.size());
            for (CrossDocScore.ClusterResult r : c.clusters) {
                if (!r.ok()) {
                    out.printf("  FAIL %s  (%d entities%s)%n", String.join(" = ", r.cluster().names()), r.entities(),
                            r.missing().isEmpty() ? "" : ", not found: " + String.join(", ", r.missing()));
                }
            }
            for (CrossDocScore.PairResult r : c.distinct) {
                if (!r.ok()) {
                    out.printf("  FAIL %s%n", String.join(" != ", r.pair()));
                }
            }
            clusters += c.clusters.size();
            clustersRight += c.clustersRight();
            pairs += c.distinct.size();
            pairsRight += c.pairsRight();
        }
        out.printf("%-58s clusters %d/%d  distinct %d/%d%n", "total of " + stories.size() + " storylines",
                clustersRight, clusters, pairsRight, pairs);
    }

    private static void line(PrintWriter out, String name, DocScore s) {
        out.printf("%-58s %6.3f %4d %6s %6s %7s %9s %7s%n", shortName(name), s.entities.f1(), s.duplicates,
                f1(s.relations), f1(s.events), s.datesRight + "/" + s.dated,
                s.quotesAttributed + "/" + s.quotesWithSpeaker, s.linksRight + "/" + s.linked);
    }

    /** F1, or "-" when the gold states none and the system none either. */
    private static String f1(DocScore.Prf c) {
        return c.gold == 0 && c.system == 0 ? "-" : String.format("%.3f", c.f1());
    }

    private static String shortName(String s) {
        return s.length() <= 58 ? s : "…" + s.substring(s.length() - 57);
    }

    /** The report as JSON: totals, each article, errors, rules (for scripts and tests). */
    public String json() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.set("total", scores(json, total));
        ArrayNode arts = root.putArray("articles");
        articles.forEach(a -> arts.add(scores(json, a).put("gold", a.gold).put("article", a.article)));
        ArrayNode errs = root.putArray("errors");
        total.errors.forEach(e -> errs.addObject().put("kind", e.kind()).put("article", e.article()).put("what", e.what()));
        ArrayNode rules = root.putArray("rules");
        rules().forEach(r -> rules.addObject().put("rule", r.rule()).put("makes", r.kind()).put("right", r.right())
                .put("wrong", r.wrong()).put("unknown", r.unknown()).put("precision", r.precision()));
        ArrayNode story = root.putArray("crossdoc");
        for (CrossDocScore c : stories) {
            ObjectNode o = story.addObject().put("gold", c.gold.file().toString()).put("storyline", c.gold.storyline())
                    .put("clusters_ok", c.clustersRight() + "/" + c.clusters.size())
                    .put("distinct_ok", c.pairsRight() + "/" + c.distinct.size());
            ArrayNode cl = o.putArray("clusters");
            for (CrossDocScore.ClusterResult r : c.clusters) {
                ObjectNode x = cl.addObject().put("id", r.cluster().id()).put("ok", r.ok()).put("entities", r.entities());
                r.cluster().names().forEach(x.putArray("names")::add);
                r.missing().forEach(x.putArray("missing")::add);
            }
            ArrayNode di = o.putArray("distinct");
            for (CrossDocScore.PairResult r : c.distinct) {
                ObjectNode x = di.addObject().put("ok", r.ok());
                r.pair().forEach(x.putArray("pair")::add);
            }
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode scores(ObjectMapper json, DocScore s) {
        ObjectNode o = json.createObjectNode();
        prf(o.putObject("entities"), s.entities).put("duplicates", s.duplicates);
        prf(o.putObject("relations"), s.relations);
        prf(o.putObject("events"), s.events).put("dated", s.dated).put("dates_right", s.datesRight);
        o.putObject("quotes").put("gold", s.quotesGold).put("system", s.quotesSystem).put("found", s.quotesFound)
                .put("with_speaker", s.quotesWithSpeaker).put("attributed", s.quotesAttributed)
                .put("attribution", s.attribution());
        o.putObject("links").put("linkable", s.linkable).put("linked", s.linked).put("right", s.linksRight)
                .put("precision", s.linkPrecision());
        o.putObject("past_roles").put("gold", s.pastRoles).put("stated_as_current", s.pastStatedCurrent)
                .put("kept_as_roles", s.pastKeptAsRoles);
        return o;
    }

    private static ObjectNode prf(ObjectNode o, DocScore.Prf p) {
        return o.put("gold", p.gold).put("system", p.system).put("correct", p.correct).put("found", p.found)
                .put("precision", p.precision()).put("recall", p.recall()).put("f1", p.f1());
    }
}
