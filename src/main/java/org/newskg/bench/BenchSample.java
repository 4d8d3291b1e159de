package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.newskg.NewskgException;

/**
 * The benchmark's articles: {@code size} files spread evenly over a folder's sorted {@code .txt} and
 * {@code .html} files, so the same folder always gives the same sample and every sub-folder (a BBC
 * category) is represented.
 */
public final class BenchSample {
    private BenchSample() {
    }

    public static List<Path> pick(Path folder, int size) {
        if (!Files.isDirectory(folder)) {
            throw new NewskgException(folder + ": no such folder (give the benchmark a folder of articles)");
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(folder)) {
            all = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                    .map(Path::toAbsolutePath).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.isEmpty()) {
            throw new NewskgException(folder + ": no .txt or .html articles in this folder");
        }
        if (all.size() <= size) {
            return all;
        }
        List<Path> sample = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sample.add(all.get((int) ((long) i * all.size() / size)));
        }
        return sample;
    }
}
