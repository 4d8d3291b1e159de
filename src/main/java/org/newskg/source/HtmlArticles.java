package org.newskg.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML pages: the headline, date, URL and author from the usual meta tags and JSON-LD, the text from the
 * paragraphs of the
 * {@code <article>} (or the page body), leaving out navigation, asides, forms and footers.
 */
final class HtmlArticles {
    private static final String BOILERPLATE = "nav, header, footer, aside, form, script, style, noscript, "
            + "iframe, figure figcaption, .comments, #comments, .share, .social, .newsletter, .related";

    private HtmlArticles() {
    }

    static Article parse(String origin, String html, LocalDate fallbackDate) {
        Document doc = Jsoup.parse(html);
        JsonLdMetadata ld = JsonLdMetadata.of(doc);
        String headline = first(meta(doc, "og:title"), ld.headline(), text(doc.selectFirst("h1")), doc.title());
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"), ld.url());
        LocalDate date = parseDate(first(meta(doc, "article:published_time"), ld.datePublished(),
                meta(doc, "date"), attr(doc.selectFirst("time[datetime]"), "datetime")));
        String author = first(meta(doc, "author"), ld.author(), meta(doc, "article:author"));
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        root.select(BOILERPLATE).remove();
        StringBuilder text = new StringBuilder(headline);
        Elements blocks = root.select("p, h2, h3, blockquote, li");
        for (Element block : blocks) {
            String t = block.text().strip();
            if (!t.isEmpty() && block.parents().stream().noneMatch(blocks::contains)) {
                text.append("\n\n").append(t);
            }
        }
        return new Article(origin, text.toString(), headline, date != null ? date : fallbackDate, url,
                author.isEmpty() || author.startsWith("http") ? null : author);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return attr(e, "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    static LocalDate parseDate(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
