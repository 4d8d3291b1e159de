package org.newskg.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON Lines, read as a stream (a dump of millions of lines never sits in memory): one article per line with
 * {@code text} and optional {@code title}, {@code date}, {@code url}, {@code author}. A bad line is reported
 * with its number and the rest of the file is read.
 */
final class JsonlArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lines longer than this are refused before parsing (a safety net for files that are not JSONL). */
    private static final int MAX_LINE = 50_000_000;

    private JsonlArticles() {
    }

    static void read(String origin, InputStream in, ReadOptions options, Consumer<Article> articles,
                     Consumer<ReadProblem> problems) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(options.lenient() ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT)
                .onUnmappableCharacter(options.lenient() ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        int n = 0;
        while (true) {
            String line;
            try {
                line = r.readLine();
            } catch (CharacterCodingException e) {
                problems.accept(ReadProblem.failed(origin + ":" + (n + 1), "not UTF-8", "not valid UTF-8; convert"
                        + " the file to UTF-8 or pass --lenient (the rest of the file is not read)"));
                return;
            }
            if (line == null) {
                return;
            }
            n++;
            if (!line.isBlank()) {
                parse(origin + ":" + n, line, options, articles, problems);
            }
        }
    }

    private static void parse(String where, String line, ReadOptions options, Consumer<Article> articles,
                              Consumer<ReadProblem> problems) {
        if (line.length() > MAX_LINE) {
            problems.accept(ReadProblem.failed(where, "bad JSON line", "line of " + line.length()
                    + " characters; not a JSON article"));
            return;
        }
        try {
            JsonNode node = JSON.readTree(line);
            JsonNode text = node == null || !node.isObject() ? null : node.get("text");
            if (text == null || !text.isTextual()) {
                problems.accept(ReadProblem.failed(where, "bad JSON line",
                        "no \"text\" field (a string) in this JSON line"));
                return;
            }
            LocalDate date = HtmlArticles.parseDate(node.path("date").asText(""));
            if (node.hasNonNull("date") && date == null) {
                problems.accept(ReadProblem.failed(where, "bad JSON line",
                        "\"date\" is not an ISO date (YYYY-MM-DD...)"));
                return;
            }
            articles.accept(new Article(where, text.asText(), node.path("title").asText(""),
                    date != null ? date : options.date(), node.path("url").asText(null),
                    node.path("author").isTextual() ? node.path("author").asText() : null));
        } catch (JsonProcessingException e) {
            problems.accept(ReadProblem.failed(where, "bad JSON line", "not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("")));
        }
    }
}
