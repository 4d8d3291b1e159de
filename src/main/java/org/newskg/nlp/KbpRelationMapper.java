package org.newskg.nlp;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

/** Maps CoreNLP's KBP relations onto the properties of DESIGN §3; objects must resolve to entities. */
final class KbpRelationMapper {
    private static final double MIN_CONFIDENCE = 0.5;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, RelationType> MAP = Map.ofEntries(
            Map.entry("per:title", RelationType.JOB_TITLE), Map.entry("per:age", RelationType.AGE),
            Map.entry("per:employee_of", RelationType.WORKS_FOR),
            Map.entry("per:employee_or_member_of", RelationType.WORKS_FOR),
            Map.entry("per:top_member_employee_of", RelationType.LEADER_OF),
            Map.entry("per:spouse", RelationType.SPOUSE), Map.entry("per:children", RelationType.CHILDREN),
            Map.entry("per:parents", RelationType.PARENT), Map.entry("per:siblings", RelationType.SIBLING),
            Map.entry("per:other_family", RelationType.RELATED_TO),
            Map.entry("per:cities_of_residence", RelationType.HOME_LOCATION),
            Map.entry("per:stateorprovinces_of_residence", RelationType.HOME_LOCATION),
            Map.entry("per:countries_of_residence", RelationType.HOME_LOCATION),
            Map.entry("per:city_of_birth", RelationType.BIRTH_PLACE),
            Map.entry("per:stateorprovince_of_birth", RelationType.BIRTH_PLACE),
            Map.entry("per:country_of_birth", RelationType.BIRTH_PLACE),
            Map.entry("per:city_of_death", RelationType.DEATH_PLACE),
            Map.entry("per:stateorprovince_of_death", RelationType.DEATH_PLACE),
            Map.entry("per:country_of_death", RelationType.DEATH_PLACE),
            Map.entry("per:origin", RelationType.NATIONALITY),
            Map.entry("per:date_of_birth", RelationType.BIRTH_DATE),
            Map.entry("per:date_of_death", RelationType.DEATH_DATE),
            Map.entry("org:city_of_headquarters", RelationType.LOCATION),
            Map.entry("org:stateorprovince_of_headquarters", RelationType.LOCATION),
            Map.entry("org:country_of_headquarters", RelationType.LOCATION),
            Map.entry("org:founded_by", RelationType.FOUNDER),
            Map.entry("org:date_founded", RelationType.FOUNDING_DATE),
            Map.entry("org:parents", RelationType.PARENT_ORGANIZATION),
            Map.entry("org:subsidiaries", RelationType.SUB_ORGANIZATION),
            Map.entry("org:member_of", RelationType.MEMBER_OF), Map.entry("org:members", RelationType.MEMBER));

    private KbpRelationMapper() {
    }

    static void extract(DocView doc, Resolution res, Consumer<Relation> out) {
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
        String gloss = t.relationGloss();
        if (t.confidence < MIN_CONFIDENCE) {
            return;
        }
        Provenance prov = new Provenance(Math.min(1, t.confidence), "kbp", s);
        if (gloss.equals("org:top_members_employees")) {
            String org = entityOf(res, s, t.subject);
            String person = entityOf(res, s, t.object);
            if (org != null && person != null && !org.equals(person)) {
                out.accept(new Relation(person, RelationType.LEADER_OF, org, prov));
            }
            return;
        }
        RelationType type = MAP.get(gloss);
        String subject = entityOf(res, s, t.subject);
        if (type == null || subject == null) {
            return;
        }
        String object = switch (type.objectKind()) {
            case ENTITY -> entityOf(res, s, t.object);
            case STRING -> text(doc, t.object);
            case INTEGER -> firstMatch(NUMBER, text(doc, t.object));
            case DATE -> firstMatch(ISO_DATE, t.object.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
        };
        if (object != null && !object.equals(subject)) {
            out.accept(new Relation(subject, type, object, prov));
        }
    }

    static String entityOf(Resolution res, int s, List<CoreLabel> tokens) {
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
