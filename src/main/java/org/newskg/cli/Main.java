package org.newskg.cli;

import org.newskg.NewskgException;
import org.newskg.app.Newskg;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command line. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Turns English news articles into a knowledge graph of people, places, organizations, "
                + "events and quotes (Stanford CoreNLP → RDF → Apache Jena TDB2), every fact traceable to its "
                + "sentence."},
        subcommands = {ExtractCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class,
                ServeCommand.class, LoadCommand.class, EvalCommand.class, BenchCommand.class,
                DemoCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage error. Run 'newskg COMMAND --help' for a command's options."})
public final class Main implements Runnable {
    /** Columns of --help: wide enough that the examples are not broken inside a command line. */
    static final int HELP_WIDTH = 104;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LoggingMixin.configure();
        CommandLine cl = commandLine();
        cl.setExecutionStrategy(parsed -> {
            if (LoggingMixin.verbose(parsed)) {
                LoggingMixin.verbose();
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        System.exit(cl.execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with captured output. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpWidth(HELP_WIDTH);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            boolean verbose = LoggingMixin.verbose(parseResult);
            String msg = ex instanceof NewskgException ? ex.getMessage() : "internal error: " + ex;
            line.getErr().println("newskg: " + msg);
            if (verbose || !(ex instanceof NewskgException)) {
                ex.printStackTrace(line.getErr());
            }
            line.getErr().flush();
            return ex instanceof NewskgException n ? n.exitCode() : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the version of newskg and of its main libraries. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newskg " + Newskg.version(), "Stanford CoreNLP 4.5.10, Apache Jena 5.6.0",
                    "Java " + System.getProperty("java.version")};
        }
    }
}
