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
 */
public record Article(String origin, String text, String headline, LocalDate date, String url) {

    public Article {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        headline = headline == null ? "" : headline.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }

    /** The first 16 hex digits of SHA-256 of the URL, or of the text when there is no URL (DESIGN §3). */
    public String id() {
        return sha256(url != null ? url : text).substring(0, 16);
    }

    /** SHA-256 of the text, in hex. */
    public String textSha256() {
        return sha256(text);
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }

    public Article withDate(LocalDate newDate) {
        return new Article(origin, text, headline, newDate, url);
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
