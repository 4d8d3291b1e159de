package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newskg.DataFile;

/**
 * The rule ids: every one the code and the rule files define is documented in {@code docs/rules.md}, every
 * documented one exists, and each is defined in exactly one place of {@code src/main}.
 */
public class RuleCatalogTest {
    private static final List<Class<?>> JAVA_RULES = List.of(KbpExtractor.class, OfficeExtractor.class,
            KnownCapitalExtractor.class, EventExtractor.class, DatelinePlace.class, EventMerger.class,
            EventRelations.class, QuoteAttributor.class, EntityTyper.class,
            NameMentionCollector.class, Resolution.class, ReportTeamExtractor.class,
            EvaluativeSpeech.class, EmployerNames.class);
    /** Tables whose first column is a rule id, besides every file of rules/. */
    private static final List<String> RULE_TABLES = List.of("place-pairs.tsv", "event-arguments.tsv");

    /** Every file of rules/ (found, so that a new one cannot be left out) and the rule tables. */
    private static List<String> ruleFiles() throws IOException {
        List<String> files = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/org/newskg/nlp/rules"))) {
            s.map(p -> "rules/" + p.getFileName()).sorted().forEach(files::add);
        }
        files.addAll(RULE_TABLES);
        return files;
    }

    static Set<String> defined() throws IllegalAccessException, IOException {
        Set<String> ids = new TreeSet<>();
        for (String f : ruleFiles()) {
            DataFile.rows("org/newskg/nlp/" + f, 1, Integer.MAX_VALUE).forEach(r -> ids.add(r.get(0)));
        }
        for (Class<?> c : JAVA_RULES) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && Modifier.isFinal(f.getModifiers())) {
                    f.setAccessible(true);
                    String v = (String) f.get(null);
                    if (v.equals("kbp") || v.matches("[a-z-]+/[a-z-]+")) {
                        ids.add(v);
                    }
                }
            }
        }
        return ids;
    }

    /** The rule ids of docs/rules.md's table. */
    public static Set<String> documented() throws IOException {
        Set<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(Files.readString(Path.of("docs/rules.md")));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void everyRuleIsDocumentedAndEveryDocumentedRuleExists() throws Exception {
        assertThat(documented()).isEqualTo(defined()).hasSizeGreaterThan(20);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }

    /** One file (a rule file, a table, or the class whose constant it is) defines each id. */
    @Test
    void eachRuleIdIsDefinedInOnePlace() throws Exception {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(Path.of("src/main"))) {
            // the pipeline's list of CoreNLP annotators names the "kbp" annotator, not the rule
            sources = s.filter(Files::isRegularFile).filter(p -> !p.endsWith("NlpPipeline.java")).toList();
        }
        for (String id : defined()) {
            Pattern use = Pattern.compile("(\"" + Pattern.quote(id) + "\")|(^" + Pattern.quote(id) + "\t)", Pattern.MULTILINE);
            List<Path> places = sources.stream().filter(p -> use.matcher(read(p)).find()).toList();
            assertThat(places).as("the files that define %s", id).hasSize(1);
        }
    }
}
