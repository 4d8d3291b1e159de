package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ChildProcess;
import org.newskg.cli.Cli;
import org.newskg.rdf.Vocab;
import org.newskg.store.Tdb2Store;

/**
 * With the real pipeline: an ingest killed with SIGKILL half-way leaves a consistent store that a second run
 * completes without duplicates; an article over the time limit is given up while the batch goes on; an
 * over-long unpunctuated text is analysed in bounded time.
 */
@Tag("models")
class CrashAndLimitsTest {
    private static final Path ARTICLE = Path.of(System.getProperty("newskg.shared", "../shared"))
            .resolve("corpus/belarus-2020-08-16.txt");
    private static final List<String> PEOPLE = List.of("Jane Doe", "Omar Haddad", "Lucia Ferrante", "Tom Okafor",
            "Mei Lin", "Piotr Nowak", "Sara Lindqvist", "Ravi Menon");

    private static void writeArticles(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (int i = 0; i < PEOPLE.size(); i++) {
            String name = PEOPLE.get(i);
            String surname = name.substring(name.indexOf(' ') + 1);
            Files.writeString(dir.resolve(String.format("a%02d.txt", i)), "Council vote " + (i + 1) + "\n\n"
                    + name + ", the mayor of Springfield, said on Monday that the council would vote on the new"
                    + " bridge. \"We have waited long enough,\" " + surname + " told reporters.\n");
        }
    }

    private static List<String> graphs(Path store) {
        try (Tdb2Store kg = Tdb2Store.openExisting(store)) {
            return kg.read(ds -> {
                List<String> names = new java.util.ArrayList<>();
                ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                    var graph = ds.asDatasetGraph().getGraph(g);
                    assertThat(graph.find(g, Vocab.SHA256, Node.ANY).toList()).as("complete graph " + g).hasSize(1);
                    assertThat(graph.find(g, Vocab.WAS_GENERATED_BY, Node.ANY).toList()).hasSize(1);
                    names.add(g.getURI());
                });
                return names;
            });
        }
    }

    /** The store's quads without the run times, which differ between runs by design. */
    private static List<String> quads(Path store, Path file) throws Exception {
        assertThat(Cli.run("export", "--store", store.toString(), "--format", "nq", "-o", file.toString()).exit())
                .isZero();
        return Files.readAllLines(file).stream().filter(l -> !l.contains("startedAtTime")).toList();
    }

    @Test
    void killedIngestLeavesAConsistentStoreThatASecondRunCompletes(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        writeArticles(articles);
        Path store = dir.resolve("kg");
        ChildProcess ingest = ChildProcess.start("8g", "ingest", "--store", store.toString(), "--date", "2024-05-06",
                articles.toString());
        assertThat(ingest.awaitLine("[2] ", 300)).as(ingest.output()).isTrue();
        ingest.kill();
        // the first article is committed at once, later ones in groups: what survives is whole articles only
        List<String> survived = graphs(store);
        assertThat(survived.size()).isBetween(1, PEOPLE.size());

        Cli again = Cli.run("ingest", "--store", store.toString(), "--date", "2024-05-06", articles.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains(survived.size() + " unchanged");
        assertThat(graphs(store)).hasSize(PEOPLE.size()).containsAll(survived);

        Path clean = dir.resolve("clean");
        assertThat(Cli.run("ingest", "--store", clean.toString(), "--date", "2024-05-06", articles.toString())
                .exit()).isZero();
        assertThat(quads(store, dir.resolve("a.nq"))).isEqualTo(quads(clean, dir.resolve("b.nq")));
    }

    @Test
    void anArticleOverTheTimeLimitIsGivenUpAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        writeArticles(articles);
        Files.copy(ARTICLE, articles.resolve("a00-long.txt"));
        Cli r = Cli.run("extract", "--date", "2020-08-16", "--time-limit", "1", "--format", "nt", "-o",
                dir.resolve("out.nt").toString(), articles.resolve("a00-long.txt").toString(),
                articles.resolve("a01.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("a00-long.txt: analysis took longer than 1 s; given up (raise --time-limit")
                .contains("2 read: ").containsPattern("a01.txt: (1 entities|\\d+ entities|analysis took)");
    }

    @Test
    void anUnpunctuatedTextIsCutIntoSentencesAndAnalysed(@TempDir Path dir) throws Exception {
        String words = "the minister said that the government would not raise taxes and that the council of the"
                + " city had approved the plan for the new bridge which the mayor opened on Monday ";
        Path f = dir.resolve("run-on.txt");
        Files.writeString(f, "A run-on text\n\n" + words.repeat(60));
        Cli r = Cli.run("extract", "--time-limit", "240", "--format", "nt", "-o", dir.resolve("o.nt").toString(),
                f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("o.nt"))).contains("nif-core#Sentence");
    }

    /** A stadium named after its country: the names overlap, which once failed the whole article. */
    @Test
    void overlappingNamesAreAnalysed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("match.txt");
        Files.writeString(f, "France v Wales (Sat)\n\nStade de France, Paris\n\nWales travel to Paris for the match"
                + " at the Stade de France on Saturday, coach Mike Ruddock said.\n");
        Cli r = Cli.run("extract", "--format", "nt", "-o", dir.resolve("o.nt").toString(), f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("o.nt"))).contains("Mike Ruddock");
    }

    @Test
    void twoThreadsGiveTheSameGraphsAsOne(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        writeArticles(articles);
        for (String f : List.of("harbor-strike-2024-03-08.txt", "kyiv-summit-2023-06-12.txt",
                "lagos-founder-2025-02-20.txt")) {
            Files.copy(Path.of("src/test/resources/corpus").resolve(f), articles.resolve(f));
        }
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Cli a = Cli.run("ingest", "--store", one.toString(), "--threads", "1", "--date", "2024-05-06",
                articles.toString());
        Cli b = Cli.run("ingest", "--store", two.toString(), "--threads", "2", "--date", "2024-05-06",
                articles.toString());
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(b.exit()).as(b.err()).isZero();
        assertThat(quads(two, dir.resolve("two.nq"))).isEqualTo(quads(one, dir.resolve("one.nq")));
    }
}
