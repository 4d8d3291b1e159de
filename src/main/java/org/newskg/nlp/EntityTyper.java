package org.newskg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.DataFile;
import org.newskg.extraction.EntityType;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * One entity, one type, from all of its mentions and their context, not only from NER's tag of each name:
 * NER tags a footballer ORGANIZATION, a blog PERSON, a club by its city's name LOCATION, and takes the title
 * of a film or an award for a name. Each decision is noted on the entity with its rule id:
 * <ul>
 *   <li>{@value #PERSON_PRONOUN}: a place or organization whose name starts with a given name and whose
 *       coreference chain has "he" or "she" is a person;</li>
 *   <li>{@value #COORDINATED_PERSON}: such a name coordinated with a person's name ("Alasdair Strokosch and
 *       Simon Cross") is a person;</li>
 *   <li>{@value #IT_PRONOUN}: a one-word "person" that is no given name and whose chain has "it" or "its"
 *       but no personal pronoun ("Technorati ... it tracks") is an organization;</li>
 *   <li>{@value #WORK}: a name right after a noun for a work ("the film Ray", "drama Vera Drake") or
 *       followed by "by" and a person ("White Teeth by Zadie Smith") is a work, not an entity;</li>
 *   <li>{@value #AWARD}: a name that ends in "Award", "Cup", "Prize", ... is an award or a competition,
 *       not an entity;</li>
 *   <li>{@value #LINK_KIND}: an entity linked to an organization's page ("Busted_(band)", "Chelsea_F.C.")
 *       is an organization;</li>
 *   <li>{@value #ORG_HEAD}: a name of two words or more that ends in a word for an organization ("UK
 *       Independence Party", "Secondary Heads Association", {@code organization-heads.tsv}) is an
 *       organization's;</li>
 *   <li>{@value #ORG_NOUN}: a name right after a noun for an organization ("his new band Fightstar", "rival
 *       firm Dell", {@code organization-nouns.tsv}), with no given name, is an organization's;</li>
 *   <li>{@value #PLURAL}: a one-name "person", no given name, never "he" or "she", that is the subject of a
 *       verb in the plural ("Fightstar are", "Chelsea have") is an organization, a band or a team;</li>
 *   <li>{@value #TEAM}: a place named as a sports team ("Scotland's coach", "Gloucester prop Phil Vickery",
 *       "France beat Scotland", "England v Wales"), or a country or city that a sports report
 *       ({@code sport-cues.tsv}) not on single competitors ({@code sport-kinds.tsv}) never names as the place of
 *       something, is the team: its link to the place's
 *       page is dropped, and a city's name is an organization.</li>
 * </ul>
 */
final class EntityTyper {
    static final String PERSON_PRONOUN = "type/personal-pronoun";
    static final String COORDINATED_PERSON = "type/coordinated-person";
    static final String IT_PRONOUN = "type/it-pronoun";
    static final String WORK = "entity/work";
    static final String AWARD = "entity/award-or-competition";
    static final String LINK_KIND = "type/link-kind";
    static final String TEAM = "type/team";
    static final String ORG_HEAD = "type/organization-head";
    static final String PLURAL = "type/plural-verb";
    static final String ORG_NOUN = "type/organization-noun";

    private static final Set<String> ROLES = Words.ofKind("team-context.tsv", "role");
    private static final Set<String> MEMBERS = Words.ofKind("team-context.tsv", "member");
    private static final Set<String> MATCH_VERBS = Words.ofKind("team-context.tsv", "match");
    private static final Set<String> VERSUS = Words.ofKind("team-context.tsv", "versus");
    private static final Set<String> BEFORE = Words.ofKind("team-context.tsv", "before");
    private static final Set<String> RESULTS = Words.ofKind("team-context.tsv", "result");
    private static final Set<String> RESULT_PREPOSITIONS = Set.of("over", "against", "to", "by", "with");
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d{1,3}-\\d{1,3}");
    private static final Set<String> WORK_NOUNS = Words.set("work-nouns.tsv");
    private static final Set<String> AWARD_HEADS = Words.set("non-entity-name-heads.tsv");
    static final Set<String> ORG_HEADS = Words.set("organization-heads.tsv");
    private static final Set<String> ORG_NOUNS = Words.set("organization-nouns.tsv");
    private static final Set<String> SPORT_CUES = Words.set("sport-cues.tsv");
    /** Different words of {@code sport-cues.tsv} that make an article a sports report. */
    private static final int SPORT_CUES_NEEDED = 6;
    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "to", "into", "across", "around",
            "outside", "inside", "throughout", "of", "north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her", "himself", "herself");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    private static final Map<String, EntityType> LINK_KINDS = new HashMap<>();

    static {
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/link-kinds.tsv", 2, 2)) {
            if (!r.get(1).equals("organization")) {
                throw r.error("the kind must be organization");
            }
            LINK_KINDS.put(r.get(0), EntityType.ORGANIZATION);
        }
    }

    private EntityTyper() {
    }

    /** The decisions a name makes by itself, before names are merged by kind (acronyms, variants). */
    static void byName(List<Cluster> clusters) {
        for (Cluster c : clusters) {
            if (c.type() != EntityType.ORGANIZATION && c.names.stream().anyMatch(m -> Names.tokens(m.text()).length >= 2
                    && ORG_HEADS.contains(Names.last(m.text())))) {
                decide(c, EntityType.ORGANIZATION, ORG_HEAD, "its name ends in a word for an organization");
            }
        }
    }

    /** The decisions that come before linking (a person's page is chosen by a person's rules). */
    static void beforeLinking(DocView doc, List<Cluster> clusters) {
        Map<Cluster, Set<String>> pronouns = pronouns(doc, clusters);
        for (Cluster c : new ArrayList<>(clusters)) {
            String why = notAnEntity(doc, c, clusters);
            if (why != null) {
                clusters.remove(c);
                continue;
            }
            Set<String> chain = pronouns.getOrDefault(c, Set.of());
            boolean noGivenName = c.names.stream().noneMatch(m -> FirstNames.contains(Names.first(m.text())));
            boolean noPersonName = noGivenName && chain.stream().noneMatch(PERSONAL::contains);
            boolean noPersonalPronoun = chain.stream().noneMatch(PERSONAL::contains);
            if (c.type() != EntityType.ORGANIZATION && (noGivenName || c.isPerson() && noPersonalPronoun)
                    && afterOrganizationNoun(doc, c)) {
                decide(c, EntityType.ORGANIZATION, ORG_NOUN, "a noun for an organization comes right before its name");
                continue;
            }
            if (c.isPerson() && c.fullNames().isEmpty() && noPersonName && c.names.stream().anyMatch(m -> pluralSubject(doc, m))) {
                decide(c, EntityType.ORGANIZATION, PLURAL, "it is the subject of a verb in the plural, as a band or a team is");
                continue;
            }
            if (!c.isPerson() && startsWithGivenName(c)) {
                if (chain.stream().anyMatch(PERSONAL::contains)) {
                    decide(c, EntityType.PERSON, PERSON_PRONOUN, "its coreference chain says \"he\" or \"she\"");
                } else if (coordinatedWith(doc, c, clusters, Cluster::isPerson)) {
                    decide(c, EntityType.PERSON, COORDINATED_PERSON, "it is coordinated with a person's name");
                }
            } else if (c.isPerson() && c.fullNames().isEmpty() && !FirstNames.contains(c.first().text())
                    && chain.stream().anyMatch(NEUTER::contains) && chain.stream().noneMatch(PERSONAL::contains)) {
                decide(c, EntityType.ORGANIZATION, IT_PRONOUN, "its coreference chain says \"it\", never \"he\" or \"she\"");
            }
        }
    }

    /** A Wikipedia title of a sports team's page: "Chelsea_F.C.", "Bath_Rugby_RFC", "Italy_national_rugby_union_team". */
    static boolean isTeamPage(String wiki) {
        return wiki.matches(".*(F\\.C\\.|FC|R\\.F\\.C\\.|RFC|_team)$");
    }

    /** The decisions that read the chosen link, or drop it. */
    static void afterLinking(DocView doc, List<Cluster> clusters) {
        Set<Cluster> teams = new HashSet<>();
        for (Cluster c : clusters) {
            EntityType byLink = c.wiki == null ? null : linkKind(c.wiki);
            if (byLink != null && c.type() != byLink) {
                decide(c, byLink, LINK_KIND, "its page " + c.wiki + " is an organization's");
            }
            if (byLink != null && isTeamPage(c.wiki)) {
                teams.add(c);
            } else if (c.type().isPlace() && isTeam(doc, c, clusters)) {
                teams.add(c);
                team(c, "it is named as a sports team");
            }
        }
        // a sports report: a country or city named but not as the place of something is its team; not in a
        // report on single competitors, where "France's Dechy" is her country
        if (sportsReport(doc) && !singleCompetitorReport(doc)) {
            Set<Cluster> named = Set.copyOf(teams);
            for (Cluster c : clusters) {
                if (!teams.contains(c) && (c.type() == EntityType.COUNTRY || c.type() == EntityType.CITY)
                        && c.names.stream().noneMatch(m -> locative(doc, m, c.type() == EntityType.COUNTRY, clusters, named))) {
                    teams.add(c);
                    team(c, "it is named in a sports report, never as the place of something");
                }
            }
        }
        // "Chelsea and Barcelona", "Juventus, Lyon": a city listed with a team is a team
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Cluster c : clusters) {
                if (!teams.contains(c) && c.type().isPlace() && c.type() != EntityType.COUNTRY
                        && coordinatedWith(doc, c, clusters, teams::contains)) {
                    teams.add(c);
                    team(c, "it is listed with a sports team");
                    grew = true;
                }
            }
        }
    }

    private static void team(Cluster c, String why) {
        String page = c.wiki;
        c.wiki = null;
        if (c.type() != EntityType.COUNTRY) {
            decide(c, EntityType.ORGANIZATION, TEAM, why);
        } else {
            c.merges.add(TEAM + ": \"" + c.first().text() + "\" is named as a sports team"
                    + (page != null ? ", not the country of " + page : ""));
        }
    }

    /** True when a name of the cluster is coordinated with a name of a cluster that {@code partner} accepts. */
    private static boolean coordinatedWith(DocView doc, Cluster c, List<Cluster> clusters,
                                           java.util.function.Predicate<Cluster> partner) {
        for (NameMention m : c.names) {
            SemanticGraph g = doc.deps(m.sentence());
            IndexedWord h = head(g, m);
            if (h == null) {
                continue;
            }
            List<Integer> others = new ArrayList<>();
            g.outgoingEdgeIterable(h).forEach(e -> {
                if (Deps.rel(e).equals("conj")) {
                    others.add(e.getDependent().index() - 1);
                }
            });
            g.incomingEdgeIterable(h).forEach(e -> {
                if (Deps.rel(e).equals("conj")) {
                    others.add(e.getGovernor().index() - 1);
                }
            });
            for (int i : others) {
                Cluster o = at(clusters, m.sentence(), i);
                if (o != null && o != c && partner.test(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void decide(Cluster c, EntityType type, String rule, String why) {
        c.decided = type;
        c.merges.add(rule + ": \"" + c.first().text() + "\" is " + (type == EntityType.PERSON ? "a person"
                : type == EntityType.ORGANIZATION ? "an organization" : "a place") + ": " + why);
    }

    /** The kind a page title gives ("Busted_(band)", "Chelsea_F.C."), or null. */
    static EntityType linkKind(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int open = t.lastIndexOf('(');
        List<String> words = new ArrayList<>();
        if (open >= 0 && t.endsWith(")")) {
            words.addAll(List.of(t.substring(open + 1, t.length() - 1).split("[_\\s]+")));
        }
        String[] plain = t.replaceAll("_?\\(.*\\)$", "").split("_");
        if (plain.length > 1) {
            words.add(plain[plain.length - 1]);
        }
        for (String w : words) {
            if (LINK_KINDS.containsKey(w)) {
                return LINK_KINDS.get(w);
            }
        }
        return null;
    }

    private static boolean startsWithGivenName(Cluster c) {
        return c.names.stream().anyMatch(m -> {
            String[] t = Names.tokens(m.text());
            return t.length >= 2 && t.length <= 3 && FirstNames.contains(t[0]) && !Names.isAcronym(m.text())
                    && java.util.Arrays.stream(t).noneMatch(w -> w.equals("&") || w.equals("and") || w.equals("of"));
        });
    }

    /** Why the cluster names no entity (a work, an award), or null. */
    private static String notAnEntity(DocView doc, Cluster c, List<Cluster> clusters) {
        if (c.names.stream().allMatch(m -> AWARD_HEADS.contains(Names.last(m.text())))) {
            return AWARD;
        }
        if (c.isPerson() && c.fullNames().stream().anyMatch(n -> FirstNames.contains(Names.first(n)))) {
            return null;
        }
        for (NameMention m : c.names) {
            List<CoreLabel> t = doc.tokens(m.sentence());
            CoreLabel before = m.tokenBegin() > 0 ? t.get(m.tokenBegin() - 1) : null;
            if (before != null && WORK_NOUNS.contains(before.word()) && before.tag() != null && before.tag().startsWith("NN")) {
                return WORK;
            }
            if (m.tokenEnd() + 1 < t.size() && t.get(m.tokenEnd()).word().equals("by")
                    && personAt(clusters, m.sentence(), m.tokenEnd() + 1) && !c.type().isPlace()) {
                return WORK;
            }
        }
        return null;
    }

    private static boolean personAt(List<Cluster> clusters, int sentence, int index0) {
        Cluster c = at(clusters, sentence, index0);
        return c != null && c.isPerson();
    }

    private static Cluster at(List<Cluster> clusters, int sentence, int index0) {
        for (Cluster c : clusters) {
            for (NameMention m : c.names) {
                if (m.coversToken(sentence, index0)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The token of the mention whose governor lies outside it (its syntactic head), or null. */
    static IndexedWord head(SemanticGraph g, NameMention m) {
        if (g == null) {
            return null;
        }
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null) {
                continue;
            }
            boolean inside = false;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                int gi = e.getGovernor().index() - 1;
                inside |= gi >= m.tokenBegin() && gi < m.tokenEnd();
            }
            if (!inside) {
                return w;
            }
        }
        return null;
    }

    private static final Map<String, String> SPORT_KINDS = Words.map("sport-kinds.tsv");

    /**
     * A report on a sport of single competitors: more different words of {@code sport-kinds.tsv} of the
     * kind "individual" ("tennis", "seeded") than of the kind "team" ("squad", "striker").
     */
    static boolean singleCompetitorReport(DocView doc) {
        Set<String> individual = new java.util.HashSet<>();
        Set<String> team = new java.util.HashSet<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            for (CoreLabel t : doc.tokens(s)) {
                String w = t.word().toLowerCase(Locale.ROOT);
                String kind = SPORT_KINDS.get(w);
                if ("individual".equals(kind)) {
                    individual.add(w);
                } else if ("team".equals(kind)) {
                    team.add(w);
                }
            }
        }
        return individual.size() > team.size();
    }

    /** Six different words of sports reports ({@code sport-cues.tsv}) make an article a sports report. */
    static boolean sportsReport(DocView doc) {
        Set<String> seen = new java.util.HashSet<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            for (CoreLabel t : doc.tokens(s)) {
                String w = t.word().toLowerCase(Locale.ROOT);
                if (SPORT_CUES.contains(w)) {
                    seen.add(w);
                }
            }
        }
        return seen.size() >= SPORT_CUES_NEEDED;
    }

    /**
     * "in Paris", "from Japan", "Sapporo, Japan", "north London", "the London club": the name is the place of
     * something.
     */
    private static boolean locative(DocView doc, NameMention m, boolean country, List<Cluster> clusters, Set<Cluster> teams) {
        List<CoreLabel> t = doc.tokens(m.sentence());
        // "the London club": a city's name modifies a noun, as the place of what that noun names; a country's
        // in a sports report is its team's ("Scotland doctor James Robson", "the France game"), unless the
        // noun is an organization's or one is named after it ("US team Cloud9", "the US team")
        int after = m.tokenEnd();
        if (after < t.size() && t.get(after).tag() != null && t.get(after).tag().startsWith("NN")
                && Character.isLowerCase(t.get(after).word().charAt(0))) {
            Cluster named = after + 1 < t.size() ? at(clusters, m.sentence(), after + 1) : null;
            // "Leicester star Lewis Moody": a person named by what they are in a team is the team's
            boolean teamsPerson = named != null && named.type() == EntityType.PERSON && personNoun(t.get(after));
            if (!teamsPerson && (!country || named != null && named.type() == EntityType.ORGANIZATION
                    || ORG_NOUNS.contains(t.get(after).word()) || t.get(after).word().equals("team"))) {
                return true;
            }
        }
        // "from Gloucester's Andy Gomarsall": the preposition's object is the person, not the possessor
        if (m.tokenBegin() == 0 || after + 1 < t.size() && t.get(after).word().matches("'s?|’s?")
                && at(clusters, m.sentence(), after + 1) != null && at(clusters, m.sentence(), after + 1).type() == EntityType.PERSON) {
            return false;
        }
        String before = t.get(m.tokenBegin() - 1).word().toLowerCase(Locale.ROOT);
        if (LOCATIVE.contains(before)) {
            return true;
        }
        // "Sapporo, Japan": after a comma, the place of the place named before it; "Juventus, Lyon": not after a team
        Cluster previous = m.tokenBegin() >= 2 ? at(clusters, m.sentence(), m.tokenBegin() - 2) : null;
        return before.equals(",") && m.tokenBegin() >= 2 && "NNP".equals(t.get(m.tokenBegin() - 2).tag())
                && (previous == null || previous.type().isPlace() && !teams.contains(previous));
    }

    /**
     * A position in a team, or a lower-case noun that says what someone is or does and that NER does not tag
     * TITLE: "star", but not "mayor" or "MP", a city's or a country's office.
     */
    private static boolean personNoun(CoreLabel w) {
        String lemma = w.lemma() == null ? w.word() : w.lemma();
        return ROLES.contains(w.word()) || PersonNouns.contains(lemma) && !"TITLE".equals(w.ner());
    }

    /** True when a mention of the cluster is named as a team. */
    private static boolean isTeam(DocView doc, Cluster c, List<Cluster> clusters) {
        for (NameMention m : c.names) {
            List<CoreLabel> t = doc.tokens(m.sentence());
            int after = m.tokenEnd();
            if (after < t.size() && (t.get(after).word().equals("'s") || t.get(after).word().equals("'"))) {
                after++;
            }
            if (after < t.size() && (ROLES.contains(t.get(after).word()) || MEMBERS.contains(t.get(after).word()))
                    && at(clusters, m.sentence(), after) == null) {
                return true;
            }
            if (m.tokenEnd() + 1 < t.size() && VERSUS.contains(t.get(m.tokenEnd()).word().toLowerCase(Locale.ROOT))
                    && nonPersonAt(clusters, m.sentence(), m.tokenEnd() + 1)) {
                return true;
            }
            if (m.tokenBegin() >= 2 && VERSUS.contains(t.get(m.tokenBegin() - 1).word().toLowerCase(Locale.ROOT))
                    && nonPersonAt(clusters, m.sentence(), m.tokenBegin() - 2)) {
                return true;
            }
            if (m.tokenBegin() > 0 && BEFORE.contains(t.get(m.tokenBegin() - 1).word())) {
                return true;
            }
            if (scoreStartsAt(t, after)) {
                return true;
            }
            if (m.tokenBegin() >= 2 && RESULT_PREPOSITIONS.contains(t.get(m.tokenBegin() - 1).word())) {
                String before = t.get(m.tokenBegin() - 2).word().toLowerCase(Locale.ROOT);
                if (RESULTS.contains(before) || scoreEndsAt(t, m.tokenBegin() - 2)
                        || scoreEndsAt(t, m.tokenBegin() - 3)) {
                    return true;
                }
            }
            if (matchArgument(doc, m, clusters) || pluralSubject(doc, m)) {
                return true;
            }
        }
        return false;
    }

    /** A score, "17-16" as one token or as "17", "-", "16", begins at index {@code i}. */
    static boolean scoreStartsAt(List<CoreLabel> t, int i) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        return SCORE.matcher(t.get(i).word()).matches() || i + 2 < t.size() && isScorePart(t, i, i + 1, i + 2);
    }

    /** A score ends at index {@code i}. */
    static boolean scoreEndsAt(List<CoreLabel> t, int i) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        return SCORE.matcher(t.get(i).word()).matches() || i >= 2 && isScorePart(t, i - 2, i - 1, i);
    }

    private static boolean isScorePart(List<CoreLabel> t, int a, int dash, int b) {
        return t.get(a).word().matches("\\d{1,3}") && t.get(dash).word().matches("-|\u2013")
                && t.get(b).word().matches("\\d{1,3}");
    }

    /**
     * "his new band Fightstar", "rival firm Dell": a noun for an organization right before one of the names,
     * also where NER did not tag that occurrence.
     */
    private static boolean afterOrganizationNoun(DocView doc, Cluster c) {
        Set<String> names = new java.util.HashSet<>();
        c.names.forEach(m -> names.add(m.text()));
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int i = 1; i < t.size(); i++) {
                if (!ORG_NOUNS.contains(t.get(i - 1).word()) || i > 1 && t.get(i - 2).word().matches("'s?")) {
                    continue;
                }
                for (String n : names) {
                    if (wordsAt(t, i, Names.tokens(n))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean wordsAt(List<CoreLabel> t, int i, String[] words) {
        if (i + words.length > t.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!Names.normal(t.get(i + k).word()).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonPersonAt(List<Cluster> clusters, int sentence, int index0) {
        Cluster c = at(clusters, sentence, index0);
        return c != null && !c.isPerson();
    }

    /**
     * "Liverpool are not", "France take on Wales": a place's name, singular, as the subject of a verb in the
     * plural, which British English uses for a team and never for the place.
     */
    private static boolean pluralSubject(DocView doc, NameMention m) {
        SemanticGraph g = doc.deps(m.sentence());
        IndexedWord h = head(g, m);
        if (h == null || !"NNP".equals(h.tag()) || coordinated(g, h)) {
            return false;
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(h)) {
            if (!Deps.full(e).equals(Deps.NSUBJ) && !Deps.full(e).equals(Deps.NSUBJ_PASS)) {
                continue;
            }
            IndexedWord verb = e.getGovernor();
            long subjects = g.outgoingEdgeList(verb).stream().filter(x -> Deps.rel(x).startsWith(Deps.NSUBJ)).count();
            if (subjects != 1) {
                continue;
            }
            // the finite verb: the first auxiliary or copula, else the verb itself
            IndexedWord finite = verb;
            for (SemanticGraphEdge a : g.outgoingEdgeIterable(verb)) {
                String r = Deps.rel(a);
                if ((r.equals(Deps.AUX) || r.equals("cop")) && a.getDependent().index() < finite.index()) {
                    finite = a.getDependent();
                }
            }
            if ("VBP".equals(finite.tag()) || "VBD".equals(finite.tag()) && finite.word().equalsIgnoreCase("were")) {
                return true;
            }
        }
        return false;
    }

    /** True when the word is coordinated with another ("Malaysia and Indonesia") or in apposition. */
    private static boolean coordinated(SemanticGraph g, IndexedWord h) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(h)) {
            if (Deps.rel(e).equals("conj") || Deps.rel(e).equals(Deps.APPOS)) {
                return true;
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(h)) {
            if (Deps.rel(e).equals("conj") || Deps.rel(e).equals(Deps.APPOS)) {
                return true;
            }
        }
        return false;
    }

    /** "France beat Scotland": the subject and the object of a match verb, both places or organizations. */
    private static boolean matchArgument(DocView doc, NameMention m, List<Cluster> clusters) {
        SemanticGraph g = doc.deps(m.sentence());
        IndexedWord h = head(g, m);
        if (h == null) {
            return false;
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(h)) {
            IndexedWord verb = e.getGovernor();
            String r = Deps.rel(e);
            if (!(r.equals(Deps.NSUBJ) || r.equals(Deps.OBJ)) || verb.lemma() == null
                    || !MATCH_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String other = r.equals(Deps.NSUBJ) ? Deps.OBJ : Deps.NSUBJ;
            for (SemanticGraphEdge o : g.outgoingEdgeIterable(verb)) {
                if (Deps.rel(o).equals(other) && nonPersonAt(clusters, m.sentence(), o.getDependent().index() - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pronouns of the coreference chains each cluster's names are in, lower case. */
    private static Map<Cluster, Set<String>> pronouns(DocView doc, List<Cluster> clusters) {
        Map<Cluster, Set<String>> out = new HashMap<>();
        Map<Integer, CorefChain> chains = doc.doc().get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null) {
            return out;
        }
        for (CorefChain chain : chains.values()) {
            Set<Cluster> named = new HashSet<>();
            Set<String> words = new HashSet<>();
            for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                Cluster c = EntityResolver.soleNameIn(clusters, cm);
                if (c != null) {
                    named.add(c);
                }
                words.add(cm.mentionSpan.toLowerCase(Locale.ROOT));
            }
            if (named.size() == 1) {
                out.computeIfAbsent(named.iterator().next(), k -> new HashSet<>()).addAll(words);
            }
        }
        return out;
    }
}
