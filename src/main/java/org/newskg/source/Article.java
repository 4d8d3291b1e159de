package org.newskg.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source.
 *
 * @param origin    where it was read from (a file name, {@code file.jsonl:12}, {@code <stdin>}), for messages
 * @param text      the text that is analysed; all offsets count UTF-16 chars of this string
 * @param headline  the headline, possibly empty
 * @param date      the publication date, used to resolve "on Sunday"; may be null
 * @param url       the article's URL; may be null
 * @param author    the byline, as the page gives it; may be null
 */
public record Article(String origin, String text, String headline, LocalDate date, String url, String author) {

    public Article {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        headline = headline == null ? "" : headline.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        author = author == null || author.isBlank() ? null : author.strip();
    }

    public Article(String origin, String text, String headline, LocalDate date, String url) {
        this(origin, text, headline, date, url, null);
    }

    /** The first 16 hex digits of SHA-256 of the URL, or of the text when there is no URL (DESIGN §3). */
    public String id() {
        return sha256(url != null ? url : text).substring(0, 16);
    }

    /** SHA-256 of the text, in hex. */
    public String textSha256() {
        return sha256(text);
    }

    public Article withText(String newText) {
        return new Article(origin, newText, headline, date, url, author);
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }

    public Article withDate(LocalDate newDate) {
        return new Article(origin, text, headline, newDate, url, author);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
