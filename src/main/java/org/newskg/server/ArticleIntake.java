package org.newskg.server;

import java.io.InputStream;

/**
 * What the server's {@code ingest} endpoint hands a request to: the body (one article as text/plain or
 * text/html, or JSON lines), its media type and an optional date for plain text. Implemented outside the
 * server package, where the pipeline lives.
 */
@FunctionalInterface
public interface ArticleIntake {
    /** The outcome: an HTTP status and a JSON body. */
    record Reply(int status, String json) {
    }

    Reply ingest(InputStream body, String mediaType, String date, String name);
}
