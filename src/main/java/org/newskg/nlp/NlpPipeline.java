package org.newskg.nlp;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.newskg.nlp.wikidict.MappedWikiLinker;
import org.newskg.nlp.wikidict.WikiDictCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The one CoreNLP pipeline of a JVM. Building it loads about 2.5 GB of models and takes a minute, so it is
 * built once, on first use, and shared by every article, command and test of the process.
 */
public final class NlpPipeline implements Annotator {
    /**
     * The annotators newskg runs, in order. {@code entitylink} is CoreNLP's contract served from a
     * memory-mapped dictionary ({@link MappedWikiLinker}); see {@link #bareProperties()} for CoreNLP's own.
     */
    public static final List<String> ANNOTATORS = List.of(
            "tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "kbp", "quote", "entitylink");

    /**
     * Seconds each costly annotator took to build on this project's 2-core machine (CoreNLP 4.5.10), used only
     * to share them out evenly between the threads that load them ({@link AnnotatorPreloader}); the others
     * load in well under a second.
     */
    static final Map<String, Double> LOAD_SECONDS = Map.of("ner", 9.0, "coref", 8.9, "depparse", 2.3, "kbp", 2.2,
            "pos", 0.6);

    /** The name the mapped entitylink is registered under. */
    private static final String LINKER = "newskg_entitylink";

    private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);
    private static NlpPipeline shared;

    /** Longer sentences are cut before parsing (see {@link SentenceCapper}). */
    static final int MAX_SENTENCE_TOKENS = 150;

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP rest;
    private final SentenceCapper capper = new SentenceCapper(MAX_SENTENCE_TOKENS);
    /** Narrows fine-grained NER's candidate patterns; {@code null} if CoreNLP's internals did not allow it. */
    private final RequiredNodeTrigger fineNer;

    private NlpPipeline(Properties props) {
        long t0 = System.nanoTime();
        Properties front = (Properties) props.clone();
        List<String> names = List.of(props.getProperty("annotators").split(","));
        front.setProperty("annotators", String.join(",", names.subList(0, 2)));
        Properties back = (Properties) props.clone();
        back.setProperty("annotators", String.join(",", names.subList(2, names.size())));
        AnnotatorPreloader preload = AnnotatorPreloader.start(back, LOAD_SECONDS, Runtime.getRuntime().availableProcessors());
        this.split = new StanfordCoreNLP(front);
        this.rest = new StanfordCoreNLP(back, false);
        preload.await();
        this.fineNer = RequiredNodeTrigger.install(rest);
        LOG.info("CoreNLP pipeline ready in {} s", (System.nanoTime() - t0) / 1_000_000_000);
    }

    /** The shared pipeline, built on first call. */
    public static synchronized NlpPipeline shared() {
        if (shared == null) {
            shared = new NlpPipeline(properties());
        }
        return shared;
    }

    /** CoreNLP's time per annotator so far, over every article this pipeline annotated (see {@link StageTimes}). */
    public Map<String, Long> annotatorNanos() {
        Map<String, Long> out = new java.util.LinkedHashMap<>(StageTimes.ofCoreNlpReport(split.timingInformation()));
        StageTimes.ofCoreNlpReport(rest.timingInformation()).forEach((k, v) -> out.merge(k, v, Long::sum));
        return out;
    }

    /** True once the shared pipeline has been built (for progress messages). */
    public static synchronized boolean isLoaded() {
        return shared != null;
    }

    /**
     * {@link #bareProperties()} with the settings that make newskg's annotation cheaper at the same quality
     * (measured on the development sets, README "Performance"): statistical coreference compares a mention
     * with the 20 mentions before it, not 50, and with a name it repeats up to 150 back, not 500. These, not
     * the bare ones, are what an annotation cache is keyed on.
     */
    public static Properties tunedProperties() {
        Properties p = bareProperties();
        p.setProperty("coref.maxMentionDistance", "20");
        p.setProperty("coref.maxMentionDistanceWithStringMatch", "150");
        return p;
    }

    /** The pipeline's properties: {@link #tunedProperties()} with entitylink on the mapped dictionary. */
    static Properties properties() {
        Properties p = tunedProperties();
        if (!mappedDictionaryReady()) {
            return p;
        }
        // CoreNLP keeps its own annotator for a name it knows, so the mapped linker gets a name of its own
        p.setProperty(StanfordCoreNLP.CUSTOM_ANNOTATOR_PREFIX + LINKER, MappedWikiLinker.class.getName());
        p.setProperty("annotators", p.getProperty("annotators").replace("entitylink", LINKER));
        return p;
    }

    /** Opens (or builds) the mapped dictionary; when that fails (no disk space, say), CoreNLP's own is used. */
    private static boolean mappedDictionaryReady() {
        try {
            WikiDictCache.shared();
            return true;
        } catch (UncheckedIOException e) {
            LOG.warn("{}; falling back to CoreNLP's own entitylink, which reads its dictionary into the heap at "
                    + "every start (about 35 s and 2.5 GB more)", e.getMessage());
            return false;
        }
    }

    /** The same annotators and settings with CoreNLP's own classes throughout: the benchmark's baseline. */
    public static Properties bareProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", ANNOTATORS));
        // a blank line ends a sentence: headlines and crossheads are not glued to the next paragraph
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("coref.algorithm", "statistical");
        // newskg attributes quotes itself (QuoteAttributor): CoreNLP's sieve gives quotes to the nearest name
        p.setProperty("quote.attributeQuotes", "false");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        return p;
    }

    /**
     * Turns the narrowing of fine-grained NER's candidates off or on, so that a test can check that it
     * changes no annotation; false if it is not installed.
     */
    boolean narrowFineGrainedNer(boolean on) {
        if (fineNer == null) {
            return false;
        }
        fineNer.narrowing(on);
        return true;
    }

    @Override
    public Annotation annotate(String text, LocalDate date) {
        Annotation doc = new Annotation(text);
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        split.annotate(doc);
        if (capper.cap(doc)) {
            LOG.info("sentences longer than {} tokens were cut before parsing", MAX_SENTENCE_TOKENS);
        }
        rest.annotate(doc);
        return doc;
    }
}
