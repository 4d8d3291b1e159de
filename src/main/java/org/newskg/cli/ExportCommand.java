package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.NewskgException;
import org.newskg.app.Progress;
import org.newskg.export.RdfExporter;
import org.newskg.export.RdfFormatChoice;
import org.newskg.rdf.Vocab;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newskg export}: the store as an RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole store as RDF. trig, nq and jsonld keep one named graph per article;",
                "ttl and nt hold the union of all article graphs. nt and nq are sorted (byte-stable)."},
        footer = {"", "Example:", "  newskg export --store graphs/demo-store --format trig -o graphs/demo.trig"})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
    Path store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ttl, trig, nt, nq or jsonld.")
    RdfFormatChoice format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PATH", description = "The file to write.")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Vocab.DEFAULT_BASE,
            description = "Base IRI used for the 'id:' prefix (default: ${DEFAULT-VALUE}).")
    String base;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Progress progress = new Progress(spec.commandLine().getErr(), common.quiet);
        try (Tdb2Store kg = Tdb2Store.openExisting(store)) {
            new RdfExporter(base).write(kg, format, output);
        }
        progress.info("Wrote " + output + " (" + format + ").");
        return 0;
    }
}
