package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code -v} and {@code -q}, which every command takes, and the logging they set: CoreNLP's and Jena's log at
 * WARN (TDB2's off, as newskg reports a damaged store itself) unless {@code -v}: quiet levels are set first
 * thing in {@link Main}, and {@code -v} raises them in its execution strategy, after parsing and before the
 * command runs.
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

    /**
     * Sets the quiet log levels of slf4j-simple, which reads its default level when its first logger is made:
     * called before anything else, as building the command line may already make loggers.
     */
    static void configure() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // TDB2 logs every node of a damaged store it cannot decode (thousands of lines); newskg reports a
        // damaged store in one line instead, and -v shows TDB2's own account
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.tdb2", "off");
        // CoreNLP's KBP warns about one of its own Semgrex rules on many articles ("a relation with a missing
        // slot"): nothing a user can act on, and it breaks the ingest progress bar; -v shows it
        System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp.ie.KBPSemgrexExtractor", "error");
    }

    /**
     * With {@code -v}, the loggers made from now on (CoreNLP's, Jena's, newskg's: slf4j-simple reads a logger's
     * level from these properties when it makes the logger) log at INFO.
     */
    static void verbose() {
        for (String prefix : new String[] {"edu", "org", "com"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + prefix, "info");
        }
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.tdb2", "info");
        System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp.ie.KBPSemgrexExtractor", "info");
    }
}
