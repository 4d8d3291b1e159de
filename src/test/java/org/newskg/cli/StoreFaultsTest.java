package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ChildProcess;
import org.newskg.FullDisk;

/**
 * Commands on a full disk, a damaged store and odd inputs, each in its own JVM as a user runs them: one line
 * saying what is wrong, exit 1, and the store as it was.
 */
@Tag("system")
class StoreFaultsTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String ANALYZER = "-Dnewskg.test.analyzer=org.newskg.app.WordAnalyzer";

    /** N quads in graphs of 1,000, with long literals so that the files grow fast. */
    static Path quads(Path file, int n) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write("<urn:x:s" + i + "> <urn:x:p" + (i % 50) + "> \"value " + i + " " + "padding ".repeat(8)
                        + "\" <urn:x:g" + (i / 1000) + "> .\n");
            }
        }
        return file;
    }

    private static String count(String csv) {
        return csv.lines().filter(l -> l.matches("\\d+")).findFirst().orElse("none");
    }

    /** The lines newskg printed as an error, "newskg: ...". */
    private static List<String> errors(String output) {
        return output.lines().filter(l -> l.startsWith("newskg:")).toList();
    }

    @Test
    void loadOnAFullDiskEndsWithOneLineAndLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        assumeTrue(FullDisk.available(), "mounting a small tmpfs needs root (CI runs as root)");
        Path disk = Files.createDirectories(dir.resolve("disk"));
        String kg = disk.resolve("kg").toString();
        List<FullDisk.Run> r = FullDisk.run(disk, 30, List.of(
                List.of("load", "-q", "--store", kg, quads(dir.resolve("small.nq"), 100).toString()),
                List.of("load", "-q", "--store", kg, quads(dir.resolve("big.nq"), 400_000).toString()),
                List.of("query", "--store", kg, "--format", "csv", "-e", COUNT)));
        assertThat(r.get(0).exit()).as(r.get(0).output()).isZero();
        assertThat(r.get(1).exit()).isEqualTo(1);
        assertThat(r.get(1).lines()).as(r.get(1).output()).hasSize(1);
        assertThat(r.get(1).output()).contains("the disk is full").contains(kg);
        assertThat(r.get(2).exit()).as(r.get(2).output()).isZero();
        assertThat(count(r.get(2).output())).isEqualTo("100");
    }

    @Test
    void ingestOnAFullDiskEndsWithOneLineAndKeepsWhatWasStored(@TempDir Path dir) throws Exception {
        assumeTrue(FullDisk.available(), "mounting a small tmpfs needs root (CI runs as root)");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            words.append("Then Name").append(Integer.toString(i, 26).replaceAll("[0-9]", "q"))
                    .append("x said that the talks with the others had gone well. ");
        }
        for (int i = 0; i < 200; i++) {
            Files.writeString(articles.resolve(String.format("a%03d.txt", i)), "Story " + i + "\n\n" + words);
        }
        Path disk = Files.createDirectories(dir.resolve("disk"));
        String kg = disk.resolve("kg").toString();
        List<FullDisk.Run> r = FullDisk.run(disk, 24, List.of(
                List.of(ANALYZER, "ingest", "-q", "--threads", "1", "--store", kg, articles.toString()),
                List.of("query", "--store", kg, "--format", "csv", "-e",
                        "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a <http://schema.org/NewsArticle> } }")));
        assertThat(r.get(0).exit()).as(r.get(0).output()).isEqualTo(1);
        assertThat(errors(r.get(0).output())).as(r.get(0).output()).hasSize(1);
        assertThat(r.get(0).output()).contains("the disk is full").doesNotContain("InternalError").doesNotContain("\tat ");
        assertThat(r.get(1).exit()).as(r.get(1).output()).isZero();
        assertThat(Integer.parseInt(count(r.get(1).output()))).isBetween(1, 199);
    }

    @Test
    void exportOnAFullDiskLeavesNoFile(@TempDir Path dir) throws Exception {
        assumeTrue(FullDisk.available(), "mounting a small tmpfs needs root (CI runs as root)");
        Path kg = dir.resolve("kg");
        assertThat(Cli.run("load", "-q", "--store", kg.toString(), quads(dir.resolve("q.nq"), 20_000).toString()).exit())
                .isZero();
        Path disk = Files.createDirectories(dir.resolve("disk"));
        List<FullDisk.Run> r = FullDisk.run(disk, 1, List.of(
                List.of("export", "--store", kg.toString(), "--format", "nt", "-o", disk.resolve("out.nt").toString()),
                List.of("!ls -A " + disk)));
        assertThat(r.get(0).exit()).isEqualTo(1);
        assertThat(r.get(0).lines()).as(r.get(0).output()).hasSize(1);
        assertThat(r.get(0).output()).contains("disk is full").contains("out.nt");
        assertThat(r.get(1).output().strip()).as("files left on the full disk").isEmpty();
    }

    @Test
    void aKilledExportLeavesNoPartialFileAndTheNextOneCleansUp(@TempDir Path dir) throws Exception {
        Path kg = dir.resolve("kg");
        assertThat(Cli.run("load", "-q", "--store", kg.toString(), quads(dir.resolve("q.nq"), 150_000).toString()).exit())
                .isZero();
        Path out = dir.resolve("out").resolve("all.nt");
        Files.createDirectories(out.getParent());
        ChildProcess export = ChildProcess.start("1g", "export", "--store", kg.toString(), "--format", "nt", "-o",
                out.toString());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (staging(out.getParent()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(staging(out.getParent())).as("the export started writing").isNotEmpty();
        export.kill();
        assertThat(out).doesNotExist();
        assertThat(Cli.run("export", "-q", "--store", kg.toString(), "--format", "nt", "-o", out.toString()).exit())
                .isZero();
        assertThat(out).exists();
        assertThat(staging(out.getParent())).isEmpty();
    }

    private static List<Path> staging(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".newskg-export-")).toList();
        }
    }

    /** A store of 2,000 quads, closed by newskg (so with its manifest), copied for each damage. */
    private static Path damaged(Path dir, String name, Damage damage) throws Exception {
        Path kg = dir.resolve(name);
        assertThat(Cli.run("load", "-q", "--store", kg.toString(), quads(dir.resolve(name + ".nq"), 2_000).toString())
                .exit()).isZero();
        damage.apply(kg.resolve("Data-0001"));
        return kg;
    }

    @FunctionalInterface
    interface Damage {
        void apply(Path data) throws IOException;
    }

    private static void scribble(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            byte[] junk = new byte[64];
            new java.util.Random(7).nextBytes(junk);
            f.write(junk);
        }
    }

    @Test
    void aDamagedStoreGetsOneLineAndExit1(@TempDir Path dir) throws Exception {
        List<Path> stores = List.of(
                damaged(dir, "index-bytes", d -> scribble(d.resolve("GSPO.dat"), 40)),
                damaged(dir, "truncated", d -> {
                    try (RandomAccessFile f = new RandomAccessFile(d.resolve("nodes-data.obj").toFile(), "rw")) {
                        f.setLength(f.length() / 2);
                    }
                }),
                damaged(dir, "nodes-no-manifest", d -> {
                    Files.delete(d.getParent().resolve("newskg-store.json"));
                    scribble(d.resolve("nodes-data.obj"), 200);
                }));
        for (Path kg : stores) {
            ChildProcess q = ChildProcess.start("512m", "query", "--store", kg.toString(), "-e", COUNT);
            assertThat(q.exitCode(60)).as(kg.getFileName().toString()).isEqualTo(1);
            String out = q.output();
            assertThat(out.lines().filter(l -> !l.isBlank()).toList()).as(out).hasSize(1);
            assertThat(out).contains("the store is damaged").contains("Rebuild it").doesNotContain("\tat ");
        }
        ChildProcess verbose = ChildProcess.start("512m", "query", "-v", "--store", stores.get(0).toString(), "-e", COUNT);
        assertThat(verbose.exitCode(60)).isEqualTo(1);
        assertThat(verbose.output()).contains("the store is damaged").contains("\tat org.newskg");
    }

    @Test
    void aFolderThatIsNotAStoreIsNotTakenOver(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Cli c = Cli.run("load", "--store", folder.toString(), quads(dir.resolve("q.nq"), 10).toString());
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.err()).contains("not a newskg store and is not empty");
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    @Test
    void aPipeGivenAsInputIsSkippedWithALine(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path story = Files.writeString(dir.resolve("story.txt"), "Headline\n\nAnna met Bert in Paris.");
        ChildProcess x = ChildProcess.start(List.of(ANALYZER), "512m", "extract", "--format", "nt", "-o",
                dir.resolve("out.nt").toString(), fifo.toString(), story.toString());
        int exit = x.exitCode(60);
        assertThat(x.output()).contains("pipe.txt: not a regular file");
        assertThat(exit).as(x.output()).isZero();
    }

    @Test
    void controlCharactersFromArticlesAreEscapedInTerminalOutput(@TempDir Path dir) throws Exception {
        Path nq = Files.writeString(dir.resolve("c.nq"), "<urn:x:s> <urn:x:p> \"red \\u001B[31m alarm \\u0007 end\" <urn:x:g> .\n");
        Path kg = dir.resolve("kg");
        assertThat(Cli.run("load", "-q", "--store", kg.toString(), nq.toString()).exit()).isZero();
        ChildProcess q = ChildProcess.start("512m", "query", "--store", kg.toString(), "-e", "SELECT ?o { ?s ?p ?o }");
        assertThat(q.exitCode(60)).isZero();
        String out = q.output();
        assertThat(out).contains("\\u001B[31m").contains("\\u0007").doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
