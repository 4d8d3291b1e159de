package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.NewskgException;
import org.newskg.app.AnalyzerFactory;
import org.newskg.app.BatchResult;
import org.newskg.app.BatchRunner;
import org.newskg.app.Progress;
import org.newskg.export.RdfExporter;
import org.newskg.export.RdfFormatChoice;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.source.ArticleReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg extract}: articles in, RDF out, no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract a knowledge graph from articles and write it as RDF (no store). INPUT is a .txt, "
                + ".html/.htm or .jsonl file, a folder (walked), or - for standard input."},
        footer = {"", "Example:", "  newskg extract article.txt --date 2020-08-16 --format nt -o out.nt"})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    LoggingMixin common;
    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "ttl", paramLabel = "FORMAT",
            description = "ttl, trig, nt, nq or jsonld (default: ${DEFAULT-VALUE}). ttl and nt hold the union of all articles.")
    RdfFormatChoice format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles to read.")
    List<String> inputs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Progress progress = new Progress(spec.commandLine().getErr(), common.quiet);
        ExtractionMapper mapper = new ExtractionMapper(new Iris(input.base));
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        var reader = new ArticleReader(input.readOptions(), System.in);
        var runner = new BatchRunner(reader, () -> AnalyzerFactory.forBatch(progress), progress, 1,
                input.timeLimit());
        BatchResult result = runner.run(inputs, a -> false, x -> mapper.map(x, StreamRDFLib.dataset(data)));
        RdfExporter exporter = new RdfExporter(input.base);
        if (output == null) {
            OutputStream out = new WriterOutputStream(spec.commandLine().getOut());
            try {
                exporter.write(data, format, out);
                out.flush();
            } catch (IOException e) {
                throw new NewskgException("cannot write to standard output: " + e.getMessage(), e);
            }
        } else {
            try (OutputStream out = Files.newOutputStream(output)) {
                exporter.write(data, format, out);
            } catch (IOException e) {
                throw new NewskgException(output + ": cannot write: " + e.getMessage(), e);
            }
            progress.info("Wrote " + output + " (" + format + ").");
        }
        progress.info(result.summary("extracted"));
        return result.failures().isEmpty() ? 0 : 1;
    }
}
