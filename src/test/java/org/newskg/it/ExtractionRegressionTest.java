package org.newskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.cli.Cli;
import org.newskg.nlp.RuleCatalogTest;

/**
 * The extraction of the bundled article and of the own corpus, quad for quad, against the N-Quads committed
 * in {@code src/test/resources/regression/} (apart from the run's time): a change to a rule that changes what
 * newskg states shows here, and is accepted by regenerating the files
 * ({@code mvn verify -Dtest=ExtractionRegressionTest -Dnewskg.updateGolden=true}) and reviewing their diff.
 */
@Tag("models")
class ExtractionRegressionTest {
    private static final Path SHARED = Path.of(System.getProperty("newskg.shared", "../shared"));
    private static final Path GOLDEN = Path.of("src/test/resources/regression");
    private static final Pattern EXTRACTOR = Pattern.compile("<https://w3id.org/newskg/ns#extractor> \"([^\"]*)\"");

    static Stream<Object[]> articles() {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[] {"belarus-2020-08-16", SHARED.resolve("corpus/belarus-2020-08-16.txt")});
        for (String n : List.of("copper-sitin-2025-06-13", "harbor-strike-2024-03-08", "kyiv-summit-2023-06-12",
                "lagos-founder-2025-02-20")) {
            out.add(new Object[] {n, Path.of("src/test/resources/corpus/" + n + ".txt")});
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void extractsWhatItExtractedBefore(String name, Path text) throws Exception {
        Path nq = Files.createTempFile("newskg-" + name, ".nq");
        String date = name.substring(name.length() - 10);
        Cli r = Cli.run("extract", "-q", "--date", date, "--format", "nq", "-o", nq.toString(), text.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> now = stable(Files.readAllLines(nq, StandardCharsets.UTF_8));
        Files.deleteIfExists(nq);
        Set<String> rules = new TreeSet<>();
        Matcher m = EXTRACTOR.matcher(String.join("\n", now));
        while (m.find()) {
            rules.add(m.group(1));
        }
        assertThat(rules).as("every fact names a rule of docs/rules.md").isNotEmpty()
                .isSubsetOf(RuleCatalogTest.documented());
        Path golden = GOLDEN.resolve(name + ".nq");
        if (Boolean.getBoolean("newskg.updateGolden")) {
            Files.write(golden, now, StandardCharsets.UTF_8);
        }
        List<String> before = Files.readAllLines(golden, StandardCharsets.UTF_8);
        TreeSet<String> gone = new TreeSet<>(before);
        gone.removeAll(now);
        TreeSet<String> come = new TreeSet<>(now);
        come.removeAll(before);
        assertThat(gone).as("quads no longer extracted (then new: %s)", come.stream().limit(20).toList())
                .isEmpty();
        assertThat(come).as("quads newly extracted").isEmpty();
    }

    /** The quads without the time of the run, sorted. */
    private static List<String> stable(List<String> lines) {
        return lines.stream().filter(l -> !l.contains("prov#startedAtTime")).sorted().toList();
    }
}
