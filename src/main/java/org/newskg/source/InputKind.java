package org.newskg.source;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of file newskg reads, known by their name. */
public enum InputKind {
    TEXT, HTML, JSONL, JSONL_GZ;

    static final String NAMES = ".txt, .html, .htm, .jsonl and .jsonl.gz";

    /** The kind of a file, or null when newskg does not read such files. */
    static InputKind of(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
            return TEXT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return HTML;
        }
        if (n.endsWith(".jsonl.gz")) {
            return JSONL_GZ;
        }
        return n.endsWith(".jsonl") ? JSONL : null;
    }

    /**
     * The kind of a web request's body by its media type: text/plain, text/html, or JSON lines
     * (application/x-ndjson, application/jsonl, application/json); null for anything else.
     */
    public static InputKind ofMediaType(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return switch (t) {
            case "text/plain" -> TEXT;
            case "text/html" -> HTML;
            case "application/x-ndjson", "application/jsonl", "application/json", "application/jsonlines" -> JSONL;
            default -> null;
        };
    }

    /** True for kinds that hold many articles, read line by line rather than whole. */
    public boolean streamed() {
        return this == JSONL || this == JSONL_GZ;
    }
}
