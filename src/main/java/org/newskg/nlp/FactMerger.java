package org.newskg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newskg.extraction.Event;
import org.newskg.extraction.Extraction;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;
import org.newskg.extraction.RunInfo;
import org.newskg.extraction.Sentence;
import org.newskg.source.Article;

/**
 * The one step after the extractors: event mentions merged into events ({@link EventMerger}, places within
 * places as the relations say), a dateline place for street events that name none ({@link DatelinePlace}),
 * then the events tied to nothing dropped ({@link EventMerger#anchored}), founders from founding events ({@link EventRelations}), one relation per subject, predicate and object (the
 * most confident), the relations a news layout rather than the text suggests removed ({@link RelationFilter}), and
 * those that state a former role as current ({@link PastRoles}); last, second counts that other sources give
 * ({@link CountEstimates}) and the source of every fact, count and event the text reports ({@link ClaimSources}).
 */
final class FactMerger {
    private final CountEstimates estimates = new CountEstimates();

    Extraction merge(DocumentContext doc, Facts facts, Article article, RunInfo run) {
        List<Relation> relations = new ArrayList<>(facts.relations);
        Set<List<String>> within = new HashSet<>();
        relations.stream().filter(r -> r.predicate() == RelationType.CONTAINED_IN_PLACE)
                .forEach(r -> within.add(List.of(r.subject(), r.object())));
        Resolution res = doc.resolution();
        List<Event> events = DatelinePlace.apply(new EventMerger((a, b) -> within.contains(List.of(a, b)))
                .merge(facts.events.stream().sorted(java.util.Comparator.comparing(EventMention::trigger)).toList(), res), Dateline.place(doc.view(), res, doc.names()), doc.names(), res)
                .stream().filter(EventMerger::anchored).toList();
        EventRelations.founders(events, res, relations::add);
        List<Relation> current = PastRoles.apply(RelationFilter.apply(dedupe(relations), doc.view(), res, doc.names()),
                facts.roles);
        ClaimSources claims = new ClaimSources(doc);
        return new Extraction(article, sentences(doc.view()), res.entities(), claims.relations(current),
                facts.roles.stream().distinct().toList(), claims.events(estimates.apply(doc, events)), facts.quotes,
                run);
    }

    private static List<Sentence> sentences(DocView doc) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < doc.sentenceCount(); i++) {
            int b = doc.sentenceBegin(i);
            int e = doc.sentenceEnd(i);
            out.add(new Sentence(i, b, e, doc.text(b, e)));
        }
        return out;
    }

    /**
     * One relation per (subject, predicate, object): the one with the highest confidence. The result is in
     * a total order (sentence, predicate, subject, object), whatever order the extractors found them in, so
     * that statement numbers do not change between runs.
     */
    static List<Relation> dedupe(List<Relation> relations) {
        List<Relation> sorted = new ArrayList<>(relations);
        sorted.sort(Comparator.comparingDouble((Relation r) -> -r.provenance().confidence())
                .thenComparingInt(r -> r.provenance().sentence())
                .thenComparing(r -> r.provenance().extractor()));
        Set<String> seen = new HashSet<>();
        List<Relation> out = new ArrayList<>();
        for (Relation r : sorted) {
            String obj = r.objectIsEntity() ? r.object() : r.object().toLowerCase();
            if (seen.add(r.subject() + "|" + r.predicate() + "|" + obj)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt((Relation r) -> r.provenance().sentence())
                .thenComparing(r -> r.predicate().name())
                .thenComparing(Relation::subject)
                .thenComparing(Relation::object));
        return out;
    }
}
