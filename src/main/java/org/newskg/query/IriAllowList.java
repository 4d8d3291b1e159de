package org.newskg.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The IRIs a query may reach: each entry is a prefix, {@code https://example.org/sparql} or
 * {@code file:///srv/data/}. A web IRI matches when it starts with an entry and the match ends at a path
 * boundary (so {@code https://example.org} does not admit {@code https://example.org.evil.com}); a file
 * IRI matches when its real path, symbolic links and {@code ..} resolved, lies inside an entry's folder.
 * Anything that does not parse matches nothing.
 */
public final class IriAllowList {
    private final List<String> web = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();

    public IriAllowList(List<String> entries) {
        for (String e : entries) {
            URI u = parse(e);
            if (u == null || u.getScheme() == null) {
                throw new IllegalArgumentException("not an absolute IRI: " + e);
            }
            if (u.getScheme().equalsIgnoreCase("file")) {
                folders.add(realPath(Path.of(u)));
            } else if (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")) {
                web.add(normal(u));
            } else {
                throw new IllegalArgumentException("only http, https and file IRIs can be allowed: " + e);
            }
        }
    }

    public boolean isEmpty() {
        return web.isEmpty() && folders.isEmpty();
    }

    public boolean allows(String iri) {
        URI u = parse(iri);
        if (u == null || u.getScheme() == null || u.getRawUserInfo() != null) {
            return false;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            Path p;
            try {
                p = realPath(Path.of(u));
            } catch (IllegalArgumentException e) {
                return false;
            }
            return folders.stream().anyMatch(p::startsWith);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        String n = normal(u);
        for (String prefix : web) {
            if (n.startsWith(prefix) && (prefix.endsWith("/") || n.length() == prefix.length()
                    || "/?#".indexOf(n.charAt(prefix.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static URI parse(String iri) {
        try {
            return new URI(iri).normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Lower-case scheme and host, no default port, dot segments resolved. */
    private static String normal(URI u) {
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String rest = u.getRawPath() == null ? "" : u.getRawPath();
        String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + rest + query;
    }

    /** The path with links resolved as far as it exists, so a link out of an allowed folder is seen. */
    private static Path realPath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
