package org.newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.NewskgException;
import org.newskg.app.AnalyzerFactory;
import org.newskg.app.Progress;
import org.newskg.eval.EvalReport;
import org.newskg.eval.Evaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg eval}: extraction quality against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure extraction quality against hand-made gold files (the format of score.py in "
                + "../shared/eval: an article's entities with their names and links, relations, events and quotes). "
                + "Each gold file's article is extracted as 'newskg extract --date DATE' would, and scored with "
                + "score.py's definitions. Prints each article's and the total figures (counts added up over the "
                + "articles), the errors by kind (missed, spurious and duplicate entities, missed and spurious "
                + "relations and events, quotes not attributed, wrong speakers, wrong links), and each rule's "
                + "precision: of the facts a rule (nkg:extractor) stated that the gold files judge, how many are right."},
        footer = {"", "Examples:",
                "  newskg eval --texts ../shared/corpus/bbc src/test/resources/bbc-gold/news",
                "  newskg eval ../shared/eval/gum-dev",
                "  newskg eval --texts ../shared/corpus ../shared/eval/gold/belarus-2020-08-16.json --json scores.json"})
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    LoggingMixin common;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "A folder in which a gold file's article (its \"article\" path) is found, when it is not "
                    + "beside the gold file (repeatable).")
    List<Path> texts = new ArrayList<>();

    @Option(names = "--errors", defaultValue = "10", paramLabel = "N",
            description = "Errors shown of each kind (default: ${DEFAULT-VALUE}; 0 for none).")
    int errors;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the whole report as JSON.")
    Path json;

    @Option(names = "--annotations", paramLabel = "DIR",
            description = "Keep CoreNLP's annotation of each article in DIR and reuse it on later runs, so that "
                    + "a changed rule is measured in seconds (a changed text is annotated again).")
    Path annotations;

    @Option(names = "--graphs", paramLabel = "DIR",
            description = "Also write each scored graph to DIR as N-Triples, named after its gold file (to see "
                    + "what was scored, or to score it with score.py).")
    Path graphs;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles analysed at once (default: the number of cores).")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files, or folders of them (*.json).")
    List<Path> gold;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (errors < 0) {
            throw NewskgException.usage("--errors must be 0 or more");
        }
        Progress progress = new Progress(spec.commandLine().getErr(), common.quiet);
        List<Path> files = Evaluation.goldFiles(gold);
        if (files.isEmpty()) {
            throw NewskgException.usage("no gold files (*.json) in " + gold);
        }
        progress.info("Scoring " + files.size() + " gold file(s).");
        EvalReport report = new Evaluation(texts, progress, Threads.orCores(threads), graphs)
                .run(files, annotations == null ? AnalyzerFactory.forBatch(progress)
                        : AnalyzerFactory.cached(progress, annotations)::analyze);
        report.print(spec.commandLine().getOut(), errors);
        if (json != null) {
            try {
                Files.writeString(json, report.json(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new NewskgException(json + ": cannot write: " + e.getMessage(), e);
            }
            progress.info("Wrote " + json);
        }
        return 0;
    }
}
