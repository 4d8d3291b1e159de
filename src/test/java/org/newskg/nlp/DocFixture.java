package org.newskg.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.source.Article;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * An analysed article written by hand, for tests of rules without models: sentences of tokens
 * ({@code word/TAG/NER/lemma/normalized}; NER defaults to O, the lemma to the lower-case word, a normalized
 * value, as NER gives numbers and dates, to none) with a dependency graph in
 * CoreNLP's {@code SemanticGraph.valueOf} syntax with indices ({@code [said-5 nsubj>Putin-4 ...]}), and
 * optionally KBP triples. Names are CoreNLP's entity mentions as its {@code entitymentions} annotator makes
 * them (runs of one NER tag); quotations are the text between quotation marks. Then newskg's own name
 * collection and resolution run on it, as on a real annotation.
 */
final class DocFixture {
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"”]+)[\"”]");
    private final StringBuilder text = new StringBuilder();
    private final List<CoreMap> sentences = new ArrayList<>();
    private final List<CoreMap> mentions = new ArrayList<>();
    private final List<List<RelationTriple>> kbp = new ArrayList<>();
    private LocalDate date = LocalDate.of(2020, 8, 16);
    private final java.util.Map<String, String> wiki = new java.util.HashMap<>();
    private final java.util.Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains = new java.util.HashMap<>();

    static DocFixture article() {
        return new DocFixture();
    }

    DocFixture date(LocalDate d) {
        date = d;
        return this;
    }

    /** entitylink's title for every mention with this exact text. */
    DocFixture wiki(String mention, String title) {
        wiki.put(mention, title);
        return this;
    }

    /**
     * A coreference chain over the given mentions, each {sentence, first token, end token} (0-based, end
     * exclusive; the head is the last token).
     */
    DocFixture coref(int[]... spans) {
        int id = chains.size() + 1;
        java.util.Map<edu.stanford.nlp.util.IntPair, java.util.Set<edu.stanford.nlp.coref.data.CorefChain.CorefMention>> map
                = new java.util.HashMap<>();
        edu.stanford.nlp.coref.data.CorefChain.CorefMention first = null;
        int n = 0;
        for (int[] sp : spans) {
            List<CoreLabel> t = sentences.get(sp[0]).get(CoreAnnotations.TokensAnnotation.class);
            StringBuilder words = new StringBuilder();
            for (int i = sp[1]; i < sp[2]; i++) {
                words.append(i > sp[1] ? " " : "").append(t.get(i).word());
            }
            var cm = new edu.stanford.nlp.coref.data.CorefChain.CorefMention(
                    edu.stanford.nlp.coref.data.Dictionaries.MentionType.PROPER,
                    edu.stanford.nlp.coref.data.Dictionaries.Number.SINGULAR,
                    edu.stanford.nlp.coref.data.Dictionaries.Gender.UNKNOWN,
                    edu.stanford.nlp.coref.data.Dictionaries.Animacy.UNKNOWN, sp[1] + 1, sp[2] + 1, sp[2], id,
                    id * 100 + n++, sp[0] + 1, new edu.stanford.nlp.util.IntTuple(2), words.toString());
            map.computeIfAbsent(new edu.stanford.nlp.util.IntPair(sp[0] + 1, sp[2]), k -> new java.util.HashSet<>()).add(cm);
            if (first == null) {
                first = cm;
            }
        }
        chains.put(id, new edu.stanford.nlp.coref.data.CorefChain(id, map, first));
        return this;
    }

    /** A new paragraph starts before the next sentence. */
    DocFixture paragraph() {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        return this;
    }

    /** A sentence: its tokens, and its dependency graph (null: every token a root). */
    DocFixture sentence(String tokens, String deps) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        int s = sentences.size();
        List<CoreLabel> labels = new ArrayList<>();
        String[] parts = tokens.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/", -1);
            CoreLabel t = new CoreLabel();
            String word = f[0].replace("\\_", " ");
            if (i > 0 && !word.matches("[,.;:!?)”\"’'].*") && !labels.get(i - 1).word().matches("[(“]")) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            t.setWord(word);
            t.setValue(word);
            t.setOriginalText(word);
            t.setTag(f.length > 1 ? f[1] : "NN");
            t.setNER(f.length > 2 && !f[2].isEmpty() ? f[2] : "O");
            t.setLemma(f.length > 3 && !f[3].isEmpty() ? f[3] : word.toLowerCase());
            if (f.length > 4 && !f[4].isEmpty()) {
                t.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, f[4]);
            }
            t.setBeginPosition(begin);
            t.setEndPosition(text.length());
            t.setIndex(i + 1);
            t.setSentIndex(s);
            labels.add(t);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, labels.get(0).beginPosition());
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, labels.get(labels.size() - 1).endPosition());
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph(labels, deps, s));
        sentences.add(sentence);
        kbp.add(new ArrayList<>());
        addMentions(labels, s);
        return this;
    }

    /** A KBP triple of the last sentence: subject tokens [sb, se), relation, object tokens [ob, oe) (0-based). */
    DocFixture kbp(int sb, int se, String relation, int ob, int oe, double confidence) {
        List<CoreLabel> t = sentences.get(sentences.size() - 1).get(CoreAnnotations.TokensAnnotation.class);
        CoreLabel rel = new CoreLabel();
        rel.setWord(relation);
        rel.setValue(relation);
        kbp.get(kbp.size() - 1).add(new RelationTriple(t.subList(sb, se), List.of(rel), t.subList(ob, oe), confidence));
        return this;
    }

    private static SemanticGraph graph(List<CoreLabel> labels, String deps, int s) {
        SemanticGraph g = new SemanticGraph();
        List<IndexedWord> nodes = new ArrayList<>();
        for (CoreLabel l : labels) {
            IndexedWord w = new IndexedWord(l);
            nodes.add(w);
            g.addVertex(w);
        }
        if (deps == null) {
            nodes.forEach(g::addRoot);
            return g;
        }
        SemanticGraph parsed = SemanticGraph.valueOf(deps, s);
        for (IndexedWord r : parsed.getRoots()) {
            g.addRoot(nodes.get(r.index() - 1));
        }
        for (SemanticGraphEdge e : parsed.edgeIterable()) {
            g.addEdge(nodes.get(e.getGovernor().index() - 1), nodes.get(e.getDependent().index() - 1), e.getRelation(),
                    e.getWeight(), e.isExtra());
        }
        return g;
    }

    /** Runs of one NER tag among the name tags, as CoreNLP's entity mentions. */
    private void addMentions(List<CoreLabel> labels, int s) {
        int i = 0;
        while (i < labels.size()) {
            String ner = labels.get(i).ner();
            int j = i + 1;
            while (j < labels.size() && labels.get(j).ner().equals(ner)) {
                j++;
            }
            if (!ner.equals("O") && !ner.equals("TITLE") && !ner.equals("DATE") && !ner.equals("NUMBER")) {
                CoreMap m = new ArrayCoreMap();
                List<CoreLabel> toks = new ArrayList<>(labels.subList(i, j));
                m.set(CoreAnnotations.TokensAnnotation.class, toks);
                m.set(CoreAnnotations.NamedEntityTagAnnotation.class, ner);
                m.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
                int b = toks.get(0).beginPosition();
                int e = toks.get(toks.size() - 1).endPosition();
                m.set(CoreAnnotations.TextAnnotation.class, text.substring(b, e));
                m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
                m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
                mentions.add(m);
            }
            i = j;
        }
    }

    Annotation annotation() {
        Annotation a = new Annotation(text.toString());
        a.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        for (CoreMap m : mentions) {
            String title = wiki.get(m.get(CoreAnnotations.TextAnnotation.class));
            if (title != null) {
                m.set(CoreAnnotations.WikipediaEntityAnnotation.class, title);
            }
        }
        a.set(CoreAnnotations.MentionsAnnotation.class, mentions);
        if (!chains.isEmpty()) {
            a.set(edu.stanford.nlp.coref.CorefCoreAnnotations.CorefChainAnnotation.class, chains);
        }
        List<CoreMap> quotes = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            CoreMap q = new ArrayCoreMap();
            q.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, m.start());
            q.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, m.end());
            quotes.add(q);
        }
        a.set(CoreAnnotations.QuotationsAnnotation.class, quotes);
        for (int s = 0; s < sentences.size(); s++) {
            sentences.get(s).set(CoreAnnotations.KBPTriplesAnnotation.class, kbp.get(s));
        }
        return a;
    }

    String text() {
        return text.toString();
    }

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(null, "test", java.time.Clock.systemUTC());

    private Article articleRecord() {
        return new Article("fixture.txt", text(), text(), date, null);
    }

    DocumentContext context() {
        return ANALYZER.context(new DocView(annotation()), articleRecord());
    }

    /** The whole analysis after annotation: every extractor, then the merge step. */
    org.newskg.extraction.Extraction extraction() {
        return ANALYZER.extract(context(), articleRecord(),
                new org.newskg.extraction.RunInfo("test", List.of(), java.time.Instant.EPOCH));
    }

    /** What one extractor emits on this article. */
    Facts run(Extractor x) {
        Facts f = new Facts();
        x.extract(context(), f);
        return f;
    }

    /** What one extractor emits, handed to a check. */
    DocFixture expect(Extractor x, Consumer<Facts> check) {
        check.accept(run(x));
        return this;
    }
}
