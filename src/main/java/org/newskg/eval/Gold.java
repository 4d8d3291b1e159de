package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newskg.NewskgException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A gold file in the format of {@code ../shared/eval} ({@code score.py doc}): the article it annotates and its
 * date, and the entities, relations, events and quotes a reader finds in it.
 */
record Gold(Path file, String article, String date, List<GoldEntity> entities, List<GoldRelation> relations,
            List<GoldRelation> pastRelations, List<GoldEvent> events, List<GoldQuote> quotes) {

    record GoldEntity(String id, Set<String> types, List<String> names, List<String> links, boolean optional) {
    }

    /** {@code o} is an entity id, or null when the object is one of the {@code literals}. */
    record GoldRelation(String s, List<String> predicates, String o, List<String> literals) {
        String show() {
            return s + " " + String.join("|", predicates) + " " + (o != null ? o : literals);
        }
    }

    record GoldEvent(String label, Set<String> types, List<String> locations, List<String> participants, String date,
                     boolean optional) {
    }

    record GoldQuote(String text, String speaker, boolean optional) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** True for a file of this format: one article with its entities (not a cross-article file). */
    static boolean isDocGold(JsonNode root) {
        return root.has("entities") && root.has("article");
    }

    static Gold read(Path file) {
        return parse(file, readJson(file));
    }

    /** A gold file's JSON, of either kind. */
    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new NewskgException(file + ": not a gold file: " + e.getMessage(), e);
        }
    }

    static Gold parse(Path file, JsonNode r) {
        if (!isDocGold(r)) {
            throw new NewskgException(file + ": not a gold file of one article: it has no \"article\" and "
                    + "\"entities\", nor is it a cross-article file with \"articles\" and \"clusters\" (see ../shared/eval/score.py)");
        }
        List<GoldEntity> ents = new ArrayList<>();
        for (JsonNode e : r.get("entities")) {
            ents.add(new GoldEntity(e.path("id").asText(), new LinkedHashSet<>(strings(e.get("type"))),
                    strings(e.get("names")), strings(e.get("dbpedia")), e.path("optional").asBoolean(false)));
        }
        List<GoldEvent> evs = new ArrayList<>();
        for (JsonNode e : r.path("events")) {
            evs.add(new GoldEvent(e.path("label").asText(), new LinkedHashSet<>(strings(e.get("type"))),
                    strings(e.get("location")), strings(e.get("participants")), text(e.get("date")),
                    e.path("optional").asBoolean(false)));
        }
        List<GoldQuote> qs = new ArrayList<>();
        for (JsonNode q : r.path("quotes")) {
            qs.add(new GoldQuote(q.path("text").asText(), text(q.get("speaker")), q.path("optional").asBoolean(false)));
        }
        return new Gold(file, r.get("article").asText(), text(r.get("date")), ents, relations(r.path("relations")),
                relations(r.path("past_relations")), evs, qs);
    }

    private static List<GoldRelation> relations(JsonNode list) {
        List<GoldRelation> out = new ArrayList<>();
        for (JsonNode x : list) {
            JsonNode o = x.path("o");
            out.add(new GoldRelation(x.path("s").asText(), strings(x.get("p")),
                    o.has("entity") ? o.get("entity").asText() : null, strings(o.get("literal"))));
        }
        return out;
    }

    /** A string or a list of strings, as a list; none for null. */
    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.asText().isEmpty() ? null : n.asText();
    }
}
