package org.newskg.nlp.wikidict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the mapped index of CoreNLP's wikidict on disk, building it on first use. The index lives in
 * {@code $NEWSKG_CACHE} (default {@code ~/.cache/newskg}), in a directory named after the CRC and size of
 * the wikidict entry in the models jar, so a new models release gets a new index. Concurrent first runs
 * each build into a private directory and the first rename wins.
 */
public final class WikiDictCache {
    /** Where CoreNLP's models jar keeps the dictionary. */
    public static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    private static final Logger LOG = LoggerFactory.getLogger(WikiDictCache.class);
    private static MappedWikiDict shared;

    private WikiDictCache() {
    }

    /** The process's index, opened (and built when missing) on first call. */
    public static synchronized MappedWikiDict shared() {
        if (shared == null) {
            try {
                shared = openOrBuild(cacheRoot());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open or build the entity-link index under " + cacheRoot()
                        + " (set NEWSKG_CACHE to a writable folder): " + e.getMessage(), e);
            }
        }
        return shared;
    }

    /** The folder that holds indexes: system property newskg.cache, $NEWSKG_CACHE, $XDG_CACHE_HOME/newskg. */
    public static Path cacheRoot() {
        String dir = System.getProperty("newskg.cache", System.getenv("NEWSKG_CACHE"));
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newskg");
    }

    /** The index directory for the models jar on the class path (it may not exist yet). */
    public static Path indexDir(Path root) throws IOException {
        return root.resolve("wikidict-" + sourceId());
    }

    static MappedWikiDict openOrBuild(Path root) throws IOException {
        Path dir = indexDir(root);
        if (MappedWikiDict.meta(dir) == null) {
            build(dir);
        }
        return MappedWikiDict.open(dir);
    }

    private static void build(Path dir) throws IOException {
        Files.createDirectories(dir.getParent());
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        deleteTree(tmp);
        LOG.info("building the entity-link index in {} (once; about a minute)", dir);
        long t0 = System.nanoTime();
        int n;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(resource().openStream(), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            n = WikiDictBuilder.build(lines, tmp, sourceId());
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp); // a half-built index (a full disk, say) must not keep its space
            throw e;
        }
        try {
            if (MappedWikiDict.meta(dir) != null) {
                deleteTree(tmp); // another process finished first
                return;
            }
            deleteTree(dir); // a directory without index.properties is an interrupted build
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            deleteTree(tmp); // another process finished first
        }
        LOG.info("entity-link index: {} surface forms in {} s", n, (System.nanoTime() - t0) / 1_000_000_000);
    }

    private static URL resource() throws IOException {
        URL url = WikiDictCache.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IOException(RESOURCE + " is not on the class path (the stanford-corenlp models-english-kbp jar)");
        }
        return url;
    }

    /** CRC and size of the dictionary's jar entry, or its size and date when it is a plain file. */
    private static String sourceId() throws IOException {
        URLConnection c = resource().openConnection();
        if (c instanceof JarURLConnection jar) {
            ZipEntry e = jar.getJarEntry();
            return String.format("%08x-%d", e.getCrc(), e.getSize());
        }
        return c.getContentLengthLong() + "-" + c.getLastModified();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
