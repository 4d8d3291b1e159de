package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code -v} and {@code -q}, which every command takes, and the logging they set: CoreNLP's and Jena's log at
 * WARN (TDB2's off, as newskg reports a damaged store itself) unless {@code -v}. Set by {@link Main}'s
 * execution strategy after parsing and before the command runs, when no logger exists yet.
 */
final class LoggingMixin {
    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's and Jena's log and stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages (errors are still shown).")
    boolean quiet;

    /** True when the command that runs was given {@code -v}. */
    static boolean verbose(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult sub = parsed;
        while (sub.hasSubcommand()) {
            sub = sub.subcommand();
        }
        return sub.hasMatchedOption("-v");
    }

    /** Sets the log levels of slf4j-simple, which reads them when its first logger is made. */
    static void configure(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // TDB2 logs every node of a damaged store it cannot decode (thousands of lines); newskg reports a
        // damaged store in one line instead, and -v shows TDB2's own account
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.tdb2", verbose ? "info" : "off");
    }
}
