package org.newskg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Lazy;
import edu.stanford.nlp.util.PropertiesUtils;

/**
 * Loads the models of a pipeline's costly annotators on several threads before {@link StanfordCoreNLP}
 * asks for them one after another.
 *
 * <p>CoreNLP builds a pipeline's annotators in order, each from a {@link Lazy} it keeps in
 * {@link StanfordCoreNLP#GLOBAL_ANNOTATOR_CACHE} under the annotator's name and settings, and it builds them
 * holding its annotator pool's lock, so loading NER (about 9 s: three CRF models, SUTime, a 580,000-entry
 * gazetteer) and coreference (about 9 s) never overlap. {@link #start} registers the same lazies (through
 * CoreNLP's own {@link StanfordCoreNLP#getDefaultAnnotatorPool}) and forces the costly ones on threads of its
 * own; each {@code Lazy} is built once under its own lock, so the pipeline then built with the same
 * properties finds them built, or waits for the one still loading. The annotators are CoreNLP's own, built
 * from the same properties: only the order in which they load changes.
 */
final class AnnotatorPreloader {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotatorPreloader.class);

    private final List<Thread> threads;

    private AnnotatorPreloader(List<Thread> threads) {
        this.threads = threads;
    }

    /**
     * Starts loading the costly annotators of {@code props} (those of its {@code annotators} list that
     * {@code loadSeconds} gives a time) on up to {@code threads} threads; with one thread, or nothing to
     * share, nothing is started.
     */
    static AnnotatorPreloader start(Properties props, Map<String, Double> loadSeconds, int threads) {
        List<String> costly = new ArrayList<>();
        for (String name : props.getProperty("annotators", "").split(",")) {
            if (loadSeconds.containsKey(name.strip())) {
                costly.add(name.strip());
            }
        }
        List<List<String>> shares = share(costly, loadSeconds, threads);
        if (shares.size() < 2) {
            return new AnnotatorPreloader(List.of());
        }
        StanfordCoreNLP.getDefaultAnnotatorPool(props, new AnnotatorImplementations());
        List<Thread> started = new ArrayList<>();
        for (List<String> share : shares) {
            List<Lazy<?>> lazies = new ArrayList<>();
            for (String name : share) {
                Lazy<?> lazy = StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.get(
                        new StanfordCoreNLP.AnnotatorSignature(name, PropertiesUtils.getSignature(name, props)));
                if (lazy != null) {
                    lazies.add(lazy);
                }
            }
            Thread t = new Thread(() -> load(share, lazies), "newskg-model-load-" + started.size());
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        return new AnnotatorPreloader(started);
    }

    /**
     * The annotators split into at most {@code threads} shares of about equal loading time: longest first,
     * each to the share with the least so far.
     */
    static List<List<String>> share(List<String> names, Map<String, Double> loadSeconds, int threads) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparing((String n) -> -loadSeconds.getOrDefault(n, 0.0)).thenComparing(n -> n));
        List<List<String>> shares = new ArrayList<>();
        double[] load = new double[Math.max(1, threads)];
        for (String name : sorted) {
            int least = 0;
            for (int i = 1; i < load.length; i++) {
                if (load[i] < load[least]) {
                    least = i;
                }
            }
            while (shares.size() <= least) {
                shares.add(new ArrayList<>());
            }
            shares.get(least).add(name);
            load[least] += loadSeconds.getOrDefault(name, 0.0);
        }
        shares.removeIf(List::isEmpty);
        return shares;
    }

    private static void load(List<String> names, List<Lazy<?>> lazies) {
        for (Lazy<?> lazy : lazies) {
            try {
                lazy.get();
            } catch (RuntimeException e) {
                // the pipeline, building the same lazy, meets the same error and reports it
                LOG.debug("preloading {} failed: {}", names, e.toString());
            }
        }
    }

    /** Waits for the loading threads (they are done once the pipeline that needed them is built). */
    void await() {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
