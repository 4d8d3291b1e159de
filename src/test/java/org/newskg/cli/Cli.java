package org.newskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with captured standard error (standard output goes to System.out). */
public record Cli(int exit, String err) {
    public static Cli run(String... args) {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        return new Cli(code, err.toString());
    }
}
