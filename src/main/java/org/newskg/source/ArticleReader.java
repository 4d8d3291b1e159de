package org.newskg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.newskg.ControlChars;
import org.newskg.source.TextDecoder.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the INPUT arguments of the command line (files, folders, {@code -}) into articles, one at a time.
 * {@code .txt}: the first line is the headline and the whole text is analysed; {@code .html}/{@code .htm}:
 * the page's main text; {@code .jsonl} and {@code .jsonl.gz}: one article per line, streamed. Folders are
 * walked in name order, filtered by the include and exclude globs. Web boilerplate lines are blanked; empty
 * and non-English texts are skipped; unreadable inputs are reported to the sink and the rest goes on.
 */
public final class ArticleReader {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

    private final ReadOptions options;
    private final InputStream stdin;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    public ArticleReader(ReadOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
        this.include = options.include().stream().map(ArticleReader::glob).toList();
        this.exclude = options.exclude().stream().map(ArticleReader::glob).toList();
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
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

    /**
     * How many articles {@link #read} will give for these inputs, for a progress bar: one per file, the wanted
     * files of each folder; -1 when that is not known before reading (standard input, JSONL files).
     */
    public int count(List<String> inputs) {
        int n = 0;
        for (String input : inputs) {
            if (input.equals("-")) {
                return -1;
            }
            Path path = Path.of(input);
            List<Path> files = List.of(path);
            if (Files.isDirectory(path)) {
                try {
                    files = articleFiles(path);
                } catch (IOException | UncheckedIOException e) {
                    files = List.of(path); // read() reports the folder as one problem
                }
            }
            for (Path f : files) {
                InputKind kind = InputKind.of(f);
                if (kind != null && kind.streamed()) {
                    return -1;
                }
                n++;
            }
        }
        return n;
    }

    private void readStdin(ArticleSink sink) {
        read("<stdin>", stdin, InputKind.TEXT, sink);
    }

    /** Reads one stream of a known kind (standard input, the body of a web request) named {@code origin}. */
    public void read(String origin, InputStream in, InputKind kind, ArticleSink sink) {
        try {
            if (kind.streamed()) {
                JsonlArticles.read(origin, in, options, a -> accept(a, sink), sink::problem);
                return;
            }
            byte[] bytes = in.readNBytes(byteLimit() + 1);
            if (bytes.length > byteLimit()) {
                sink.problem(tooLong(origin));
                return;
            }
            whole(origin, bytes, kind, sink);
        } catch (IOException e) {
            sink.problem(ReadProblem.failed(origin, "unreadable", "cannot read: " + e.getMessage()));
        }
    }

    private void readPath(Path path, ArticleSink sink) {
        if (!Files.exists(path)) {
            sink.problem(ReadProblem.failed(path.toString(), "not found", "no such file or folder"));
        } else if (Files.isDirectory(path)) {
            walk(path, sink);
        } else if (!Files.isRegularFile(path)) {
            // a FIFO or a device would block the read or never end; standard input is the way to pipe text in
            sink.problem(ReadProblem.skipped(path.toString(), "not a regular file", "not a regular file (a pipe, "
                    + "device or socket); skipped. To pipe text in, give - and redirect it to standard input"));
        } else {
            InputKind kind = InputKind.of(path);
            if (kind == null) {
                sink.problem(ReadProblem.failed(path.toString(), "unknown kind", "unknown kind of file; newskg reads "
                        + InputKind.NAMES));
                return;
            }
            try {
                if (kind.streamed()) {
                    try (InputStream in = open(path, kind)) {
                        JsonlArticles.read(path.toString(), in, options, a -> accept(a, sink), sink::problem);
                    }
                } else if (Files.size(path) > byteLimit()) {
                    sink.problem(tooLong(path.toString()));
                } else {
                    whole(path.toString(), Files.readAllBytes(path), kind, sink);
                }
            } catch (IOException e) {
                sink.problem(ReadProblem.failed(path.toString(), "unreadable", "cannot read: " + e.getMessage()));
            }
        }
    }

    private static InputStream open(Path path, InputKind kind) throws IOException {
        InputStream in = Files.newInputStream(path);
        return kind == InputKind.JSONL_GZ ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private void walk(Path folder, ArticleSink sink) {
        List<Path> files;
        try {
            files = articleFiles(folder);
        } catch (IOException | UncheckedIOException e) {
            sink.problem(ReadProblem.failed(folder.toString(), "unreadable", "cannot walk folder: " + e.getMessage()));
            return;
        }
        files.forEach(p -> readPath(p, sink));
    }

    /** The regular files under a folder that the include and exclude globs let through, in name order. */
    private List<Path> articleFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> wanted(folder, p)).sorted().toList();
        }
    }

    private boolean wanted(Path folder, Path file) {
        if (InputKind.of(file) == null) {
            return false;
        }
        Path rel = folder.relativize(file);
        boolean in = include.isEmpty() || include.stream().anyMatch(m -> m.matches(rel) || m.matches(rel.getFileName()));
        return in && exclude.stream().noneMatch(m -> m.matches(rel) || m.matches(rel.getFileName()));
    }

    private void whole(String origin, byte[] bytes, InputKind kind, ArticleSink sink) {
        String content;
        try {
            TextDecoder.Decoded d = TextDecoder.decode(bytes, options.lenient());
            if (d.replaced() > 0) {
                LOG.warn("{}: {} invalid UTF-8 sequences replaced by U+FFFD (--lenient)", ControlChars.line(origin), d.replaced());
            }
            content = d.text();
        } catch (InvalidInputException e) {
            String reason = e.getMessage().startsWith("binary") ? "binary" : "not UTF-8";
            sink.problem(ReadProblem.failed(origin, reason, e.getMessage()));
            return;
        }
        if (kind == InputKind.HTML) {
            accept(HtmlArticles.parse(origin, content, options.date()), sink);
        } else {
            accept(TextArticles.parse(origin, content, options.date()), sink);
        }
    }

    private void accept(Article article, ArticleSink sink) {
        String origin = article.origin();
        if (article.text().isBlank()) {
            sink.problem(ReadProblem.skipped(origin, "empty", "empty article: no text to analyse; skipped"));
            return;
        }
        if (article.text().length() > options.maxChars()) {
            sink.problem(ReadProblem.failed(origin, "too long", "article has " + article.text().length()
                    + " characters, more than the limit of " + options.maxChars() + " (raise it with --max-chars)"));
            return;
        }
        Boilerplate.Cleaned cleaned = Boilerplate.clean(article.text());
        for (String line : cleaned.dropped()) {
            LOG.info("{}: dropped web boilerplate: {}", ControlChars.line(origin),
                    ControlChars.line(line.length() > 80 ? line.substring(0, 80) + "…" : line));
        }
        Optional<String> language = LanguageCheck.notEnglish(cleaned.text());
        if (language.isPresent()) {
            sink.problem(ReadProblem.skipped(origin, "not English", language.get() + "; skipped"));
            return;
        }
        if (cleaned.text().isBlank()) {
            sink.problem(ReadProblem.skipped(origin, "empty", "nothing but web boilerplate; skipped"));
            return;
        }
        sink.article(cleaned.dropped().isEmpty() ? article : article.withText(cleaned.text()));
    }

    private int byteLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 16, options.maxChars() * 4L + 4096);
    }

    private ReadProblem tooLong(String origin) {
        return ReadProblem.failed(origin, "too long", "larger than --max-chars " + options.maxChars()
                + " allows; not read (raise --max-chars if it really is one article)");
    }
}
