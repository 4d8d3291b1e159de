package org.newskg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.newskg.source.TextDecoder.InvalidInputException;

/**
 * Turns the INPUT arguments of the command line (files, folders, {@code -}) into articles.
 * {@code .txt}: the first line is the headline and the whole text is analysed; {@code .html}/{@code .htm}:
 * the page's main text; {@code .jsonl}: one article per line. Folders are walked in name order.
 * Unreadable inputs are reported to the sink and the rest goes on.
 */
public final class ArticleReader {
    private final ReadOptions options;
    private final InputStream stdin;

    public ArticleReader(ReadOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
    }

    public void read(List<String> inputs, ArticleSink sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStdin(sink);
            } else {
                readPath(Path.of(input), sink);
            }
        }
    }

    private void readStdin(ArticleSink sink) {
        try {
            handle("<stdin>", stdin.readAllBytes(), Kind.TEXT, sink);
        } catch (IOException e) {
            sink.problem(new ReadProblem("<stdin>", "cannot read: " + e.getMessage()));
        }
    }

    private void readPath(Path path, ArticleSink sink) {
        if (!Files.exists(path)) {
            sink.problem(new ReadProblem(path.toString(), "no such file or folder"));
        } else if (Files.isDirectory(path)) {
            walk(path, sink);
        } else {
            Kind kind = Kind.of(path);
            if (kind == null) {
                sink.problem(new ReadProblem(path.toString(), "unknown kind of file; newskg reads .txt, .html, .htm and .jsonl"));
                return;
            }
            try {
                handle(path.toString(), Files.readAllBytes(path), kind, sink);
            } catch (IOException e) {
                sink.problem(new ReadProblem(path.toString(), "cannot read: " + e.getMessage()));
            }
        }
    }

    private void walk(Path folder, ArticleSink sink) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).filter(p -> Kind.of(p) != null).sorted()
                    .forEach(p -> readPath(p, sink));
        } catch (IOException | UncheckedIOException e) {
            sink.problem(new ReadProblem(folder.toString(), "cannot walk folder: " + e.getMessage()));
        }
    }

    private void handle(String origin, byte[] bytes, Kind kind, ArticleSink sink) {
        String content;
        try {
            content = TextDecoder.decode(bytes);
        } catch (InvalidInputException e) {
            sink.problem(new ReadProblem(origin, e.getMessage()));
            return;
        }
        switch (kind) {
            case TEXT -> accept(TextArticles.parse(origin, content, options.date()), sink);
            case HTML -> accept(HtmlArticles.parse(origin, content, options.date()), sink);
            case JSONL -> JsonlArticles.parse(origin, content, options.date(), a -> accept(a, sink), sink::problem);
        }
    }

    private void accept(Article article, ArticleSink sink) {
        if (article.text().isBlank()) {
            sink.problem(new ReadProblem(article.origin(), "empty article: no text to analyse"));
        } else if (article.text().length() > options.maxChars()) {
            sink.problem(new ReadProblem(article.origin(), "article has " + article.text().length()
                    + " characters, more than the limit of " + options.maxChars() + " (raise it with --max-chars)"));
        } else {
            sink.article(article);
        }
    }

    private enum Kind {
        TEXT, HTML, JSONL;

        static Kind of(Path p) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".txt")) {
                return TEXT;
            }
            if (n.endsWith(".html") || n.endsWith(".htm")) {
                return HTML;
            }
            return n.endsWith(".jsonl") ? JSONL : null;
        }
    }
}
