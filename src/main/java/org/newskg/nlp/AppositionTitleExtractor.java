package org.newskg.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Job titles in an apposition after a name, from {@code rules/title.tokensregex}: "X, a content manager,",
 * "X, a 52-year-old crane operator at the port". The title runs up to the last word NER tags TITLE, and
 * must end where the apposition does; and right before a name ("film critic Glenn Whipp"), ending in a word NER
 * tags TITLE or a position in a team ("Wing Christophe Dominici"), not a past role, with a capitalized word that
 * is not TITLE kept only at the sentence's start ("Shadow home secretary", but "Bath prop" → prop).
 */
final class AppositionTitleExtractor implements Extractor {
    private static final Set<String> POSITIONS = Words.ofKind("team-context.tsv", "role");
    private final Set<String> followers = Words.set("title-followers.tsv");
    private final TokenRules rules = new TokenRules("title.tokensregex", Map.of("title-of-name", this::title,
            "title-before-name", (m, out) -> titleBefore(m, out, false),
            "person-noun-before-name", (m, out) -> titleBefore(m, out, true)));

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        rules.run(doc, out);
    }

    /**
     * The title right before a name. Its last word is NER's TITLE, a team position or a plural of a TITLE word;
     * or, for {@code personNoun}, instead of those a lower-case common noun that says what a person is or does.
     */
    private static void titleBefore(TokenRules.Match m, FactSink out, boolean personNoun) {
        int start = m.start("$words");
        int end = m.end("$words");
        List<CoreLabel> t = m.tokens();
        if (start < 0) {
            return;
        }
        CoreLabel last = t.get(end - 1);
        String lemma = last.lemma() == null ? last.word().toLowerCase(Locale.ROOT) : last.lemma().toLowerCase(Locale.ROOT);
        // "novelists Hari Kunzru and Ali Smith": a plural title is each coordinated name's, in the singular
        boolean plural = "NNS".equals(last.tag()) && (POSITIONS.contains(lemma) || NerTitles.contains(lemma));
        boolean title = "TITLE".equals(last.ner()) || POSITIONS.contains(last.word().toLowerCase(Locale.ROOT))
                || POSITIONS.contains(Tokens.compound(t, end - 1)) || plural;
        if (personNoun) {
            if (title || !last.tag().startsWith("NN") || !Character.isLowerCase(last.word().charAt(0))
                    || !PersonNouns.contains(lemma)) {
                return;
            }
            plural = "NNS".equals(last.tag());
        } else if (!title) {
            return;
        }
        for (int j = Math.max(0, start - 1); j < end; j++) {
            if (Titles.notCurrentBefore(t.get(j).word())) {
                return;
            }
        }
        // only the words NER tags TITLE and the words that run into them ("shadow home secretary")
        int from = end - 1;
        while (from > start && ("TITLE".equals(t.get(from - 1).ner()) || t.get(from - 1).tag().startsWith("NN")
                || Tokens.isHyphen(t.get(from - 1)) || Tokens.isHyphen(t.get(from)))) {
            from--;
        }
        // a capital is the sentence's ("Shadow home secretary David Davis") or a name's: "French actress Audrey
        // Tautou", "Bath prop David Barnes" (a team NER missed) are an actress and a prop
        while (from < end - 1 && capitalNotTitle(t.get(from)) && !(sentenceStart(t, from) && "O".equals(t.get(from).ner()))) {
            from++;
        }
        if (capitalNotTitle(t.get(from)) && !sentenceStart(t, from)) {
            return;
        }
        // "secretary of state", "scrum-half": the title begins before what the pattern saw
        if (from > 0 && t.get(from - 1).word().matches("of|-|\u2013|for")) {
            return;
        }
        // a person noun: "fellow pupils X" is no title, and "a film to star X" is a verb tagged as a noun
        if (personNoun && (from > 0 && t.get(from - 1).tag().matches("TO|MD")
                || t.subList(start, end).stream().anyMatch(w -> PersonNouns.tie(w.word())))) {
            return;
        }
        Resolution res = m.doc().resolution();
        String who = res.at(m.sentence(), m.start("$name"));
        String words = Tokens.words(t, from, end, plural ? lemma : null);
        Provenance p = new Provenance(m.rule().confidence(), m.rule().id(), m.sentence());
        out.relation(new Relation(who, RelationType.JOB_TITLE, words, p));
        if (plural) {
            for (String other : NameLists.after(res, m.sentence(), t, m.start("$name"), who)) {
                out.relation(new Relation(other, RelationType.JOB_TITLE, words, p));
            }
        }
    }

    /** A capitalized word that NER does not tag TITLE. */
    private static boolean capitalNotTitle(CoreLabel w) {
        return Character.isUpperCase(w.word().charAt(0)) && !"TITLE".equals(w.ner());
    }

    /** The word opens its sentence, or follows only an opening quotation mark or a dash. */
    private static boolean sentenceStart(List<CoreLabel> t, int i) {
        return i == 0 || t.get(i - 1).word().matches("[\"“‘':—-]+|``");
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
        out.relation(new Relation(who, RelationType.JOB_TITLE, Tokens.words(t, start, lastTitle + 1),
                new Provenance(m.rule().confidence(), m.rule().id(), m.sentence())));
    }
}
