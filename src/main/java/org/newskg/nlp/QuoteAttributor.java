package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newskg.DataFile;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Quote;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Who said each quotation, the way news reports speech: a reporting verb ("said", "told AFP", "vowed") whose
 * subject is a named entity or a pronoun resolved by coreference, a source named "according to", and a quote
 * that opens a paragraph after one the speaker's quote ends continues that speaker. Quotes without such evidence
 * (placards, slogans, unnamed sources) keep no speaker. Rules: {@value #VERB}, {@value #PRONOUN},
 * {@value #ACCORDING}, {@value #CONTINUATION}, {@value #NARRATOR}, {@value #EMBEDDED}, {@value #DESCRIPTION}.
 */
final class QuoteAttributor implements Extractor {
    /** "..., X said": the subject of the reporting verb nearest the quote. */
    static final String VERB = "quote/reporting-verb";
    /** "..., he said" with "he" left open by coreference: the person named last before the verb. */
    static final String PRONOUN = "quote/pronoun-last-person";
    /**
     * A quote without a reporting verb that opens its sentence, in the paragraph of an attributed one or making
     * up the next.
     */
    static final String CONTINUATION = "quote/continuation";
    /**
     * A quote without a reporting verb right after a sentence of narration in its paragraph whose subject is a
     * person ("..., says Mr Pearson. "So the gadgets..."", "He is scathing of the party. "The party is..."").
     */
    static final String NARRATOR = "quote/previous-sentence-subject";
    /** The source a sentence names with "according to", outside the quote ("…", according to editor Paul Rees). */
    static final String ACCORDING = "quote/according-to";
    /** A phrase quoted inside a sentence of narration: the sentence's subject, a person ("He called it "average""). */
    static final String EMBEDDED = "quote/embedded-subject";
    /** ""...," said the Sale player": the first person subject of the sentence before, in the paragraph. */
    static final String DESCRIPTION = "quote/description-previous-subject";
    /**
     * ""...," said the artists": the entity the article introduced with that noun before or beside its name
     * ("Bafta-winning artists Langlands & Bell", "her agent, Meghan Prophet").
     */
    static final String INTRODUCED = "quote/description-introduced-name";
    /** ""...," the organisation said": the organization named last, for a noun of organizations. */
    static final String LAST_ORGANIZATION = "quote/description-last-organization";
    /** Nouns for an organization ("the company said", "the watchdog said"). */
    private static final Set<String> ORGANIZATION_NOUNS = Words.set("organization-nouns.tsv");
    /** Team positions and words for a team's people ("player"), which name who a player is. */
    private static final Set<String> TEAM_PEOPLE = Set.copyOf(Words.map("team-context.tsv").entrySet().stream()
            .filter(e -> e.getValue().equals("role") || e.getValue().equals("member")).map(java.util.Map.Entry::getKey).toList());
    /** Non-quote sentences looked back through for the person a "he" or "she" stands for. */
    private static final int PRONOUN_WINDOW = 3;
    static final Set<String> SPEECH_VERBS = Set.copyOf(DataFile.words("org/newskg/nlp/speech-verbs.txt"));
    private static final Set<String> PERSON_PRONOUNS = Words.ofKind("pronouns.tsv", "person-subject");

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        Quote previous = null;
        Paragraphs paragraphs = doc.paragraphs();
        for (Span span : doc.quotations()) {
            Attribution a = attribute(doc.view(), doc.resolution(), span, paragraphs, doc.quotations());
            if (a == null) {
                a = accordingTo(doc.view(), doc.resolution(), span);
            }
            if (a == null && opensSentence(doc.view(), span)) {
                a = previousSentenceSubject(doc.view(), doc.resolution(), span, paragraphs, doc.quotations(), previous);
            } else if (a == null) {
                int s = doc.view().sentenceAt(span.begin());
                String k = firstPersonSubject(doc.view(), doc.resolution(), doc.quotations(), s, span.begin());
                a = k == null ? null : new Attribution(k, new Provenance(0.6, EMBEDDED, s));
            }
            if (a == null && previous != null && previous.speaker() != null && opensSentence(doc.view(), span)
                    && continues(doc.view(), paragraphs, previous.span(), span)) {
                a = new Attribution(previous.speaker(), new Provenance(0.7, CONTINUATION, span.sentence()));
            }
            Quote quote = new Quote(span.text(), span, a == null ? null : a.speaker, a == null ? null : a.provenance,
                    about(doc.resolution(), span));
            out.quote(quote);
            previous = quote;
        }
    }

    /** The word lies outside the quote and its quotation marks. */
    private static boolean outside(IndexedWord w, Span quote) {
        return w.endPosition() <= quote.begin() - 1 || w.beginPosition() >= quote.end() + 1;
    }

    /** Rule {@value #ACCORDING}: the entity an "according to" phrase of the quote's sentence names, outside it. */
    private static Attribution accordingTo(DocView doc, Resolution res, Span quote) {
        int first = doc.sentenceAt(quote.begin());
        int last = doc.sentenceAt(Math.max(quote.begin(), quote.end() - 1));
        for (int s = first; s <= last; s++) {
            for (SemanticGraphEdge e : doc.deps(s).edgeIterable()) {
                IndexedWord d = e.getDependent();
                String source = outside(d, quote) && "according_to".equals(Deps.specific(e))
                        ? NounReferent.SUBJECT_PHRASE.of(doc.deps(s), res, s, d) : null;
                if (source != null) {
                    return new Attribution(source, new Provenance(0.8, ACCORDING, s));
                }
            }
        }
        return null;
    }

    /**
     * Whether a quote that opens its sentence, with no reporting verb, goes on from the one before: in the same
     * paragraph; as a paragraph of its own right after; or opening the paragraph after one that the quote before
     * ends, or whose last sentence holds it (news runs one speaker's quotes over paragraphs: "Serena added: “…
     * the way she did.”" then a paragraph “If I would have torn it, …” and more).
     */
    private static boolean continues(DocView doc, Paragraphs paragraphs, Span previous, Span quote) {
        int gap = paragraphs.index(quote.begin()) - paragraphs.index(previous.begin());
        return gap == 0 || gap == 1 && (paragraphs.isWholeParagraph(quote)
                || paragraphs.opensParagraph(quote) && (paragraphs.endsParagraph(previous) || inLastSentence(doc, paragraphs, previous)));
    }

    /** The quote is in its paragraph's last sentence ("… “everything in their powers”, according to Paul Rees."). */
    private static boolean inLastSentence(DocView doc, Paragraphs paragraphs, Span quote) {
        int s = doc.sentenceAt(Math.max(quote.begin(), quote.end() - 1));
        return s + 1 >= doc.sentenceCount() || paragraphs.index(doc.sentenceBegin(s + 1)) != paragraphs.index(quote.begin());
    }

    /** The quote begins its sentence: a phrase quoted inside a sentence of narration is not continued. */
    private static boolean opensSentence(DocView doc, Span quote) {
        int begin = doc.sentenceBegin(doc.sentenceAt(quote.begin()));
        // only quotation marks and spaces before it (the splitter may give a closing mark to the next sentence)
        return begin >= quote.begin() || doc.text(begin, quote.begin()).matches("[\\s\"'\u201C\u201D\u2018\u2019]*");
    }

    private record Attribution(String speaker, Provenance provenance) {
    }

    /** The subject of the reporting verb nearest to the quote in its sentences, if it is an entity. */
    private Attribution attribute(DocView doc, Resolution res, Span quote, Paragraphs paragraphs, List<Span> quotes) {
        int first = doc.sentenceAt(quote.begin());
        int last = doc.sentenceAt(Math.max(quote.begin(), quote.end() - 1));
        // “We won't give up!” he vowed: the sentence splitter may end the sentence inside the quote
        if (last + 1 < doc.sentenceCount() && doc.sentenceBegin(last + 1) - quote.end() <= 3
                && paragraphs.index(doc.sentenceBegin(last + 1)) == paragraphs.index(quote.begin())) {
            last++;
        }
        IndexedWord best = null;
        int bestSentence = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int s = first; s <= last; s++) {
            SemanticGraph g = doc.deps(s);
            for (IndexedWord w : g.vertexSet()) {
                if (!outside(w, quote) || !isSpeechVerb(w)) {
                    continue;
                }
                int score = distance(g, w, quote);
                if (score >= 100 && (introducesLater(doc, s, w, quote) || reportsOwnClause(g, w, quote))) {
                    continue;
                }
                if (score < bestScore) {
                    best = w;
                    bestScore = score;
                    bestSentence = s;
                }
            }
        }
        if (best == null) {
            return null;
        }
        double confidence = bestScore < 100 ? 0.9 : 0.75;
        boolean pronoun = pronounSubject(doc.deps(bestSentence), best);
        String speaker = subjectOf(doc.deps(bestSentence), res, bestSentence, best);
        // "he told the conference": coreference that ties "he" to a country is wrong; the pronoun rule decides
        if (speaker != null && pronoun && res.entity(speaker).type() != EntityType.PERSON) {
            speaker = null;
        }
        // "The comments, said Junya Tanase of JPMorgan, were …": set off by commas, the verb comes before its
        // speaker even when the parser gave it a subject of its own
        if (speaker == null && (!hasSubject(doc.deps(bestSentence), best) || afterComma(doc, bestSentence, best))) {
            speaker = invertedSubject(doc, res, bestSentence, best);
        }
        if (speaker != null) {
            return new Attribution(speaker, new Provenance(confidence, VERB, bestSentence));
        }
        Attribution described = pronoun ? null : described(doc, res, quotes, bestSentence, best);
        if (described != null) {
            return described;
        }
        if (pronoun) {
            speaker = lastPersonBefore(doc, res, quotes, bestSentence, best.index() - 1);
        } else if (describedSubject(doc.deps(bestSentence), best) && first > 0
                && paragraphs.index(doc.sentenceBegin(first - 1)) == paragraphs.index(quote.begin())) {
            // ""I was behind the ball," said the Sale player": the person the sentence before is about
            speaker = firstPersonSubject(doc, res, quotes, first - 1, Integer.MAX_VALUE);
            return speaker == null ? null : new Attribution(speaker, new Provenance(0.6, DESCRIPTION, bestSentence));
        }
        return speaker == null ? null : new Attribution(speaker, new Provenance(confidence, PRONOUN, bestSentence));
    }

    /**
     * Rules {@value #INTRODUCED} and {@value #LAST_ORGANIZATION}: the verb's subject is "the" and a noun that
     * names no entity itself; it stands for the entity the article named with that noun before or beside its
     * name, the latest such, before the verb ("artists Langlands & Bell" ... "said the artists"); failing that,
     * a noun for organizations stands for the organization named last before the verb, within
     * {@value #PRONOUN_WINDOW} sentences of narration ("A spokesman for Reporters Without Borders ..." ...
     * "the organisation said").
     */
    private static Attribution described(DocView doc, Resolution res, List<Span> quotes, int s, IndexedWord verb) {
        SemanticGraph g = doc.deps(s);
        IndexedWord subject = definiteSubject(g, verb);
        if (subject == null || res.at(s, subject.index() - 1) != null) {
            return null;
        }
        String lemma = (subject.lemma() == null ? subject.word() : subject.lemma()).toLowerCase();
        for (int sent = s; sent >= 0; sent--) {
            SemanticGraph h = doc.deps(sent);
            List<IndexedWord> words = h.vertexListSorted();
            for (int i = words.size() - 1; i >= 0; i--) {
                IndexedWord w = words.get(i);
                if (sent == s && w.index() >= subject.index() || Quotations.covers(quotes, w.beginPosition())
                        || !lemma.equalsIgnoreCase(w.lemma() == null ? w.word() : w.lemma())) {
                    continue;
                }
                String k = introduced(h, res, sent, w);
                if (k != null) {
                    return new Attribution(k, new Provenance(0.6, INTRODUCED, s));
                }
            }
        }
        if (!ORGANIZATION_NOUNS.contains(lemma)) {
            return null;
        }
        String k = lastBefore(doc, res, quotes, s, verb.index() - 1, EntityType.ORGANIZATION);
        return k == null ? null : new Attribution(k, new Provenance(0.6, LAST_ORGANIZATION, s));
    }

    /** The subject of the verb (or, after it, what the parser took for its object) when it is "the" and a common noun. */
    private static IndexedWord definiteSubject(SemanticGraph g, IndexedWord verb) {
        IndexedWord subject = ownSubject(g, verb);
        // "..., said the Sale player": after the verb, the parser may take the speaker for its object
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (subject == null && Deps.rel(e).equals(Deps.OBJ) && e.getDependent().index() > verb.index()) {
                subject = e.getDependent();
            }
        }
        if (subject == null || subject.tag() == null || !subject.tag().matches("NNS?")
                || !Character.isLowerCase(subject.word().charAt(0))) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(subject)) {
            if (Deps.rel(e).equals(Deps.DET) && e.getDependent().word().equalsIgnoreCase("the")) {
                return subject;
            }
        }
        return null;
    }

    /**
     * The person or organization a noun introduces: the name it is a compound of ("artists Langlands & Bell")
     * or in apposition with ("her agent, Meghan Prophet").
     */
    private static String introduced(SemanticGraph g, Resolution res, int s, IndexedWord noun) {
        if (res.at(s, noun.index() - 1) != null) {
            return null; // the noun is part of a name itself
        }
        List<String> candidates = new ArrayList<>();
        for (SemanticGraphEdge e : g.incomingEdgeIterable(noun)) {
            if (Deps.rel(e).equals(Deps.COMPOUND) || Deps.rel(e).equals(Deps.APPOS)) {
                candidates.add(res.at(s, e.getGovernor().index() - 1));
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (Deps.rel(e).equals(Deps.APPOS)) {
                candidates.add(res.at(s, e.getDependent().index() - 1));
            }
        }
        for (String k : candidates) {
            if (k != null && (res.entity(k).type() == EntityType.PERSON || res.entity(k).type() == EntityType.ORGANIZATION)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The verb's subject describes a person, with "the" and a noun of what someone is or does: "the Sale
     * player", "the veteran striker", "the 28-year-old midfielder" (words/person-nouns.tsv, team positions,
     * NER's TITLE).
     */
    private static boolean describedSubject(SemanticGraph g, IndexedWord verb) {
        IndexedWord subject = definiteSubject(g, verb);
        if (subject == null || !"NN".equals(subject.tag())) {
            return false;
        }
        String lemma = subject.lemma() == null ? subject.word() : subject.lemma();
        return PersonNouns.contains(lemma) || TEAM_PEOPLE.contains(lemma) || "TITLE".equals(subject.ner());
    }

    /**
     * The person named or referred to last before token {@code index} of sentence {@code s}, outside every
     * quote ("“I had a chat with David Barnes,” he said" is not Barnes's), looking back through at most
     * {@value #PRONOUN_WINDOW} sentences of narration; with none there, the article's central person.
     */
    static String lastPersonBefore(DocView doc, Resolution res, List<Span> quotes, int s, int index) {
        String k = lastBefore(doc, res, quotes, s, index, EntityType.PERSON);
        return k != null ? k : centralPerson(res);
    }

    /**
     * The entity of the type named or referred to last before token {@code index} of sentence {@code s},
     * outside every quote, within {@value #PRONOUN_WINDOW} sentences of narration, or null.
     */
    private static String lastBefore(DocView doc, Resolution res, List<Span> quotes, int s, int index, EntityType type) {
        return Quotations.lastBefore(doc, quotes, s, index, PRONOUN_WINDOW, (sent, i) -> {
            String k = res.at(sent, i);
            return k != null && res.entity(k).type() == type ? k : null;
        });
    }

    /**
     * The person the article names most often, when one is named more often than any other: who a "he" or
     * "she" with no person named near it stands for in a profile or an interview.
     */
    static String centralPerson(Resolution res) {
        String best = null;
        int most = 0;
        boolean tie = false;
        for (var e : res.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            int n = e.mentions().size();
            if (n > most) {
                best = e.key();
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Rule {@value #NARRATOR}: the quote opens a sentence, the sentence before it is in the same paragraph (or
     * ends the paragraph before, when the quote opens its own: "Morris appears evangelical." / ""I was on a
     * cruise..."), lies after the previous quote, and a speech verb of it has a person as subject ("...,
     * says Mr Pearson."), else its first subject is a person.
     */
    private static Attribution previousSentenceSubject(DocView doc, Resolution res, Span quote, Paragraphs paragraphs,
                                                       List<Span> quotes, Quote previous) {
        int first = doc.sentenceAt(quote.begin());
        if (first == 0 || !opensSentence(doc, quote)) {
            return null;
        }
        int before = first - 1;
        int begin = doc.sentenceBegin(before);
        int gap = paragraphs.index(quote.begin()) - paragraphs.index(begin);
        boolean opensParagraph = paragraphs.index(quote.begin() - 2) != paragraphs.index(quote.begin());
        if (gap > 1 || gap == 1 && !opensParagraph || Quotations.covers(quotes, begin)
                || previous != null && previous.span().end() > begin) {
            return null;
        }
        String k = speakerOf(doc, res, quotes, before);
        if (k == null) {
            k = firstPersonSubject(doc, res, quotes, before, Integer.MAX_VALUE);
        }
        return k == null ? null : new Attribution(k, new Provenance(0.6, NARRATOR, before));
    }

    /** "..., says Mr Pearson.": the person a speech verb of the sentence has as subject, said or inverted. */
    private static String speakerOf(DocView doc, Resolution res, List<Span> quotes, int s) {
        SemanticGraph g = doc.deps(s);
        for (IndexedWord w : g.vertexListSorted()) {
            if (!isSpeechVerb(w) || Quotations.covers(quotes, w.beginPosition())) {
                continue;
            }
            IndexedWord subject = ownSubject(g, w);
            String k = subject != null ? NounReferent.SUBJECT_PHRASE.of(g, res, s, subject) : invertedSubject(doc, res, s, w);
            if (k != null && res.entity(k).type() == EntityType.PERSON) {
                return k;
            }
        }
        return null;
    }

    /**
     * The person the first subject (active or passive) of sentence {@code s} before offset {@code limit} names, or, a "he" or
     * "she", stands for; the parser may hang the main clause under a later one, so the first subject counts.
     */
    private static String firstPersonSubject(DocView doc, Resolution res, List<Span> quotes, int s, int limit) {
        SemanticGraph g = doc.deps(s);
        SemanticGraphEdge subject = null;
        for (SemanticGraphEdge e : g.edgeIterable()) {
            IndexedWord d = e.getDependent();
            boolean isSubject = Deps.rel(e).equals(Deps.NSUBJ) || Deps.full(e).equals(Deps.NSUBJ_PASS);
            if (isSubject && d.beginPosition() < limit && !Quotations.covers(quotes, d.beginPosition())
                    && (subject == null || d.index() < subject.getDependent().index())) {
                subject = e;
            }
        }
        if (subject == null) {
            return null;
        }
        String k = NounReferent.SUBJECT_PHRASE.of(g, res, s, subject.getDependent());
        if (PERSON_PRONOUNS.contains(subject.getDependent().word().toLowerCase())
                && (k == null || res.entity(k).type() != EntityType.PERSON)) {
            k = lastPersonBefore(doc, res, quotes, s, subject.getDependent().index() - 1);
        }
        return k != null && res.entity(k).type() == EntityType.PERSON ? k : null;
    }

    /** "X said: "..."" after the quote: the colon hands the verb to the quote that follows it. */
    private static boolean introducesLater(DocView doc, int s, IndexedWord verb, Span quote) {
        List<edu.stanford.nlp.ling.CoreLabel> tokens = doc.tokens(s);
        return verb.beginPosition() >= quote.end() && verb.index() < tokens.size()
                && tokens.get(verb.index()).word().equals(":");
    }

    /** "And X said best film was between two": a verb with a clause of its own outside the quote reports that. */
    private static boolean reportsOwnClause(SemanticGraph g, IndexedWord verb, Span quote) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String r = Deps.rel(e);
            IndexedWord d = e.getDependent();
            boolean outside = outside(d, quote);
            // "X told the BBC News website": the object of a verb of telling is the listener, not what is said
            boolean listener = r.equals("obj") && LISTENER_VERBS.contains(verb.lemma() == null ? "" : verb.lemma().toLowerCase());
            if ((r.equals("ccomp") || r.equals("obj") && !listener || r.equals("parataxis")) && outside) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSubject(SemanticGraph g, IndexedWord verb) {
        for (IndexedWord v = verb; v != null; v = g.getParent(v)) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
                if (v == verb ? subjectEdge(e, v) : Deps.rel(e).equals(Deps.NSUBJ)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The verb comes right after a comma ("The comments, said Junya Tanase, were …"). */
    private static boolean afterComma(DocView doc, int s, IndexedWord verb) {
        return verb.index() >= 2 && doc.tokens(s).get(verb.index() - 2).word().equals(",");
    }

    /**
     * "..., said Dominici.": a name right after a verb that the parser gave no subject; when the name is a
     * possessor ("said Aguilera's agent Meghan Prophet"), the person its phrase names, if any, not the
     * possessor.
     */
    private static String invertedSubject(DocView doc, Resolution res, int s, IndexedWord verb) {
        List<edu.stanford.nlp.ling.CoreLabel> tokens = doc.tokens(s);
        int next = verb.index();
        while (next < tokens.size() && NAME_PREFIXES.contains(tokens.get(next).word())) {
            next++;
        }
        String k = next < tokens.size() ? res.at(s, next) : null;
        if (k == null && next < tokens.size() && tokens.get(next).word().equalsIgnoreCase("the")) {
            // "said the Observer's Philip French": the person the phrase after the verb names
            SemanticGraph g = doc.deps(s);
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                String rel = Deps.rel(e);
                if ((rel.equals(Deps.OBJ) || rel.equals(Deps.NSUBJ)) && e.getDependent().index() > verb.index()) {
                    String o = res.at(s, e.getDependent().index() - 1);
                    return o != null && res.entity(o).type() == EntityType.PERSON ? o : null;
                }
            }
            return null;
        }
        if (k == null || res.entity(k).type() != EntityType.PERSON) {
            return null;
        }
        int after = next;
        while (after < tokens.size() && k.equals(res.at(s, after))) {
            after++;
        }
        if (after < tokens.size() && tokens.get(after).word().matches("'s?")) {
            SemanticGraph g = doc.deps(s);
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                String o = Deps.rel(e).equals(Deps.OBJ) ? res.at(s, e.getDependent().index() - 1) : null;
                if (o != null && !o.equals(k) && res.entity(o).type() == EntityType.PERSON) {
                    return o;
                }
            }
            return null;
        }
        return k;
    }

    /** Reporting verbs whose object is whom it is said to ("told the BBC"). */
    private static final Set<String> LISTENER_VERBS = Set.of("tell", "inform", "assure", "remind");

    private static final Set<String> NAME_PREFIXES = Set.of("Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.");

    private static boolean pronounSubject(SemanticGraph g, IndexedWord verb) {
        IndexedWord subject = ownSubject(g, verb);
        return subject != null && PERSON_PRONOUNS.contains(subject.word().toLowerCase());
    }

    /** The verb's own subject (not one of a verb it hangs from), or null. */
    private static IndexedWord ownSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (subjectEdge(e, verb)) {
                return e.getDependent();
            }
        }
        return null;
    }

    /**
     * A subject of the verb: "nsubj", or a passive subject of a finite verb that is not a participle. The parser
     * may read ""What's exciting is that ...," he added" as a passive, taking an "is" of the quote for the
     * verb's auxiliary; "added" is still active, while in ""...," he was told" the participle keeps "he" the
     * listener.
     */
    private static boolean subjectEdge(SemanticGraphEdge e, IndexedWord verb) {
        return Deps.rel(e).equals(Deps.NSUBJ) || Deps.full(e).equals(Deps.NSUBJ_PASS) && verb.tag() != null
                && (verb.tag().equals("VBD") || verb.tag().equals("VBZ") || verb.tag().equals("VBP"));
    }

    private static boolean isSpeechVerb(IndexedWord w) {
        // a verb: "a joke", "a mention", "caution" as nouns report nothing
        return w.lemma() != null && w.tag() != null && w.tag().startsWith("VB") && SPEECH_VERBS.contains(w.lemma().toLowerCase());
    }

    /** Tree distance when the verb governs part of the quote; otherwise 100 plus the distance in characters. */
    private static int distance(SemanticGraph g, IndexedWord verb, Span quote) {
        int best = Integer.MAX_VALUE;
        for (IndexedWord w : g.vertexSet()) {
            if (w.beginPosition() >= quote.begin() && w.endPosition() <= quote.end()) {
                int depth = 0;
                for (IndexedWord a = w; a != null && depth < 12; a = g.getParent(a), depth++) {
                    if (a.equals(verb)) {
                        best = Math.min(best, depth);
                        break;
                    }
                }
            }
        }
        if (best != Integer.MAX_VALUE) {
            return best;
        }
        int gap = verb.beginPosition() >= quote.end() ? verb.beginPosition() - quote.end() : quote.begin() - verb.endPosition();
        return 100 + gap;
    }

    /** The entity the verb's subject refers to; a verb without subject ("saying") takes its governor's. */
    private static String subjectOf(SemanticGraph g, Resolution res, int s, IndexedWord verb) {
        for (IndexedWord v = verb; v != null; v = g.getParent(v)) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
                if (v == verb ? subjectEdge(e, v) : Deps.rel(e).equals(Deps.NSUBJ)) {
                    return NounReferent.SUBJECT_PHRASE.of(g, res, s, e.getDependent());
                }
            }
        }
        return null;
    }

    private static List<String> about(Resolution res, Span quote) {
        List<String> keys = new ArrayList<>();
        for (var e : res.entities()) {
            if (e.mentions().stream().anyMatch(m -> m.begin() >= quote.begin() && m.end() <= quote.end())
                    && !keys.contains(e.key())) {
                keys.add(e.key());
            }
        }
        return keys;
    }
}
