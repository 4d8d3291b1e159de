package org.newskg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /DATASET/ingest}: analyses the articles in the body with the server's warm pipeline and stores
 * them, for users of the password file only (HTTP basic authentication). Plain text takes {@code ?date=}
 * and {@code ?name=} (how the article is named in messages and its origin).
 */
final class IngestServlet extends HttpServlet {
    private final transient ArticleIntake intake;
    private final transient Map<String, String> users;

    IngestServlet(ArticleIntake intake, Map<String, String> users) {
        this.intake = intake;
        this.users = users;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!authorised(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"newskg\"");
            reply(resp, new ArticleIntake.Reply(401, "{\"error\":\"a user of the server's password file is needed\"}"));
            return;
        }
        reply(resp, intake.ingest(req.getInputStream(), req.getContentType(), req.getParameter("date"),
                req.getParameter("name")));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "POST");
        reply(resp, new ArticleIntake.Reply(405, "{\"error\":\"POST articles here (text/plain, text/html or JSON lines)\"}"));
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String expected = users.get(decoded.substring(0, colon));
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpServletResponse resp, ArticleIntake.Reply r) throws IOException {
        resp.setStatus(r.status());
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write((r.json() + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
