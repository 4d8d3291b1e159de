package org.newskg.source;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON Lines: one article per line with {@code text} and optional {@code title}, {@code date}, {@code url}. */
final class JsonlArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlArticles() {
    }

    static void parse(String origin, String content, LocalDate fallbackDate,
                      Consumer<Article> articles, Consumer<ReadProblem> problems) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            try {
                JsonNode node = JSON.readTree(line);
                JsonNode text = node == null ? null : node.get("text");
                if (text == null || !text.isTextual()) {
                    problems.accept(new ReadProblem(where, "no \"text\" field (a string) in this JSON line"));
                    continue;
                }
                LocalDate date = HtmlArticles.parseDate(node.path("date").asText(""));
                if (node.hasNonNull("date") && date == null) {
                    problems.accept(new ReadProblem(where, "\"date\" is not an ISO date (YYYY-MM-DD...)"));
                    continue;
                }
                articles.accept(new Article(where, text.asText(), node.path("title").asText(""),
                        date != null ? date : fallbackDate, node.path("url").asText(null)));
            } catch (JsonProcessingException e) {
                problems.accept(new ReadProblem(where, "not valid JSON: " + e.getOriginalMessage()));
            }
        }
    }
}
