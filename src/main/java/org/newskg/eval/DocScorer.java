package org.newskg.eval;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Scores one article's extraction against its gold file with the definitions of {@code score.py doc}
 * (entities, relations, events with the date of each, quotes and links: the same matching, the same counts),
 * and also says of each fact the system stated whether it was right, so that each rule's precision can be told.
 */
final class DocScorer {
    private static final String S = SystemGraph.SCHEMA;
    private static final String N = SystemGraph.NKG;
    static final List<String> RELATION_PROPS = List.of(S + "jobTitle", N + "age", S + "children", S + "parent", S + "spouse",
            S + "sibling", S + "relatedTo", S + "colleague", S + "knows", S + "worksFor", S + "memberOf", S + "member",
            S + "affiliation", N + "leaderOf", S + "homeLocation", S + "birthPlace", S + "deathPlace", S + "nationality",
            S + "containedInPlace", S + "containsPlace", S + "founder", S + "location", S + "foundingLocation",
            S + "parentOrganization", S + "subOrganization", S + "employee", S + "alumniOf");
    private static final Map<String, String> INVERSE = Map.of(S + "children", S + "parent", S + "parent", S + "children",
            S + "memberOf", S + "member", S + "member", S + "memberOf", S + "worksFor", S + "employee",
            S + "employee", S + "worksFor", S + "containedInPlace", S + "containsPlace",
            S + "containsPlace", S + "containedInPlace", S + "parentOrganization", S + "subOrganization",
            S + "subOrganization", S + "parentOrganization");
    private static final Set<String> SYMMETRIC = Set.of(S + "spouse", S + "sibling", S + "relatedTo", S + "colleague",
            S + "knows");
    private static final List<String> PARTICIPANT_PROPS = List.of(N + "agent", N + "participant", N + "target",
            N + "patient", S + "attendee", S + "organizer", S + "performer", S + "actor", S + "participant", S + "about");
    private static final List<String> SPEAKER_PROPS = List.of(S + "creator", S + "author", S + "spokenByCharacter",
            N + "speaker");
    private static final List<String> LINK_PROPS = List.of("http://www.w3.org/2002/07/owl#sameAs", S + "sameAs",
            "http://www.w3.org/2004/02/skos/core#exactMatch");
    private static final Map<String, String> PREFIXES = Map.of("schema:", S, "nkg:", N,
            "rdfs:", "http://www.w3.org/2000/01/rdf-schema#", "skos:", "http://www.w3.org/2004/02/skos/core#",
            "owl:", "http://www.w3.org/2002/07/owl#");

    private final Gold gold;
    private final SystemGraph g;
    private final DocScore score;
    private final Map<String, Gold.GoldEntity> ents = new LinkedHashMap<>();
    private final Map<String, List<Node>> mapped = new LinkedHashMap<>();
    private final Map<Node, String> inv = new HashMap<>();

    private DocScorer(Gold gold, SystemGraph g) {
        this.gold = gold;
        this.g = g;
        this.score = new DocScore(gold.file().toString(), gold.article());
        gold.entities().forEach(e -> ents.put(e.id(), e));
    }

    static DocScore score(Gold gold, SystemGraph g) {
        DocScorer s = new DocScorer(gold, g);
        s.entities();
        s.relations();
        s.pastRoles();
        s.events();
        s.quotes();
        s.links();
        return s.score;
    }

    static String expand(String curie) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (curie.startsWith(p.getKey())) {
                return p.getValue() + curie.substring(p.getKey().length());
            }
        }
        return curie;
    }

    private void entities() {
        Map<String, Set<String>> goldNames = new LinkedHashMap<>();
        for (Gold.GoldEntity e : gold.entities()) {
            Set<String> n = new LinkedHashSet<>();
            e.names().forEach(x -> n.add(Norm.norm(x)));
            goldNames.put(e.id(), n);
        }
        List<Node> system = g.entities();
        List<Node> unmatched = new ArrayList<>();
        for (Node s : system) {
            Set<String> names = g.names(s);
            Set<String> types = g.coarse(s);
            List<String> cands = new ArrayList<>();
            for (Gold.GoldEntity e : gold.entities()) {
                if (intersects(names, goldNames.get(e.id())) && intersects(types, e.types())) {
                    cands.add(e.id());
                }
            }
            if (cands.isEmpty()) {
                unmatched.add(s);
                continue;
            }
            // the gold entity whose names overlap most, then the first listed
            String best = cands.get(0);
            for (String c : cands) {
                if (overlap(names, goldNames.get(c)) > overlap(names, goldNames.get(best))) {
                    best = c;
                }
            }
            mapped.computeIfAbsent(best, k -> new ArrayList<>()).add(s);
        }
        mapped.forEach((gid, ss) -> ss.forEach(s -> inv.put(s, gid)));
        int required = 0;
        int found = 0;
        for (Gold.GoldEntity e : gold.entities()) {
            if (!e.optional()) {
                required++;
                if (mapped.containsKey(e.id())) {
                    found++;
                } else {
                    score.missedEntity(e.id() + " " + e.names());
                }
            }
        }
        int optionalHits = 0;
        int correct = 0;
        for (Map.Entry<String, List<Node>> m : mapped.entrySet()) {
            if (ents.get(m.getKey()).optional()) {
                optionalHits++;
            } else {
                correct++;
            }
            for (Node extra : m.getValue().subList(1, m.getValue().size())) {
                score.duplicateEntity(m.getKey() + " also as \"" + g.label(extra) + "\"");
            }
        }
        for (Node s : unmatched) {
            score.spuriousEntity("\"" + g.label(s) + "\" " + g.coarse(s));
        }
        score.entities.set(correct, system.size() - optionalHits, found, required);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /** A key of the gold relations: subject, property, and an entity or a normalized literal. */
    private record Key(String s, String p, boolean entity, String o) {
    }

    private void relations() {
        int found = 0;
        Set<Key> keys = new LinkedHashSet<>();
        for (Gold.GoldRelation rel : gold.relations()) {
            if (holds(rel)) {
                found++;
            } else {
                score.missedRelation(rel.show());
            }
            for (String p0 : rel.predicates()) {
                String p = expand(p0);
                if (rel.o() != null) {
                    keys.add(new Key(rel.s(), p, true, rel.o()));
                    String back = back(p);
                    if (back != null) {
                        keys.add(new Key(rel.o(), back, true, rel.s()));
                    }
                } else {
                    for (String x : rel.literals()) {
                        keys.add(new Key(rel.s(), p, false, Norm.norm(x)));
                    }
                }
            }
        }
        int stated = 0;
        int good = 0;
        for (Node s : g.entities()) {
            for (String p : RELATION_PROPS) {
                for (Node o : g.values(s, p)) {
                    stated++;
                    String gs = inv.get(s);
                    boolean lit = o.isLiteral();
                    Key key = lit ? new Key(gs, p, false, Norm.norm(o.getLiteralLexicalForm()))
                            : new Key(gs, p, true, inv.get(o));
                    boolean ok = keys.contains(key);
                    if (!ok && lit && gs != null) {
                        for (Key k : keys) {
                            if (gs.equals(k.s()) && p.equals(k.p()) && !k.entity()
                                    && Norm.literalEqual(k.o(), o.getLiteralLexicalForm())) {
                                ok = true;
                                break;
                            }
                        }
                    }
                    if (ok) {
                        good++;
                    }
                    SystemGraph.Rule r = g.rule(s, p, o);
                    String fact = "\"" + g.label(s) + "\" " + p.replaceAll(".*[/#]", "") + " "
                            + (lit ? "\"" + o.getLiteralLexicalForm() + "\"" : "\"" + g.label(o) + "\"");
                    score.fact(r == null ? "(not reified)" : r.id(), p.replaceAll(".*[/#]", ""), ok ? Verdict.RIGHT : Verdict.WRONG,
                            fact);
                }
            }
        }
        score.relations.set(good, stated, found, gold.relations().size());
    }

    /**
     * The gold's {@code past_relations} (roles that no longer hold): each must not hold as a plain fact, and
     * counts as kept when the subject has a role ({@code nkg:heldRole}) whose name or organization is the
     * gold's object.
     */
    private void pastRoles() {
        for (Gold.GoldRelation rel : gold.pastRelations()) {
            score.pastRoles++;
            if (holds(rel)) {
                score.pastRoleAsCurrent(rel.show());
            }
            if (keptAsRole(rel)) {
                score.pastKeptAsRoles++;
            } else {
                score.pastRoleMissed(rel.show());
            }
        }
    }

    private boolean keptAsRole(Gold.GoldRelation rel) {
        for (Node s : mapped.getOrDefault(rel.s(), List.of())) {
            for (Node role : g.values(s, N + "heldRole")) {
                if (rel.o() != null && g.values(role, N + "roleIn").stream().anyMatch(o -> rel.o().equals(inv.get(o)))) {
                    return true;
                }
                if (rel.o() == null && g.values(role, S + "roleName").stream().anyMatch(o -> o.isLiteral()
                        && rel.literals().stream().anyMatch(x -> Norm.literalEqual(o.getLiteralLexicalForm(), x)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String back(String p) {
        return INVERSE.getOrDefault(p, SYMMETRIC.contains(p) ? p : null);
    }

    private boolean holds(Gold.GoldRelation rel) {
        Set<String> ps = new LinkedHashSet<>();
        rel.predicates().forEach(p -> ps.add(expand(p)));
        for (Node s : mapped.getOrDefault(rel.s(), List.of())) {
            for (String p : ps) {
                for (Node o : g.values(s, p)) {
                    if (rel.o() == null && o.isLiteral()
                            && rel.literals().stream().anyMatch(x -> Norm.literalEqual(o.getLiteralLexicalForm(), x))) {
                        return true;
                    }
                    if (rel.o() != null && rel.o().equals(inv.get(o))) {
                        return true;
                    }
                }
            }
        }
        if (rel.o() != null) {
            for (Node o : mapped.getOrDefault(rel.o(), List.of())) {
                for (String p : ps) {
                    String back = back(p);
                    if (back != null && g.values(o, back).stream().anyMatch(x -> rel.s().equals(inv.get(x)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What score.py reads of a system event. */
    private record EventInfo(Set<String> types, Set<String> places, Set<String> parts, Set<String> dates) {
    }

    private EventInfo info(Node e) {
        Set<String> locs = new LinkedHashSet<>();
        g.values(e, S + "location").forEach(o -> locs.add(inv.get(o)));
        Set<String> parts = new LinkedHashSet<>();
        for (String p : PARTICIPANT_PROPS) {
            g.values(e, p).forEach(o -> parts.add(inv.get(o)));
        }
        Set<String> dates = new LinkedHashSet<>();
        for (String p : List.of(S + "startDate", S + "endDate")) {
            g.values(e, p).stream().filter(Node::isLiteral).forEach(o -> dates.add(o.getLiteralLexicalForm()));
        }
        return new EventInfo(g.localTypes(e, N), locs, parts, dates);
    }

    private static boolean matches(Gold.GoldEvent ge, EventInfo info) {
        if (!intersects(info.types(), ge.types())) {
            return false;
        }
        Set<String> args = new HashSet<>(ge.locations());
        args.addAll(ge.participants());
        if (args.isEmpty()) {
            return true;
        }
        Set<String> sys = new HashSet<>(info.places());
        sys.addAll(info.parts());
        sys.retainAll(args);
        return !sys.isEmpty();
    }

    private static boolean dateRight(Gold.GoldEvent ge, EventInfo info) {
        return ge.date() != null && info.dates().stream().anyMatch(d -> d.startsWith(ge.date()));
    }

    private void events() {
        List<Node> sys = g.events();
        Map<Node, EventInfo> infos = new LinkedHashMap<>();
        sys.forEach(e -> infos.put(e, info(e)));
        List<Gold.GoldEvent> golds = gold.events();
        Map<Integer, List<Node>> adj = new HashMap<>();
        for (int i = 0; i < golds.size(); i++) {
            Gold.GoldEvent ge = golds.get(i);
            List<Node> cand = new ArrayList<>();
            for (Node e : sys) {
                if (matches(ge, infos.get(e))) {
                    cand.add(e);
                }
            }
            // edges whose date is right are tried first (a stable sort, as score.py's)
            cand.sort(Comparator.comparing(e -> !dateRight(ge, infos.get(e))));
            adj.put(i, cand);
        }
        Map<Node, Integer> owner = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> golds.get(i).optional()).thenComparing(i -> adj.get(i).size()));
        for (int i : order) {
            augment(i, new HashSet<>(), adj, owner);
        }
        Map<Integer, Node> pairs = new HashMap<>();
        owner.forEach((e, i) -> pairs.put(i, e));
        int required = 0;
        int found = 0;
        int dated = 0;
        int datedRight = 0;
        for (int i = 0; i < golds.size(); i++) {
            Gold.GoldEvent ge = golds.get(i);
            if (ge.optional()) {
                continue;
            }
            required++;
            Node e = pairs.get(i);
            if (e == null) {
                score.missedEvent(ge.label() + " " + ge.types());
                continue;
            }
            found++;
            if (ge.date() != null) {
                dated++;
                if (dateRight(ge, infos.get(e))) {
                    datedRight++;
                }
            }
        }
        score.events.set(owner.size(), sys.size(), found, required);
        score.datesRight += datedRight;
        score.dated += dated;
        for (Node e : sys) {
            Integer i = owner.get(e);
            eventFacts(e, i == null ? null : golds.get(i), infos.get(e));
        }
    }

    /** The rules of a system event: its own (right when it matches a gold event) and those of its arguments. */
    private void eventFacts(Node e, Gold.GoldEvent ge, EventInfo info) {
        String name = g.localTypes(e, N) + " \"" + g.label(e) + "\"";
        score.fact(DocScore.EVENT_RULE, "event", ge != null ? Verdict.RIGHT : Verdict.WRONG, name);
        if (ge == null) {
            score.spuriousEvent(name);
        }
        Set<String> args = new HashSet<>();
        if (ge != null) {
            args.addAll(ge.locations());
            args.addAll(ge.participants());
        }
        List<String> props = new ArrayList<>(PARTICIPANT_PROPS);
        props.add(S + "location");
        for (String p : props) {
            for (Node o : g.values(e, p)) {
                SystemGraph.Rule r = g.rule(e, p, o);
                if (r == null) {
                    continue;
                }
                Verdict v = ge == null ? Verdict.WRONG : args.isEmpty() ? Verdict.UNKNOWN
                        : args.contains(inv.get(o)) ? Verdict.RIGHT : Verdict.WRONG;
                score.fact(r.id(), "event argument", v, name + " " + p.replaceAll(".*[/#]", "") + " \"" + g.label(o) + "\"");
            }
        }
        for (Node d : g.values(e, S + "startDate")) {
            SystemGraph.Rule r = g.rule(e, S + "startDate", d);
            if (r != null && !r.id().equals(DocScore.EVENT_RULE)) {
                Verdict v = ge == null ? Verdict.WRONG : ge.date() == null ? Verdict.UNKNOWN
                        : d.getLiteralLexicalForm().startsWith(ge.date()) ? Verdict.RIGHT : Verdict.WRONG;
                score.fact(r.id(), "event date", v, name + " on " + d.getLiteralLexicalForm());
            }
        }
        Objects.requireNonNull(info);
    }

    private static boolean augment(int gi, Set<Node> seen, Map<Integer, List<Node>> adj, Map<Node, Integer> owner) {
        for (Node e : adj.get(gi)) {
            if (!seen.add(e)) {
                continue;
            }
            if (!owner.containsKey(e) || augment(owner.get(e), seen, adj, owner)) {
                owner.put(e, gi);
                return true;
            }
        }
        return false;
    }

    private void quotes() {
        Map<Node, String> sys = new LinkedHashMap<>();
        for (Node q : g.quotes()) {
            List<String> parts = new ArrayList<>();
            g.values(q, S + "text").stream().filter(Node::isLiteral).forEach(o -> parts.add(Norm.norm(o.getLiteralLexicalForm())));
            sys.put(q, String.join(" ", parts));
        }
        int required = 0;
        int found = 0;
        int attributed = 0;
        int withSpeaker = 0;
        for (Gold.GoldQuote q : gold.quotes()) {
            if (q.optional()) {
                continue;
            }
            required++;
            List<Node> hits = hits(q, sys);
            if (!hits.isEmpty()) {
                found++;
            }
            if (q.speaker() != null) {
                withSpeaker++;
                Set<String> speakers = speakers(hits);
                if (speakers.contains(q.speaker())) {
                    attributed++;
                } else {
                    score.wrongSpeaker("\"" + cut(q.text()) + "\" -> " + (hits.isEmpty() ? "not found"
                            : speakers.stream().filter(Objects::nonNull).sorted().toList()) + " (gold " + q.speaker() + ")");
                }
            }
        }
        score.quotesGold += required;
        score.quotesFound += found;
        score.quotesAttributed += attributed;
        score.quotesWithSpeaker += withSpeaker;
        score.quotesSystem += sys.size();
        // each attribution the system made, right or wrong, for its rule
        for (Map.Entry<Node, String> q : sys.entrySet()) {
            for (String p : SPEAKER_PROPS) {
                for (Node who : g.values(q.getKey(), p)) {
                    SystemGraph.Rule r = g.rule(q.getKey(), p, who);
                    Verdict v = Verdict.UNKNOWN;
                    for (Gold.GoldQuote gq : gold.quotes()) {
                        if (hits(gq, Map.of(q.getKey(), q.getValue())).isEmpty()) {
                            continue;
                        }
                        v = gq.speaker() != null && gq.speaker().equals(inv.get(who)) ? Verdict.RIGHT : Verdict.WRONG;
                        if (v == Verdict.RIGHT) {
                            break;
                        }
                    }
                    score.fact(r == null ? "(not reified)" : r.id(), "quote speaker", v,
                            "\"" + cut(q.getValue()) + "\" by \"" + g.label(who) + "\"");
                }
            }
        }
    }

    private static List<Node> hits(Gold.GoldQuote q, Map<Node, String> sys) {
        String t = Norm.norm(q.text());
        List<Node> hits = new ArrayList<>();
        sys.forEach((s, txt) -> {
            if (!t.isEmpty() && (txt.contains(t) || txt.length() > 15 && t.contains(txt))) {
                hits.add(s);
            }
        });
        return hits;
    }

    private Set<String> speakers(List<Node> hits) {
        Set<String> out = new LinkedHashSet<>();
        for (Node s : hits) {
            for (String p : SPEAKER_PROPS) {
                g.values(s, p).forEach(o -> out.add(inv.get(o)));
            }
        }
        return out;
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private void links() {
        int linkable = 0;
        int right = 0;
        int linked = 0;
        for (Map.Entry<String, List<Node>> m : mapped.entrySet()) {
            List<String> want = ents.get(m.getKey()).links();
            if (want.isEmpty()) {
                continue;
            }
            linkable++;
            Set<String> got = new LinkedHashSet<>();
            for (Node s : m.getValue()) {
                for (String p : LINK_PROPS) {
                    for (Node o : g.values(s, p)) {
                        if (o.isURI() && (o.getURI().contains("dbpedia.org/resource/") || o.getURI().contains("wikipedia.org/wiki/"))) {
                            got.add(URLDecoder.decode(o.getURI().substring(o.getURI().lastIndexOf('/') + 1).replace("+", "%2B"),
                                    StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            if (got.isEmpty()) {
                continue;
            }
            linked++;
            boolean ok = got.stream().anyMatch(x -> want.stream().anyMatch(w -> x.equalsIgnoreCase(w)));
            if (ok) {
                right++;
            } else {
                score.wrongLink(m.getKey() + " -> " + got + " (gold " + want + ")");
            }
        }
        score.linkable += linkable;
        score.linked += linked;
        score.linksRight += right;
    }
}
