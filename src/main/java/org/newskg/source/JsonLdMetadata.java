package org.newskg.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says about its article: the first
 * NewsArticle, Article, ReportageNewsArticle or BlogPosting found, also inside {@code @graph} and arrays.
 * Broken JSON-LD is ignored; empty strings where it says nothing.
 */
record JsonLdMetadata(String headline, String datePublished, String author, String url) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonLdMetadata NONE = new JsonLdMetadata("", "", "", "");

    static JsonLdMetadata of(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode article = find(JSON.readTree(script.data()), 0);
                if (article != null) {
                    return new JsonLdMetadata(article.path("headline").asText(""),
                            article.path("datePublished").asText(""), author(article.path("author")),
                            article.path("url").asText(""));
                }
            } catch (java.io.IOException e) {
                // a page's broken JSON-LD is not the reader's problem: the meta tags still count
            }
        }
        return NONE;
    }

    private static JsonNode find(JsonNode n, int depth) {
        if (n == null || depth > 4) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = find(c, depth + 1);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        String type = n.path("@type").isArray() ? n.path("@type").path(0).asText("") : n.path("@type").asText("");
        if (type.endsWith("NewsArticle") || type.equals("Article") || type.equals("BlogPosting")) {
            return n;
        }
        return find(n.get("@graph"), depth + 1);
    }

    private static String author(JsonNode a) {
        if (a.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode x : a) {
                String one = author(x);
                if (!one.isEmpty()) {
                    sb.append(sb.length() > 0 ? ", " : "").append(one);
                }
            }
            return sb.toString();
        }
        return a.isTextual() ? a.asText() : a.path("name").asText("");
    }
}
