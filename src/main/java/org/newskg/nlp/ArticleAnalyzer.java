package org.newskg.nlp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newskg.extraction.Extraction;
import org.newskg.extraction.Quote;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;
import org.newskg.extraction.RunInfo;
import org.newskg.extraction.Sentence;
import org.newskg.source.Article;

import edu.stanford.nlp.pipeline.Annotation;

/**
 * Turns one article into an {@link Extraction}: CoreNLP annotation, names, entity resolution and linking,
 * KBP and pattern relations, quotes with speakers, and events. Thread-safe as far as the shared pipeline is.
 */
public final class ArticleAnalyzer {
    private final NlpPipeline pipeline;
    private final String toolVersion;
    private final Clock clock;
    private final NameMentionCollector names = new NameMentionCollector(Gazetteer.load());
    private final PatternRelationExtractor patterns = new PatternRelationExtractor();
    private final AppositionPatterns appositions = new AppositionPatterns();
    private final QuoteAttributor quotes = new QuoteAttributor();
    private final EventExtractor events = new EventExtractor();
    private final KnownPlaceRelations places = new KnownPlaceRelations();

    public ArticleAnalyzer(NlpPipeline pipeline, String toolVersion, Clock clock) {
        this.pipeline = pipeline;
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    public Extraction analyze(Article article) {
        RunInfo run = new RunInfo(toolVersion, NlpPipeline.ANNOTATORS, clock.instant());
        Annotation annotation = pipeline.annotate(article.text(), article.date());
        DocView doc = new DocView(annotation);
        List<NameMention> mentions = names.collect(doc);
        Resolution res = new EntityResolver().resolve(doc, mentions);
        List<Relation> relations = new ArrayList<>();
        KbpRelationMapper.extract(doc, res, relations::add);
        patterns.extract(doc, res, mentions, relations::add);
        appositions.extract(doc, res, mentions, relations::add);
        List<Quote> qs = quotes.extract(doc, res, new Paragraphs(article.text()));
        places.extract(res.entities(), relations::add);
        Set<List<String>> within = new HashSet<>();
        relations.stream().filter(r -> r.predicate() == RelationType.CONTAINED_IN_PLACE)
                .forEach(r -> within.add(List.of(r.subject(), r.object())));
        var evs = DatelinePlace.apply(new EventMerger((a, b) -> within.contains(List.of(a, b)))
                .merge(events.extract(doc, res, qs, article.date()), res), DatelinePlace.of(doc, res, mentions),
                mentions, res);
        EventRelations.founders(evs, res, relations::add);
        return new Extraction(article, sentences(doc), res.entities(),
                RelationFilter.apply(dedupe(relations), doc, res, mentions), evs, qs, run);
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
    private static List<Relation> dedupe(List<Relation> relations) {
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
