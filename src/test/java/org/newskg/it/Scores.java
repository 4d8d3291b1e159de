package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads score.py's JSON so that a field it no longer writes fails the test (Jackson's {@code asInt()} on a
 * missing node reads 0, which would pass an "is zero" check).
 */
final class Scores {
    private Scores() {
    }

    static JsonNode field(JsonNode s, String path) {
        JsonNode n = s.at(path);
        assertThat(n.isMissingNode()).as("score.py wrote no %s: %s", path, s).isFalse();
        return n;
    }

    static double num(JsonNode s, String path) {
        JsonNode n = field(s, path);
        assertThat(n.isNumber()).as("%s is a number: %s", path, s).isTrue();
        return n.asDouble();
    }

    /** A number that score.py writes as null when it has nothing to measure (no links), then {@code none}. */
    static double numOr(JsonNode s, String path, double none) {
        JsonNode n = field(s, path);
        return n.isNull() ? none : num(s, path);
    }

    static int count(JsonNode s, String path) {
        JsonNode n = field(s, path);
        assertThat(n.isIntegralNumber()).as("%s is a count: %s", path, s).isTrue();
        return n.asInt();
    }

    static String text(JsonNode s, String path) {
        JsonNode n = field(s, path);
        assertThat(n.isTextual()).as("%s is text: %s", path, s).isTrue();
        return n.asText();
    }
}
