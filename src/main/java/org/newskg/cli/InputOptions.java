package org.newskg.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.newskg.NewskgException;
import org.newskg.rdf.Vocab;
import org.newskg.source.ReadOptions;

import picocli.CommandLine.Option;

/** Options of the commands that read and analyse articles. */
final class InputOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date of .txt and stdin articles; anchors \"on Sunday\" (HTML and JSONL carry their own).")
    String date;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Vocab.DEFAULT_BASE,
            description = "Base of resource IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--include", paramLabel = "GLOB", split = ",",
            description = "In folders, read only files matching these globs (e.g. '*.html,2020-*/**').")
    List<String> include = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
            description = "In folders, leave out files matching these globs (e.g. 'drafts/**').")
    List<String> exclude = List.of();

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS,
            description = "Refuse articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--lenient",
            description = "Read files that are not valid UTF-8, replacing bad bytes with U+FFFD (default: refuse them).")
    boolean lenient;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
            description = "Give up an article whose analysis takes longer (default: ${DEFAULT-VALUE}).")
    long timeLimit;

    ReadOptions readOptions() {
        LocalDate d = null;
        if (date != null) {
            try {
                d = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw NewskgException.usage("--date must be YYYY-MM-DD, not '" + date + "'");
            }
        }
        if (maxChars < 1) {
            throw NewskgException.usage("--max-chars must be positive");
        }
        for (String g : include) {
            checkGlob("--include", g);
        }
        for (String g : exclude) {
            checkGlob("--exclude", g);
        }
        return new ReadOptions(d, maxChars, lenient, include, exclude);
    }

    Duration timeLimit() {
        if (timeLimit < 1) {
            throw NewskgException.usage("--time-limit must be at least 1 second");
        }
        return Duration.ofSeconds(timeLimit);
    }

    private static void checkGlob(String option, String glob) {
        try {
            java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (RuntimeException e) {
            throw NewskgException.usage(option + ": '" + glob + "' is not a glob pattern: " + e.getMessage());
        }
    }
}
