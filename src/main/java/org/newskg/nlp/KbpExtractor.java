package org.newskg.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.DataFile;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * CoreNLP's KBP relations, mapped onto the properties of DESIGN §3 (rule {@value #RULE}); subjects and
 * entity objects must resolve to entities of the article.
 */
final class KbpExtractor implements Extractor {
    static final String RULE = "kbp";
    private static final double MIN_CONFIDENCE = 0.5;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A KBP relation as newskg keeps it. */
    private record Mapping(RelationType type, boolean reverse) {
    }

    private static final Map<String, Mapping> MAP = new HashMap<>();

    static {
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/kbp-relations.tsv", 3, 3)) {
            RelationType t = RelationType.ofLocalName(r.get(1));
            if (t == null || !List.of("forward", "reverse").contains(r.get(2))
                    || r.get(2).equals("reverse") && t.objectKind() != RelationType.ObjectKind.ENTITY) {
                throw r.error("expected a property of DESIGN §3 and forward or reverse (reverse for entities only)");
            }
            MAP.put(r.get(0), new Mapping(t, r.get(2).equals("reverse")));
        }
    }

    /** Most dependency relations between a person and a title that is theirs ("X became the director": two). */
    private static final int TITLE_DISTANCE = 2;

    /** Words before a title that make it a subordinate one. */
    private static final java.util.Set<String> SUBORDINATE = java.util.Set.of("deputy", "vice", "assistant", "associate",
            "acting", "vice-");

    @Override
    public void extract(DocumentContext ctx, FactSink sink) {
        DocView doc = ctx.view();
        Resolution res = ctx.resolution();
        Consumer<Relation> out = sink::relation;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<RelationTriple> triples = doc.sentence(s).get(CoreAnnotations.KBPTriplesAnnotation.class);
            if (triples == null) {
                continue;
            }
            for (RelationTriple t : triples) {
                map(doc, res, s, t, out);
            }
        }
    }

    private static void map(DocView doc, Resolution res, int s, RelationTriple t, Consumer<Relation> out) {
        Mapping m = MAP.get(t.relationGloss());
        if (t.confidence < MIN_CONFIDENCE || m == null) {
            return;
        }
        Provenance prov = new Provenance(Math.min(1, t.confidence), RULE, s);
        String subject = entityOf(res, s, t.subject);
        if (subject == null) {
            return;
        }
        String object = switch (m.type().objectKind()) {
            case ENTITY -> entityOf(res, s, t.object);
            case STRING -> text(doc, t.object);
            case INTEGER -> firstMatch(NUMBER, text(doc, t.object));
            case DATE -> firstMatch(ISO_DATE, t.object.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
        };
        if (m.type() == RelationType.JOB_TITLE && (!titleFits(doc, res, s, subject, t.object)
                || !near(doc.deps(s), t.subject, t.object) || listLabel(doc.tokens(s), t.subject, t.object))) {
            return;
        }
        RelationType type = m.type();
        if (type == RelationType.LEADER_OF && !headTitleIn(doc.tokens(s))) {
            type = RelationType.WORKS_FOR;
        }
        // "England's Josh Lewsey" in a sports report: the country is the team he plays for, not his nationality
        if (type == RelationType.NATIONALITY && object != null
                && res.entity(object).merges().stream().anyMatch(x -> x.startsWith(EntityTyper.TEAM))) {
            type = RelationType.AFFILIATION;
        }
        if (object != null && !object.equals(subject)) {
            out.accept(m.reverse() ? new Relation(object, type, subject, prov) : new Relation(subject, type, object, prov));
        }
    }

    /**
     * KBP's "top member or employee" is a leader only when the sentence gives a head's title ("chief executive",
     * "president", "leader": the leaderOf rows of roles.tsv and office-titles.tsv), not as a deputy, not a
     * past one, not "head of currency strategy" and not "chief economist"; otherwise the person works for the organization (the
     * leader reading was right 8 times in 17 on the BBC gold set).
     */
    static boolean headTitleIn(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> title : Titles.HEAD_TITLES) {
                if (!startsWith(tokens, i, title)) {
                    continue;
                }
                int end = i + title.size();
                String before = i > 0 ? tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
                boolean subordinate = SUBORDINATE.contains(before) || Titles.PAST.contains(before);
                boolean ofAField = end + 1 < tokens.size() && tokens.get(end).word().equals("of")
                        && Character.isLowerCase(tokens.get(end + 1).word().charAt(0))
                        && !tokens.get(end + 1).word().equals("the");
                // "chief economist": a head's word modifying another noun is not the title
                boolean modifier = end < tokens.size() && tokens.get(end).tag() != null
                        && tokens.get(end).tag().startsWith("NN") && Character.isLowerCase(tokens.get(end).word().charAt(0));
                if (!subordinate && !ofAField && !modifier) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(List<CoreLabel> tokens, int i, List<String> title) {
        if (i + title.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < title.size(); k++) {
            String w = tokens.get(i + k).word().toLowerCase(java.util.Locale.ROOT);
            String lemma = tokens.get(i + k).lemma();
            if (!w.equals(title.get(k)) && !(lemma != null && lemma.toLowerCase(java.util.Locale.ROOT).equals(title.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A title is a person's, is made of lower-case words or words NER tags TITLE ("Aviator", a film, is not
     * one), is not a past role ("former Home Secretary") and not an award's category ("best director").
     */
    private static boolean titleFits(DocView doc, Resolution res, int s, String subject, List<CoreLabel> title) {
        if (res.entity(subject).type() != org.newskg.extraction.EntityType.PERSON) {
            return false;
        }
        for (CoreLabel x : title) {
            if (Character.isUpperCase(x.word().charAt(0)) && !"TITLE".equals(x.ner())) {
                return false;
            }
            if (Titles.past(x.word())) {
                return false;
            }
        }
        int before = title.get(0).index() - 2;
        List<CoreLabel> tokens = doc.tokens(s);
        // "director Sir Richard Eyre": a title right before a person's name is that person's, not another's
        int after = title.get(title.size() - 1).index();
        while (after < tokens.size() && Names.isRank(tokens.get(after).word())) {
            after++;
        }
        String named = after < tokens.size() ? res.at(s, after) : null;
        if (named != null && !named.equals(subject) && res.entity(named).type() == org.newskg.extraction.EntityType.PERSON) {
            return false;
        }
        // "best director", "best actress": an award's category, not the person's title
        return before < 0 || !Titles.notCurrentBefore(tokens.get(before).word());
    }

    /**
     * Whether a separator stands between the title and the person: a semicolon, a colon or a dash that is no
     * hyphen inside a word. "director - Clint Eastwood; actor - Jamie Foxx" labels the items of a list (a
     * critic's picks), it gives no one a title.
     */
    static boolean listLabel(List<CoreLabel> tokens, List<CoreLabel> person, List<CoreLabel> title) {
        int from = Math.min(person.get(person.size() - 1).index(), title.get(title.size() - 1).index());
        int to = Math.max(person.get(0).index(), title.get(0).index()) - 1;
        for (int i = from; i < to && i < tokens.size(); i++) {
            CoreLabel w = tokens.get(i);
            if (w.word().matches("[;:]|[-\u2013\u2014]+") && !Tokens.isHyphen(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the title is tied to the person in the sentence's graph within {@value #TITLE_DISTANCE} relations
     * ("director Sir Richard Eyre", "X, director of Y", "X was named director"), not only in the same list
     * ("novelists Hari Kunzru and Ali Smith, director Sir Richard Eyre": Smith is no director).
     */
    static boolean near(SemanticGraph g, List<CoreLabel> person, List<CoreLabel> title) {
        for (CoreLabel p : person) {
            IndexedWord a = g.getNodeByIndexSafe(p.index());
            for (CoreLabel x : title) {
                IndexedWord b = g.getNodeByIndexSafe(x.index());
                if (a == null || b == null) {
                    continue;
                }
                List<IndexedWord> path = g.getShortestUndirectedPathNodes(a, b);
                if (path != null && path.size() - 1 <= TITLE_DISTANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String entityOf(Resolution res, int s, List<CoreLabel> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        return res.within(s, tokens.get(0).index() - 1, tokens.get(tokens.size() - 1).index());
    }

    private static String text(DocView doc, List<CoreLabel> tokens) {
        return doc.text(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
    }

    private static String firstMatch(Pattern p, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : null;
    }
}
