package org.newskg.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Extraction;
import org.newskg.extraction.RunInfo;
import org.newskg.extraction.Sentence;
import org.newskg.extraction.Span;
import org.newskg.source.Article;

/**
 * A stand-in for the CoreNLP analysis, for tests of reading and storing in a child JVM without models
 * ({@code -Dnewskg.test.analyzer=org.newskg.app.WordAnalyzer}): every capitalised word is a person, named
 * wherever it occurs, so a longer text makes a larger graph.
 */
public final class WordAnalyzer implements Function<Article, Extraction> {
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][a-z]{2,}\\b");

    @Override
    public Extraction apply(Article a) {
        String text = a.text();
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            mentions.computeIfAbsent(m.group(), w -> new ArrayList<>()).add(new Span(m.start(), m.end(), m.group(), 0));
        }
        List<Entity> entities = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Span>> e : mentions.entrySet()) {
            entities.add(new Entity("e" + n++, EntityType.PERSON, e.getKey(), new TreeSet<>(), e.getValue(), null, List.of()));
        }
        return new Extraction(a, List.of(new Sentence(0, 0, text.length(), text)), entities, List.of(), List.of(),
                List.of(), new RunInfo("test", List.of("words"), Instant.parse("2020-01-01T00:00:00Z")));
    }
}
