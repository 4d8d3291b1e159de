package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Cli;

/**
 * Builds the two stores whose exports RealToolsTest opens in the tools' own importers after this run: the demo
 * article's, and one of 20 BBC articles (4 from each folder, drawn with a fixed seed). Each is exported with
 * the default view, as a user's first export would be, into target/tool-fixtures/NAME/graph.*.
 */
@Tag("models")
class ToolFixturesTest {
    private static final Path SHARED = Path.of(System.getProperty("newskg.shared", "../shared"));
    private static final Path FIXTURES = Path.of("target", "tool-fixtures");
    static final int PER_FOLDER = 4;
    static final long SEED = 20;

    @TempDir
    Path dir;

    @Test
    void demoArticleStore() throws Exception {
        Path store = dir.resolve("demo");
        ingest(store, List.of("--date", "2020-08-16", SHARED.resolve("corpus/belarus-2020-08-16.txt").toString()));
        export(store, FIXTURES.resolve("demo"));
    }

    @Test
    void twentyBbcArticlesStore() throws Exception {
        List<String> args = new ArrayList<>();
        try (Stream<Path> folders = Files.list(SHARED.resolve("corpus/bbc/news"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                List<Path> files;
                try (Stream<Path> s = Files.list(folder)) {
                    files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
                }
                Collections.shuffle(files, new Random(SEED));
                files.subList(0, PER_FOLDER).forEach(p -> args.add(p.toString()));
            }
        }
        assertThat(args).hasSize(5 * PER_FOLDER);
        Path store = dir.resolve("bbc20");
        ingest(store, args);
        export(store, FIXTURES.resolve("bbc20"));
    }

    private static void ingest(Path store, List<String> inputs) {
        List<String> cmd = new ArrayList<>(List.of("ingest", "-q", "--store", store.toString()));
        cmd.addAll(inputs);
        Cli in = Cli.run(cmd.toArray(String[]::new));
        assertThat(in.exit()).as(in.err()).isZero();
    }

    private static void export(Path store, Path to) throws Exception {
        Files.createDirectories(to);
        for (String f : List.of("gexf", "graphml", "cyjs", "dot", "neo4j")) {
            Path out = to.resolve(f.equals("neo4j") ? "neo4j" : "graph." + f);
            Cli c = Cli.run("export", "-q", "--store", store.toString(), "--format", f, "-o", out.toString());
            assertThat(c.exit()).as(c.err()).isZero();
        }
    }
}
