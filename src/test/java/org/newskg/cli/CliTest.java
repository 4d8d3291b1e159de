package org.newskg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestData;
import org.newskg.app.StoreIngestor;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.store.Tdb2Store;

/** The commands through picocli, on a store built from a hand-made extraction (no models needed). */
class CliTest {
    private static Path store(Path dir) {
        Path kg = dir.resolve("kg");
        try (Tdb2Store s = Tdb2Store.open(kg)) {
            new StoreIngestor(s, new ExtractionMapper(new Iris(Vocab.DEFAULT_BASE)), false).put(TestData.extraction());
        }
        return kg;
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(Cli.run("--help").exit()).isZero();
        assertThat(Cli.run("--version").exit()).isZero();
        for (String cmd : new String[] {"extract", "ingest", "query", "export", "demo"}) {
            assertThat(Cli.run(cmd, "--help").exit()).as(cmd).isZero();
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run("extract").exit()).isEqualTo(2);
        assertThat(Cli.run("query", "--store", "x").exit()).isEqualTo(2);
        assertThat(Cli.run("ingest", "--store", "x", "--endpoint", "http://h/ds/data", "a.txt").exit()).isEqualTo(2);
        assertThat(Cli.run("ingest", "a.txt").exit()).isEqualTo(2);
        Cli endpoint = Cli.run("ingest", "--endpoint", "ftp://h/ds", "a.txt");
        assertThat(endpoint.exit()).isEqualTo(2);
        assertThat(endpoint.err()).contains("--endpoint must be an http");
        for (List<String> args : List.of(List.of("ingest", "--store", "x", "--threads", "0", "a.txt"),
                List.of("serve", "--store", "x", "--threads", "0"))) {
            Cli threads = Cli.run(args.toArray(String[]::new));
            assertThat(threads.exit()).as(args.get(0)).isEqualTo(2);
            assertThat(threads.err()).as(args.get(0)).contains("--threads must be at least 1");
        }
        assertThat(Cli.run("export", "--store", "x", "--format", "pdf", "-o", "y").exit()).isEqualTo(2);
        Cli bad = Cli.run("extract", "--date", "16/08/2020", "a.txt");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--date must be YYYY-MM-DD");
    }

    @Test
    void queryPrintsRows(@TempDir Path dir) {
        Path kg = store(dir);
        Cli r = Cli.run("query", "--store", kg.toString(), "--format", "csv",
                "-e", "SELECT ?n { ?p a <http://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("n").contains("Anna Smith");
    }

    @Test
    void syntaxErrorsNameLineAndColumn(@TempDir Path dir) {
        Path kg = store(dir);
        Cli r = Cli.run("query", "--store", kg.toString(), "-e", "SELECT ?x WHERE {\n  ?x ?y \n}");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("SPARQL syntax error at line 3, column 1");
        Cli upd = Cli.run("query", "--store", kg.toString(), "-e", "INSERT DATA { <a:b> <a:c> <a:d> }");
        assertThat(upd.exit()).isEqualTo(1);
        assertThat(upd.err()).contains("SPARQL update").contains("unless you pass --update");
    }

    @Test
    void updatesRunOnlyWithTheFlagInOneTransaction(@TempDir Path dir) {
        Path kg = store(dir);
        String drop = "DELETE WHERE { GRAPH ?g { ?p a <http://schema.org/Person> ; ?x ?y } }";
        Cli done = Cli.run("query", "--store", kg.toString(), "--update", "-e", drop);
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.err()).contains("Update applied");
        String csv = Cli.run("query", "--store", kg.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(?p) AS ?n) { ?p a <http://schema.org/Person> }").out();
        assertThat(csv.strip()).endsWith("0");
        Cli bad = Cli.run("query", "--store", kg.toString(), "--update", "-e", "INSERT DATA { <a:b> <a:c> }");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("syntax error at line 1");
    }

    @Test
    void missingStoreIsAClearError(@TempDir Path dir) {
        Cli r = Cli.run("query", "--store", dir.resolve("none").toString(), "-e", "ASK {}");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no store here");
    }

    @Test
    void exportWritesEveryRdfFormat(@TempDir Path dir) throws Exception {
        Path kg = store(dir);
        for (String f : new String[] {"ttl", "trig", "nt", "nq", "jsonld"}) {
            Path out = dir.resolve("out." + f);
            assertThat(Cli.run("export", "--store", kg.toString(), "--format", f, "-o", out.toString(), "-q").exit())
                    .as(f).isZero();
            DatasetGraph back = RDFDataMgr.loadDatasetGraph(out.toString());
            long triples = back.stream().count();
            assertThat(triples).as(f).isGreaterThan(80);
        }
        Path nt1 = dir.resolve("out.nt");
        Path nt2 = dir.resolve("again.nt");
        Cli.run("export", "--store", kg.toString(), "--format", "nt", "-o", nt2.toString(), "-q");
        assertThat(Files.readString(nt2)).isEqualTo(Files.readString(nt1));
    }

    @Test
    void badInputsAreReportedAndTheBatchFails(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 'b'});
        Cli r = Cli.run("extract", "-q", "-o", dir.resolve("o.ttl").toString(), empty.toString(), binary.toString(),
                dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("empty.txt: empty article").contains("bin.txt: binary data")
                .contains("missing.txt: no such file");
    }
}
