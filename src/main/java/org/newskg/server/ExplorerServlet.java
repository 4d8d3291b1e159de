package org.newskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The explorer at the server's root: one self-contained page (no remote scripts, fonts or images) that
 * searches names, shows an entity's facts, quotes and events with their sentences and articles, its
 * neighbours and a timeline, all asked of the store through the read-only SPARQL endpoint. Any other path
 * outside the dataset is 404.
 */
final class ExplorerServlet extends HttpServlet {
    private static final String POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
            + " connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
    private final byte[] page;

    ExplorerServlet(String endpointPath) {
        try (InputStream in = ExplorerServlet.class.getResourceAsStream("explorer.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            page = html.replace("/*ENDPOINT*/", endpointPath.replace("\"", "")).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!path.equals("/") && !path.equals("/explore")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}
