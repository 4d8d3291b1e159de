package org.newskg.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's and Jena's log and stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages (errors are still shown).")
    boolean quiet;
}
