package org.newskg.nlp;

import java.time.Clock;
import java.util.List;

import org.newskg.extraction.Extraction;
import org.newskg.extraction.RunInfo;
import org.newskg.source.Article;

import edu.stanford.nlp.pipeline.Annotation;

/**
 * Turns one article into an {@link Extraction}: CoreNLP's annotation, the names and the entities they
 * resolve to (with their links), then an explicit, ordered list of {@link Extractor}s over one
 * {@link DocumentContext}, then the one merge, dedupe and filter step ({@link FactMerger}). Thread-safe as far
 * as the shared pipeline is.
 */
public final class ArticleAnalyzer {
    /** The rule id of every event (its arguments and inferred dates have rules of their own). */
    public static final String EVENT_RULE = EventMerger.EVENT;
    private final Annotator annotator;
    private final String toolVersion;
    private final Clock clock;
    private final NameMentionCollector names = new NameMentionCollector(Gazetteer.load());
    /** Every producer of facts, in the order they run. */
    private final List<Extractor> extractors = List.of(
            new KbpExtractor(),
            new AgeExtractor(),
            new AppositionTitleExtractor(),
            new AffiliationExtractor(),
            new ReportTeamExtractor(),
            new OfficeExtractor(),
            new RoleExtractor(),
            new RoleStatusExtractor(),
            new PlacePairExtractor(),
            new CapitalExtractor(),
            new KnownCapitalExtractor(),
            new HomeExtractor(),
            new QuoteAttributor(),
            new EventExtractor(),
            new EvaluativeSpeech());
    private final FactMerger merger = new FactMerger();

    public ArticleAnalyzer(Annotator annotator, String toolVersion, Clock clock) {
        this.annotator = annotator;
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    public Extraction analyze(Article article) {
        RunInfo run = new RunInfo(toolVersion, NlpPipeline.ANNOTATORS, clock.instant());
        Annotation annotation = annotator.annotate(article.text(), article.date());
        return extract(context(new DocView(annotation), article), article, run);
    }

    /** Runs every extractor over the context, then the merge step. */
    Extraction extract(DocumentContext doc, Article article, RunInfo run) {
        Facts facts = new Facts();
        for (Extractor x : extractors) {
            long t0 = System.nanoTime();
            x.extract(doc, facts);
            StageTimes.add(x.getClass().getSimpleName(), System.nanoTime() - t0);
        }
        long t0 = System.nanoTime();
        Extraction merged = merger.merge(doc, facts, article, run);
        StageTimes.add("FactMerger", System.nanoTime() - t0);
        return merged;
    }

    /** The names, their entities and the quotations of an annotated article. */
    DocumentContext context(DocView view, Article article) {
        long t0 = System.nanoTime();
        List<NameMention> mentions = names.collect(view);
        Resolution res = new EntityResolver().resolve(view, mentions);
        StageTimes.add("names and entities", System.nanoTime() - t0);
        return new DocumentContext(view, res, mentions, Quotations.of(view), new Paragraphs(article.text()),
                article.date());
    }
}
