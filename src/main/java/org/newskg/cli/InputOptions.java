package org.newskg.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.newskg.NewskgException;
import org.newskg.rdf.Vocab;
import org.newskg.source.ReadOptions;

import picocli.CommandLine.Option;

/** Options of the commands that read articles. */
final class InputOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date of .txt and stdin articles; anchors \"on Sunday\" (HTML and JSONL carry their own).")
    String date;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Vocab.DEFAULT_BASE,
            description = "Base of resource IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS,
            description = "Refuse articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxChars;

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
        return new ReadOptions(d, maxChars);
    }
}
