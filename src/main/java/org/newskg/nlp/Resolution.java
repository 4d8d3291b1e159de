package org.newskg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Span;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * The entities of an article and, for every token that refers to one of them (names, and the pronouns and
 * descriptions of their coreference chains), which one.
 */
final class Resolution {
    private final List<Entity> entities;
    private final Map<Long, String> refs;
    private final Map<String, Entity> byKey = new HashMap<>();

    private Resolution(List<Entity> entities, Map<Long, String> refs) {
        this.entities = entities;
        this.refs = refs;
        entities.forEach(e -> byKey.put(e.key(), e));
    }

    List<Entity> entities() {
        return entities;
    }

    Entity entity(String key) {
        return byKey.get(key);
    }

    /** The entity the token refers to, or null. */
    String at(int sentence, int index0) {
        return refs.get(pos(sentence, index0));
    }

    /**
     * The entity of that type referred to last before token {@code index} of sentence {@code s}, looking back
     * through that sentence and the two before it; with {@code skipPronouns}, only names count, not a "he" or
     * "its" that coreference resolved.
     */
    String lastBefore(DocView doc, int s, int index, EntityType type, boolean skipPronouns) {
        for (int sent = s; sent >= Math.max(0, s - 2); sent--) {
            int from = sent == s ? index - 1 : doc.tokens(sent).size() - 1;
            for (int i = from; i >= 0; i--) {
                String k = at(sent, i);
                if (k != null && entity(k).type() == type
                        && !(skipPronouns && doc.tokens(sent).get(i).tag().startsWith("PRP"))) {
                    return k;
                }
            }
        }
        return null;
    }

    /** The entity of the first token in [from, to) that refers to one, or null. */
    String within(int sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            String k = at(sentence, i);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    private static long pos(int sentence, int index0) {
        return ((long) sentence << 20) | index0;
    }

    static Resolution build(DocView doc, List<Cluster> clusters) {
        clusters.sort(Comparator.comparing(c -> c.first().span()));
        List<Entity> entities = new ArrayList<>();
        Map<Long, String> refs = new HashMap<>();
        Map<Cluster, String> keys = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            String key = "e" + (keys.size() + 1);
            keys.put(c, key);
            for (NameMention m : c.names) {
                for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
                    refs.put(pos(m.sentence(), i), key);
                }
            }
        }
        Map<Integer, CorefChain> chains = doc.doc().get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains != null) {
            for (CorefChain chain : chains.values()) {
                addChainReferences(chain, clusters, keys, refs);
            }
        }
        reportedSubjects(doc, clusters, keys, refs);
        narratedSubjects(doc, clusters, keys, refs);
        for (Cluster c : clusters) {
            entities.add(toEntity(keys.get(c), c));
        }
        return new Resolution(entities, refs);
    }

    private static void addChainReferences(CorefChain chain, List<Cluster> clusters, Map<Cluster, String> keys,
                                           Map<Long, String> refs) {
        String key = null;
        for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
            Cluster c = EntityResolver.soleNameIn(clusters, cm);
            if (c != null) {
                key = keys.get(c);
                break;
            }
        }
        if (key == null) {
            key = describedPerson(chain, clusters, keys);
        }
        if (key == null) {
            return;
        }
        for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
            int s = cm.sentNum - 1;
            refs.putIfAbsent(pos(s, cm.headIndex - 1), key);
        }
    }

    /**
     * Rule {@value #REPORTED_SUBJECT}: "Douglas Hogg said he opposed the plans": a "he" or "she" that coreference
     * left unresolved, the subject of what a person is said to say, is that person (the speaker of a reporting
     * verb, speech-verbs.txt, named as its subject). "Hogg said the party opposed it" has no pronoun to resolve.
     * And a "he" or "she" left unresolved as the speaker of a reporting verb is the person who spoke in the
     * sentence just before ("Matthew Taylor said ... But he said it was disgusting"); never a "she" for a
     * man's given name or a "he" for a woman's (CoreNLP's name-gender list).
     */
    static final String REPORTED_SUBJECT = "reference/reported-subject";
    private static final Set<String> SUBJECT_PRONOUNS = Words.ofKind("pronouns.tsv", "person-subject");

    private static void reportedSubjects(DocView doc, List<Cluster> clusters, Map<Cluster, String> keys,
                                         Map<Long, String> refs) {
        Set<String> people = new HashSet<>();
        clusters.stream().filter(Cluster::isPerson).forEach(c -> people.add(keys.get(c)));
        String previousSpeaker = null;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            SemanticGraph g = doc.deps(s);
            String lastSpeaker = null;
            for (IndexedWord verb : g.vertexListSorted()) {
                if (verb.lemma() == null || !QuoteAttributor.SPEECH_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                IndexedWord subject = subjectWord(g, verb);
                String speaker = subject == null ? null : refs.get(pos(s, subject.index() - 1));
                // "Matthew Taylor said ... But he said": a pronoun speaker coreference left alone is the last one's
                if (speaker == null && subject != null && previousSpeaker != null
                        && SUBJECT_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT))
                        && genderFits(subject.word(), clusters, keys, previousSpeaker)) {
                    refs.put(pos(s, subject.index() - 1), previousSpeaker);
                    speaker = previousSpeaker;
                }
                if (speaker == null || !people.contains(speaker)) {
                    continue;
                }
                lastSpeaker = speaker;
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                    if (!Deps.rel(e).equals(Deps.CCOMP)) {
                        continue;
                    }
                    for (SemanticGraphEdge se : g.outgoingEdgeIterable(e.getDependent())) {
                        IndexedWord p = se.getDependent();
                        if (Deps.full(se).equals(Deps.NSUBJ) && SUBJECT_PRONOUNS.contains(p.word().toLowerCase(Locale.ROOT))
                                && genderFits(p.word(), clusters, keys, speaker)) {
                            refs.putIfAbsent(pos(s, p.index() - 1), speaker);
                        }
                    }
                }
            }
            previousSpeaker = lastSpeaker;
        }
    }

    /**
     * Rule {@value #NARRATED_SUBJECT}: a "he" or "she" that coreference left unresolved as the subject of a
     * clause of narration (outside quotes, not of a reporting verb, whose speaker the quote rules find) is the
     * person named last before it, outside quotes, within
     * {@value #NARRATED_WINDOW} sentences of narration, when the pronoun fits that person's given name ("The
     * Fabian Society's Sundar Katwala said ... He pointed out ... and urged politicians"); with no person
     * there, or one whose name does not fit, it stays unresolved.
     */
    static final String NARRATED_SUBJECT = "reference/narrated-subject";
    private static final int NARRATED_WINDOW = 3;

    private static void narratedSubjects(DocView doc, List<Cluster> clusters, Map<Cluster, String> keys,
                                         Map<Long, String> refs) {
        Set<String> people = new HashSet<>();
        clusters.stream().filter(Cluster::isPerson).forEach(c -> people.add(keys.get(c)));
        List<Span> quotes = Quotations.of(doc);
        Map<Long, String> found = new HashMap<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            for (SemanticGraphEdge e : doc.deps(s).edgeIterable()) {
                IndexedWord p = e.getDependent();
                boolean subject = Deps.full(e).equals(Deps.NSUBJ) || Deps.full(e).equals(Deps.NSUBJ_PASS);
                IndexedWord verb = e.getGovernor();
                boolean speech = verb.lemma() != null && QuoteAttributor.SPEECH_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
                // "..., he said": the speaker of a quote is the quote rules' to find
                if (!subject || speech || !SUBJECT_PRONOUNS.contains(p.word().toLowerCase(Locale.ROOT))
                        || refs.containsKey(pos(s, p.index() - 1)) || Quotations.covers(quotes, p.beginPosition())) {
                    continue;
                }
                String k = lastPersonNamed(doc, refs, people, quotes, s, p.index() - 1);
                if (k != null && genderFits(p.word(), clusters, keys, k)) {
                    found.put(pos(s, p.index() - 1), k);
                }
            }
        }
        found.forEach(refs::putIfAbsent);
    }

    /** The person named (by a name, not a pronoun) last before token {@code index} of sentence {@code s}, outside quotes. */
    private static String lastPersonNamed(DocView doc, Map<Long, String> refs, Set<String> people,
                                          List<Span> quotes, int s, int index) {
        return Quotations.lastBefore(doc, quotes, s, index, NARRATED_WINDOW, (sent, i) -> {
            String k = refs.get(pos(sent, i));
            String tag = doc.tokens(sent).get(i).tag();
            return k != null && people.contains(k) && tag != null && tag.startsWith("NNP") ? k : null;
        });
    }

    /** "she" does not refer to a person whose given name the name-gender list calls male, nor "he" to a female one. */
    private static boolean genderFits(String pronoun, List<Cluster> clusters, Map<Cluster, String> keys, String key) {
        String wanted = pronoun.equalsIgnoreCase("he") ? "MALE" : pronoun.equalsIgnoreCase("she") ? "FEMALE" : null;
        if (wanted == null) {
            return true;
        }
        for (Cluster c : clusters) {
            if (key.equals(keys.get(c))) {
                for (String full : c.fullNames()) {
                    String g = FirstNames.gender(Names.first(full));
                    if (g != null && (g.equals("MALE") || g.equals("FEMALE")) && !g.equals(wanted)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static IndexedWord subjectWord(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (Deps.full(e).equals(Deps.NSUBJ)) {
                return e.getDependent();
            }
        }
        return null;
    }

    /** Personal pronouns of a person: "he", "his", "her", .... */
    private static final Set<String> PERSONAL = personal();
    private static final Set<String> DEFINITE = Words.ofKind("determiners.tsv", "definite");

    private static Set<String> personal() {
        Set<String> s = new HashSet<>(Words.ofKind("pronouns.tsv", "person"));
        s.addAll(Words.ofKind("pronouns.tsv", "person-subject"));
        return Set.copyOf(s);
    }

    /**
     * A chain without a name that opens with a definite description and continues with "he" or "she" ("The
     * 65-year-old strongman ... He told ...") refers to the most prominent person of the preceding three
     * sentences: the one the article has named most often so far.
     */
    private static String describedPerson(CorefChain chain, List<Cluster> clusters, Map<Cluster, String> keys) {
        List<CorefChain.CorefMention> ms = chain.getMentionsInTextualOrder();
        CorefChain.CorefMention first = ms.get(0);
        String firstWord = first.mentionSpan.toLowerCase(Locale.ROOT).split(" ", 2)[0];
        boolean definite = first.mentionSpan.contains(" ") && DEFINITE.contains(firstWord);
        boolean personal = ms.stream().anyMatch(m -> PERSONAL.contains(m.mentionSpan.toLowerCase(Locale.ROOT)));
        if (!definite || !personal) {
            return null;
        }
        int s = first.sentNum - 1;
        Cluster best = null;
        long bestCount = 0;
        for (Cluster c : clusters) {
            boolean recent = c.isPerson() && c.names.stream().anyMatch(n -> n.sentence() < s && n.sentence() >= s - 3);
            long count = c.names.stream().filter(n -> n.sentence() < s).count();
            if (recent && count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        if (best == null) {
            return null;
        }
        best.merges.add("description: \"" + first.mentionSpan + "\" (sentence " + first.sentNum
                + ") refers to the person the article has named most often just before it");
        return keys.get(best);
    }

    private static Entity toEntity(String key, Cluster c) {
        EntityType type = c.type();
        String name = canonicalName(c, type);
        TreeSet<String> alt = new TreeSet<>();
        for (NameMention m : c.names) {
            alt.add(m.text());
        }
        alt.remove(name);
        List<Span> mentions = c.names.stream().map(NameMention::span).distinct().sorted().toList();
        return new Entity(key, type, name, alt, mentions, c.wiki, c.merges);
    }

    private static String canonicalName(Cluster c, EntityType type) {
        if (c.wiki != null) {
            String fromTitle = Names.ofTitle(c.wiki);
            if (!fromTitle.isEmpty()) {
                return fromTitle;
            }
        }
        Map<String, Integer> freq = new LinkedHashMap<>();
        for (NameMention m : c.names) {
            freq.merge(m.text(), 1, Integer::sum);
        }
        Comparator<Map.Entry<String, Integer>> byLength = Comparator.comparingInt(e -> Names.tokens(e.getKey()).length);
        Comparator<Map.Entry<String, Integer>> order = type == EntityType.PERSON
                ? byLength.thenComparing(Map.Entry.comparingByValue())
                : Map.Entry.<String, Integer>comparingByValue().thenComparing(byLength);
        return freq.entrySet().stream().max(order).map(Map.Entry::getKey).orElse(c.first().text());
    }
}
