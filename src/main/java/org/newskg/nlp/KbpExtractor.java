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
        if (object != null && !object.equals(subject)) {
            out.accept(m.reverse() ? new Relation(object, m.type(), subject, prov) : new Relation(subject, m.type(), object, prov));
        }
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
