package org.newskg.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the analysis time goes, for the benchmark: nanoseconds spent in each of newskg's stages (names and
 * entities, each extractor, the merge step), added up over every article and thread of the JVM, and CoreNLP's
 * own time per annotator read from its timing report (whose counters are not atomic: read it from a
 * one-thread run).
 */
public final class StageTimes {
    /** The system property that makes {@code ingest} print the stage times when it ends. */
    public static final String PROPERTY = "newskg.stageTimes";
    private static final Map<String, LongAdder> TIMES = new ConcurrentHashMap<>();
    /** A line of CoreNLP's timing report: "NERCombinerAnnotator: 12.3 sec.". */
    private static final Pattern ANNOTATOR_LINE = Pattern.compile("(?m)^(\\w+): ([\\d.,]+) sec\\.");

    private StageTimes() {
    }

    static void add(String stage, long nanos) {
        TIMES.computeIfAbsent(stage, k -> new LongAdder()).add(nanos);
    }

    /** Each stage's time so far, by name. */
    public static Map<String, Long> stages() {
        Map<String, Long> out = new TreeMap<>();
        TIMES.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** The annotators of CoreNLP's timing report ({@code AnnotationPipeline.timingInformation()}) and their time. */
    public static Map<String, Long> ofCoreNlpReport(String report) {
        Map<String, Long> out = new LinkedHashMap<>();
        Matcher m = ANNOTATOR_LINE.matcher(report);
        while (m.find()) {
            if (!m.group(1).equals("TOTAL")) {
                out.merge(m.group(1), Math.round(Double.parseDouble(m.group(2).replace(',', '.')) * 1e9), Long::sum);
            }
        }
        return out;
    }
}
