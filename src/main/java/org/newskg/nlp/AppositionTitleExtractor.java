package org.newskg.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Job titles in an apposition after a name, from {@code rules/title.tokensregex}: "X, a content manager,",
 * "X, a 52-year-old crane operator at the port". The title runs up to the last word NER tags TITLE, and
 * must end where the apposition does.
 */
final class AppositionTitleExtractor implements Extractor {
    private final Set<String> followers = Words.set("title-followers.tsv");
    private final TokenRules rules = new TokenRules("title.tokensregex", Map.of("title-of-name", this::title));

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        rules.run(doc, out);
    }

    private void title(TokenRules.Match m, FactSink out) {
        int start = m.start("$words");
        int end = m.end("$words");
        if (start < 0) {
            return;
        }
        List<CoreLabel> t = m.tokens();
        int lastTitle = -1;
        for (int j = start; j < end; j++) {
            if ("TITLE".equals(t.get(j).ner())) {
                lastTitle = j;
            }
        }
        if (lastTitle < 0 || lastTitle + 1 < t.size() && !followers.contains(t.get(lastTitle + 1).word())) {
            return;
        }
        String who = m.doc().resolution().at(m.sentence(), m.start("$name"));
        StringBuilder words = new StringBuilder();
        for (int j = start; j <= lastTitle; j++) {
            words.append(j > start ? " " : "").append(t.get(j).word());
        }
        out.relation(new Relation(who, RelationType.JOB_TITLE, words.toString(),
                new Provenance(m.rule().confidence(), m.rule().id(), m.sentence())));
    }
}
