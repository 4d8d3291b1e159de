package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.MonitorOutputs;
import org.newskg.store.Tdb2BulkLoader;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg load}: bulk-loads quad files written elsewhere (extract, export, a Spark job) into a store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-load N-Quads or TriG files (optionally .gz) into a TDB2 store with TDB2's own loader. "
                + "Into an empty store it runs TDB2's sequential loader; into a store with "
                + "data, it first drops every named graph the files hold, so a reloaded article replaces its "
                + "graph."},
        footer = {"", "Examples:", "  newskg extract --format nq -o batch.nq articles/ && newskg load --store graphs/news batch.nq",
                "  newskg load --store graphs/news part-00000.nq.gz part-00001.nq.gz"})
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    LoggingMixin common;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "N-Quads (.nq) or TriG (.trig) files, optionally gzipped.")
    List<Path> files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MonitorOutput monitor = common.quiet ? MonitorOutputs.nullOutput() : (fmt, args) -> {
            err.println(String.format(fmt, args));
            err.flush();
        };
        long t0 = System.nanoTime();
        try (Tdb2Store kg = store.write(true)) {
            Tdb2BulkLoader.Result r = Tdb2BulkLoader.load(kg, files, monitor);
            if (!common.quiet) {
                err.printf("Loaded %,d quads from %d file(s) into %s with TDB2's %s loader in %.1f s%s%n", r.quads(),
                        files.size(), store, r.loader(), (System.nanoTime() - t0) / 1e9,
                        r.graphsReplaced() > 0 ? "; " + r.graphsReplaced() + " graphs replaced" : "");
                err.flush();
            }
        }
        return 0;
    }
}
