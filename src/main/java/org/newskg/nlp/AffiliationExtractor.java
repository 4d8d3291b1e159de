package org.newskg.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A person's tie to an organization, team or country and the title it gives, from {@code
 * rules/affiliation.tokensregex}: "Gloucester prop Phil Vickery", "Bank of America's Robert Sinche",
 * "Robert Sinche, head of currency strategy at Bank of America". The tie is stated as {@code
 * schema:affiliation} ({@code schema:nationality} when a country comes before the title: "US actor Jamie Foxx");
 * a title with "former", "ex" or "then" (a past role) is not stated at all.
 */
final class AffiliationExtractor implements Extractor {
    private static final Set<String> POSITIONS = Words.ofKind("team-context.tsv", "role");
    private static final Set<String> MEMBERS = Words.ofKind("team-context.tsv", "member");
    private static final Set<String> MEDIA_NOUNS = Set.of("magazine", "newspaper", "paper", "channel", "website");
    private final TokenRules rules = new TokenRules("affiliation.tokensregex", Map.of(
            "org-title-person", (m, out) -> tie(m, out, true),
            "org-possessive", (m, out) -> tie(m, out, false),
            "person-title-of-org", (m, out) -> tie(m, out, true),
            "person-of-org", (m, out) -> tie(m, out, false)));

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        rules.run(doc, out);
    }

    private static void tie(TokenRules.Match m, FactSink out, boolean titleNeeded) {
        List<CoreLabel> t = m.tokens();
        Resolution res = m.doc().resolution();
        String person = res.at(m.sentence(), m.end("$name") - 1);
        String org = res.at(m.sentence(), m.start("$org"));
        if (person == null || org == null || person.equals(org) || res.entity(org).type() == EntityType.PERSON) {
            return;
        }
        int from = m.start("$title");
        int to = m.end("$title");
        boolean hasTitle = from >= 0 && to > from;
        // "Screen International's US editor Mike Goodridge": the country is part of the possessor's title
        if (titleNeeded && m.start("$org") > 0 && m.start("$org") < m.start("$name")
                && t.get(m.start("$org") - 1).word().matches("'s?|’s?")) {
            return;
        }
        // "Edinburgh pair Alasdair Strokosch and Simon Cross": a word for a team's or a group's people is no title
        boolean group = hasTitle && to - from == 1 && MEMBERS.contains(t.get(from).word().toLowerCase(java.util.Locale.ROOT));
        if (group) {
            hasTitle = false;
        } else if (hasTitle && !isTitle(t, from, to) || !hasTitle && titleNeeded) {
            return;
        }
        int first = Math.min(m.start("$org"), m.start("$name"));
        if (first > 0 && Titles.past(t.get(first - 1).word())
                || hasTitle && t.subList(from, to).stream().anyMatch(x -> Titles.past(x.word()))) {
            return;
        }
        Provenance p = new Provenance(m.rule().confidence(), m.rule().id(), m.sentence());
        String title = hasTitle ? Tokens.words(t, from, to) : "";
        List<String> people = new java.util.ArrayList<>(List.of(person));
        // "Stanford University students David Filo and Jerry Yang": a plural title is each listed name's
        if (group || hasTitle && "NNS".equals(t.get(to - 1).tag()) && m.start("$name") > m.start("$org")) {
            people.addAll(NameLists.after(res, m.sentence(), t, m.start("$name"), person));
        }
        List<String> orgs = new java.util.ArrayList<>(List.of(org));
        String also = m.start("$org") > m.start("$name") ? coordinated(res, m.sentence(), t, m.end("$org")) : null;
        if (also != null && !also.equals(person) && res.entity(also).type() == EntityType.ORGANIZATION) {
            orgs.add(also);
        }
        for (String who : people) {
            for (String o : orgs) {
                boolean asTeam = res.entity(o).merges().stream().anyMatch(x -> x.startsWith(EntityTyper.TEAM));
                out.relation(new Relation(who, asTeam ? RelationType.AFFILIATION : predicate(res.entity(o).type(), title), o, p));
            }
            if (hasTitle) {
                for (String part : titles(t, from, to)) {
                    out.relation(new Relation(who, RelationType.JOB_TITLE, part, p));
                }
            }
        }
    }

    /**
     * "journalist and dating expert": titles joined by "and" are two titles, each kept when it ends in a
     * noun; any other title is one.
     */
    static List<String> titles(List<CoreLabel> t, int from, int to) {
        List<String> parts = new java.util.ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || t.get(i).word().equals("and")) {
                if (i > start && t.get(i - 1).tag() != null && t.get(i - 1).tag().startsWith("NN")) {
                    parts.add(Tokens.words(t, start, i));
                }
                start = i + 1;
            }
        }
        return parts.size() > 1 ? parts : List.of(Tokens.words(t, from, to));
    }

    /**
     * "expert for Company magazine and the Daily Express": the organization coordinated right after the
     * tied one (a word for what it is between them allowed), or null.
     */
    private static String coordinated(Resolution res, int s, List<CoreLabel> t, int end) {
        int k = end;
        if (k < t.size() && MEDIA_NOUNS.contains(t.get(k).word())) {
            k++;
        }
        if (k >= t.size() || !t.get(k).word().equals("and")) {
            return null;
        }
        k++;
        if (k < t.size() && t.get(k).word().equalsIgnoreCase("the")) {
            k++;
        }
        return k < t.size() ? res.at(s, k) : null;
    }

    /**
     * The tie a title gives: with a country, a state office makes the holder its leader or one who works for
     * it ({@code office-titles.tsv}), any other title or none says the person's nationality ("US actor Jamie
     * Foxx", "Nicolas Sarkozy of France"); with an organization, or a country named as a sports team ("France
     * coach Bernard Laporte", type/team), the tie is an affiliation.
     */
    static RelationType predicate(EntityType orgType, String title) {
        if (orgType != EntityType.COUNTRY) {
            return RelationType.AFFILIATION;
        }
        String office = Titles.office(title);
        if (office == null) {
            return RelationType.NATIONALITY;
        }
        return office.equals("leaderOf") ? RelationType.LEADER_OF : RelationType.WORKS_FOR;
    }

    /**
     * A title: some word NER tags TITLE, is a position in a team or a word of a known title, no verb, pronoun
     * or wh-word, a capitalized word only if NER tags it TITLE or it is a known title's word ("Treasury
     * Secretary"), and it ends in a noun.
     */
    static boolean isTitle(List<CoreLabel> t, int from, int to) {
        boolean titleWord = false;
        for (int i = from; i < to; i++) {
            CoreLabel x = t.get(i);
            String tag = x.tag() == null ? "" : x.tag();
            String lower = x.word().toLowerCase(java.util.Locale.ROOT);
            // "Fly-half": the first word of a hyphenated compound may be tagged a verb
            boolean compoundHead = i + 1 < to && Tokens.isHyphen(t.get(i + 1));
            if ((tag.startsWith("VB") && !compoundHead) || tag.startsWith("W") || tag.startsWith("PRP") || tag.equals("MD")) {
                return false;
            }
            boolean known = Titles.isTitleWord(lower) || POSITIONS.contains(lower) || POSITIONS.contains(Tokens.compound(t, i));
            if (Character.isUpperCase(x.word().charAt(0)) && !"TITLE".equals(x.ner()) && !known && i == to - 1) {
                return false;
            }
            titleWord |= "TITLE".equals(x.ner()) || known;
        }
        CoreLabel end = t.get(to - 1);
        String last = end.tag();
        // "Leicester star Lewis Moody": a last word that says what someone is or does, though NER does not tag it
        titleWord |= last != null && last.startsWith("NN") && Character.isLowerCase(end.word().charAt(0))
                && PersonNouns.contains(end.lemma() == null ? end.word() : end.lemma())
                && t.subList(from, to).stream().noneMatch(x -> PersonNouns.tie(x.word()));
        return titleWord && last != null && last.startsWith("NN");
    }
}
