package org.newskg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.DataFile;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/**
 * Collects the proper names of a document from CoreNLP's entity mentions, and repairs what NER gets wrong
 * in news: pronouns are not names, a name split in two ("Soviet" + "Union") is joined, and organizations of
 * the gazetteer are found where NER missed them or folded them into a MISC mention.
 */
final class NameMentionCollector {
    /** CoreNLP's NER tags that are names, and the type each gives ({@code ner-types.tsv}). */
    private static final Map<String, EntityType> TYPES = new HashMap<>();
    /** Lower-case particles that belong to surnames: "de Vries", "van Dijk", "von Trapp", "al-Assad". */
    private static final Set<String> PARTICLES = Words.set("surname-particles.tsv");
    /** Offices written before a name ("MP Michael Mates"); after one, with honours, letters that are no entity. */
    private static final Set<String> OFFICES = Words.ofKind("name-affixes.tsv", "office");
    private static final Set<String> POST_NOMINALS = Names.union(OFFICES, Words.ofKind("name-affixes.tsv", "post-nominal"));
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("[A-Z]{1,2}\\.?|[A-Z]\\.[A-Z]\\.");
    /** Penn part-of-speech tags of pronouns and determiners, which never start a name. */
    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$", "DT");

    /** Other names of countries and the country's page ({@code place-names.tsv}), by normal form. */
    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();
    private static final Set<String> CAPITALS = new HashSet<>();
    private static final Set<String> COUNTRIES = new HashSet<>();

    static {
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/ner-types.tsv", 2, 2)) {
            try {
                TYPES.put(r.get(0), EntityType.valueOf(r.get(1)));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown entity type " + r.get(1));
            }
        }
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/place-names.tsv", 2, 2)) {
            COUNTRY_NAMES.put(Names.normal(r.get(0)), r.get(1));
        }
        for (DataFile.Row r : DataFile.rows("org/newskg/nlp/capitals.tsv", 2, 2)) {
            CAPITALS.add(Names.normal(r.get(0)));
            COUNTRIES.add(Names.normal(r.get(1)));
        }
    }

    private final Gazetteer gazetteer;

    NameMentionCollector(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<NameMention> collect(DocView doc) {
        List<NameMention> names = new ArrayList<>();
        List<NameMention> misc = new ArrayList<>();
        for (CoreMap m : doc.doc().get(CoreAnnotations.MentionsAnnotation.class)) {
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            String mentionText = m.get(CoreAnnotations.TextAnnotation.class);
            if ("NATIONALITY".equals(tag) && mentionText != null && (COUNTRIES.contains(Names.normal(mentionText))
                    || COUNTRY_NAMES.containsKey(Names.normal(mentionText)))) {
                // "from Myanmar": fine-grained NER tags some country names NATIONALITY
                tag = "COUNTRY";
            }
            NameMention nm = toMention(doc, m, refine(TYPES.getOrDefault(tag, EntityType.ORGANIZATION),
                    m.get(CoreAnnotations.TextAnnotation.class)));
            if (nm == null) {
                continue;
            }
            if (TYPES.containsKey(tag)) {
                names.add(nm);
            } else if ("MISC".equals(tag)) {
                misc.add(nm);
            }
        }
        names.sort(Comparator.comparing(NameMention::span));
        List<NameMention> joined = rankedNames(doc, repeatedSurnames(doc,
                listedInitialedPeople(doc, joinSplitNames(doc, splitTrailingPeople(doc, names)))));
        addGazetteerNames(doc, joined, misc);
        joined = EmployerNames.add(doc, joined);
        joined.sort(Comparator.comparing(NameMention::span));
        return knownLinks(trimHeadlineNames(doc, joined));
    }

    static final String REPEATED_SURNAME = "entity/repeated-surname";
    static final String RANKED_NAME = "entity/ranked-name";
    /** Forms of address that make the capitalized words after them a person's name ("Mr Sigarchi"). */
    private static final Set<String> ADDRESS = Set.of("mr", "mrs", "ms");

    /**
     * Rule {@value #RANKED_NAME}: a rank or a form of address with a capital ("Lord", "Baroness", "Sir", "Mr";
     * {@code name-affixes.tsv}) and the capitalized words right after it that NER left out ("Labour peer Lord
     * Dubs'", where the tagger took "Dubs" for a verb) are a person's name, the rank kept with it; not when
     * the word after is a title ("Lord Chancellor", "Lord Mayor") or NER gave it to a name, nor after a
     * determiner ("the Mr Nasty of books").
     */
    static List<NameMention> rankedNames(DocView doc, List<NameMention> names) {
        List<NameMention> out = new ArrayList<>(names);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int i = 0; i + 1 < t.size(); i++) {
                String rank = t.get(i).word();
                String lower = rank.toLowerCase(java.util.Locale.ROOT).replace(".", "");
                boolean address = ADDRESS.contains(lower);
                if (!Character.isUpperCase(rank.charAt(0)) || !(address || Names.isRank(rank)) || !"O".equals(t.get(i).ner())
                        || i > 0 && "DT".equals(t.get(i - 1).tag())) { // "the Mr Nasty of books" is no one's name
                    continue;
                }
                int end = i + 1;
                while (end < t.size() && nameWord(t.get(end)) && !covered(names, s, end)) {
                    end++;
                }
                if (end == i + 1) {
                    continue;
                }
                int begin = address ? i + 1 : i;
                int from = t.get(begin).beginPosition();
                int to = t.get(end - 1).endPosition();
                out.add(new NameMention(new Span(from, to, doc.text(from, to), s), begin, end, EntityType.PERSON, null,
                        RANKED_NAME));
                i = end - 1;
            }
        }
        out.sort(Comparator.comparing(NameMention::span));
        return out;
    }

    /** A capitalized word of letters that NER left out and that is no title ("Chancellor"). */
    private static boolean nameWord(CoreLabel w) {
        String word = w.word();
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)
                && ("O".equals(w.ner()) || "NATIONALITY".equals(w.ner()) || "MISC".equals(w.ner())) // "Mr French"
                && !Titles.isTitleWord(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean covered(List<NameMention> names, int sentence, int index) {
        return names.stream().anyMatch(m -> m.coversToken(sentence, index));
    }

    /**
     * Rule {@code entity/repeated-surname}: NER tags a name in one sentence and misses it in another ("support
     * Tikhanovskaya, a 37-year-old political novice", tagged O there). A capitalized word that NER left out
     * and that is the surname of a person NER named in full elsewhere in the article ("Svetlana
     * Tikhanovskaya") is a mention of that name; a word also written in lower case in the article ("Brown",
     * "brown") or that opens its sentence is not.
     */
    static List<NameMention> repeatedSurnames(DocView doc, List<NameMention> names) {
        Set<String> surnames = new HashSet<>();
        for (NameMention m : names) {
            if (m.type() == EntityType.PERSON && m.tokenEnd() - m.tokenBegin() >= 2) {
                surnames.add(doc.tokens(m.sentence()).get(m.tokenEnd() - 1).word());
            }
        }
        if (surnames.isEmpty()) {
            return names;
        }
        Set<String> lowerCaseWords = new HashSet<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            for (CoreLabel w : doc.tokens(s)) {
                if (!w.word().isEmpty() && Character.isLowerCase(w.word().charAt(0))) {
                    lowerCaseWords.add(w.word());
                }
            }
        }
        List<NameMention> out = new ArrayList<>(names);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int i = 1; i < t.size(); i++) {
                CoreLabel w = t.get(i);
                int sentence = s;
                int index = i;
                if (!"O".equals(w.ner()) || !surnames.contains(w.word()) || w.word().length() < 3
                        || lowerCaseWords.contains(w.word().toLowerCase(java.util.Locale.ROOT))
                        || covered(names, sentence, index)) {
                    continue;
                }
                out.add(new NameMention(new Span(w.beginPosition(), w.endPosition(), w.word(), s), i, i + 1,
                        EntityType.PERSON, null, REPEATED_SURNAME));
            }
        }
        out.sort(Comparator.comparing(NameMention::span));
        return out;
    }

    /** Words that end an item of a list: "C Paterson; S Webster, A Craig (capt)." */
    private static final Set<String> ITEM_ENDS = Set.of(",", ";", ":", ".", "(", ")", "-LRB-", "-RRB-");
    /** Items of the initialed shape that make a sentence a list of people (a team sheet, a cast). */
    private static final int LIST_ITEMS = 3;
    static final String INITIALED_LIST = "entity/initialed-list";

    /**
     * Rule {@code entity/initialed-list}: in a sentence that lists three or more items of the shape "initials
     * surname" ("C Paterson; S Webster, A Craig, CA del Fava"), every such item is a person, whatever NER
     * made of it: NER leaves out initials (and takes "A" for an article), tags some surnames O and others a
     * city ("S Orlando"). An item is one to two capital letters, then one to three capitalized words or
     * surname particles ending in a capitalized one, none an organization's head noun ("UK Independence
     * Party" is no item), between list punctuation.
     */
    static List<NameMention> listedInitialedPeople(DocView doc, List<NameMention> names) {
        List<NameMention> out = new ArrayList<>(names);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            List<int[]> items = new ArrayList<>();
            int begin = 0;
            for (int i = 0; i <= tokens.size(); i++) {
                if (i == tokens.size() || ITEM_ENDS.contains(tokens.get(i).word())) {
                    if (isInitialedItem(tokens, begin, i)) {
                        items.add(new int[] {begin, i});
                    }
                    begin = i + 1;
                }
            }
            if (items.size() < LIST_ITEMS) {
                continue;
            }
            for (int[] item : items) {
                int sentence = s;
                out.removeIf(m -> m.sentence() == sentence && m.tokenBegin() < item[1] && m.tokenEnd() > item[0]);
                int b = tokens.get(item[0]).beginPosition();
                int e = tokens.get(item[1] - 1).endPosition();
                out.add(new NameMention(new Span(b, e, doc.text(b, e), s), item[0], item[1], EntityType.PERSON, null,
                        INITIALED_LIST));
            }
        }
        out.sort(Comparator.comparing(NameMention::span));
        return out;
    }

    private static boolean isInitialedItem(List<CoreLabel> tokens, int begin, int end) {
        if (end - begin < 2 || end - begin > 4 || !INITIALS.matcher(tokens.get(begin).word()).matches()) {
            return false;
        }
        // "UK Athletics, GB Rowing, UK Sport": names NER tags an organization in full are no people
        if (tokens.subList(begin, end).stream().allMatch(t -> "ORGANIZATION".equals(t.ner()))) {
            return false;
        }
        for (int i = begin + 1; i < end; i++) {
            String w = tokens.get(i).word();
            boolean capitalized = w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(
                    c -> Character.isLowerCase(c) || c == '\'' || c == '-' || Character.isUpperCase(c));
            boolean particle = i < end - 1 && PARTICLES.contains(w);
            if (!capitalized && !particle || EntityTyper.ORG_HEADS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names of the gazetteer take its Wikipedia title over entitylink's guess ("Kremlin" is the seat, not the
     * word), and other names of countries the country's page ("Britain" is the United Kingdom).
     */
    private List<NameMention> knownLinks(List<NameMention> names) {
        List<NameMention> out = new ArrayList<>(names.size());
        for (NameMention m : names) {
            Gazetteer.Org org = m.type() == EntityType.PERSON ? null
                    : gazetteer.name(m.text().replaceFirst("^(?i)the ", ""));
            if (org == null && m.type() != EntityType.PERSON && Names.isAcronym(m.text())) {
                org = gazetteer.acronym(Names.undotted(m.text()));
            }
            String country = m.type().isPlace() ? COUNTRY_NAMES.get(Names.normal(m.text())) : null;
            if (org != null && !"gazetteer".equals(m.source())) {
                out.add(new NameMention(m.span(), m.tokenBegin(), m.tokenEnd(), m.type(), org.wiki(), "gazetteer"));
            } else if (country != null) {
                out.add(new NameMention(m.span(), m.tokenBegin(), m.tokenEnd(), EntityType.COUNTRY, country, "gazetteer"));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Title case glues common nouns to names in a headline ("Protest at Lagos Office"): a headline name that
     * starts with a name the body uses on its own, and goes on with words the body never names, is cut back to
     * that name.
     */
    private static List<NameMention> trimHeadlineNames(DocView doc, List<NameMention> names) {
        int headlineEnd = doc.text().indexOf('\n');
        if (headlineEnd < 0) {
            return names;
        }
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : names) {
            NameMention keep = m;
            if (m.span().end() <= headlineEnd && m.tokenEnd() - m.tokenBegin() >= 2
                    && names.stream().noneMatch(n -> n.span().begin() > headlineEnd && n.text().equals(m.text()))) {
                for (NameMention body : names) {
                    String t = body.text();
                    if (body.span().begin() > headlineEnd && m.text().startsWith(t + " ")) {
                        int tokens = t.split("\\s+").length;
                        int end = m.span().begin() + t.length();
                        keep = new NameMention(new Span(m.span().begin(), end, t, m.sentence()), m.tokenBegin(),
                                m.tokenBegin() + tokens, body.type(), body.wiki(), m.source());
                        break;
                    }
                }
            }
            out.add(keep);
        }
        return out;
    }

    /** A LOCATION that the capitals list knows is a city or a country gets that type ("Kyiv" → City). */
    private static EntityType refine(EntityType type, String text) {
        if (type != EntityType.PLACE || text == null) {
            return type;
        }
        String key = Names.normal(text);
        return CAPITALS.contains(key) ? EntityType.CITY : COUNTRIES.contains(key) ? EntityType.COUNTRY : type;
    }

    private static NameMention toMention(DocView doc, CoreMap m, EntityType type) {
        List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.isEmpty() || PRONOUN_TAGS.contains(tokens.get(0).tag())) {
            return null;
        }
        String text = m.get(CoreAnnotations.TextAnnotation.class);
        String firstWord = tokens.get(0).word();
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0))
                && !(type == EntityType.PERSON && PARTICLES.contains(firstWord))) {
            return null;
        }
        if (type == EntityType.PERSON && tokens.size() >= 3 && OFFICES.contains(tokens.get(0).word().toLowerCase(java.util.Locale.ROOT))) {
            // "MP Michael Mates": the office is no part of the name
            tokens = tokens.subList(1, tokens.size());
            text = doc.text(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
        }
        int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
        int first = tokens.get(0).index() - 1;
        List<CoreLabel> all = doc.tokens(sentence);
        if (type != EntityType.PERSON && tokens.size() == 1 && first > 0 && "PERSON".equals(all.get(first - 1).ner())
                && POST_NOMINALS.contains(firstWord.toLowerCase(java.util.Locale.ROOT))) {
            // "Guy Mansfield QC", "Bob Geldof KBE": letters after a person's name are an honour, not a place
            return null;
        }
        if (first > 0 && PARTICLES.contains(all.get(first - 1).word())
                && (first == 1 || !all.get(first - 2).tag().startsWith("NNP"))) {
            // "de Vries", "van Dijk" alone: NER leaves the particle out, and often takes the rest for a place
            tokens = new ArrayList<>(tokens);
            tokens.add(0, all.get(first - 1));
            type = EntityType.PERSON;
        }
        if (type == EntityType.PERSON && first > 0 && INITIALS.matcher(all.get(first - 1).word()).matches()
                && !OFFICES.contains(all.get(first - 1).word().toLowerCase(java.util.Locale.ROOT))
                && "NNP".equals(all.get(first - 1).tag()) && "O".equals(all.get(first - 1).ner())) {
            // "C Paterson", "KP Robertson": team lists and captions give initials that NER leaves out
            tokens = new ArrayList<>(tokens);
            tokens.add(0, all.get(first - 1));
            first--;
        }
        if (type == EntityType.PERSON && first > 0 && Names.isRank(all.get(first - 1).word())
                && Character.isUpperCase(all.get(first - 1).word().charAt(0))) {
            // "Lord Goldsmith", "Sir Menzies Campbell": the rank is kept with the name, which is compared without it
            tokens = new ArrayList<>(tokens);
            tokens.add(0, all.get(first - 1));
        }
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        String wiki = m.get(CoreAnnotations.WikipediaEntityAnnotation.class);
        return new NameMention(new Span(begin, end, doc.text(begin, end), sentence), tokens.get(0).index() - 1,
                tokens.get(tokens.size() - 1).index(), type, "O".equals(wiki) ? null : wiki, "ner");
    }

    /**
     * "University of Texas Arlington Amneh Jafari": NER ran an organization's name into the person named right
     * after it; a given name and one more capitalized word at the end of an organization's name of four
     * words or more, or two capitalized words of which the last names a person elsewhere in the article, are
     * the person's name.
     */
    private static List<NameMention> splitTrailingPeople(DocView doc, List<NameMention> names) {
        Set<String> people = new HashSet<>();
        for (NameMention m : names) {
            if (m.type() == EntityType.PERSON) {
                people.add(doc.tokens(m.sentence()).get(m.tokenEnd() - 1).word());
            }
        }
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : names) {
            int n = m.tokenEnd() - m.tokenBegin();
            List<CoreLabel> t = doc.tokens(m.sentence());
            int given = m.tokenEnd() - 2;
            boolean person = n >= 4 && (FirstNames.contains(t.get(given).word()) || people.contains(t.get(given + 1).word()));
            if (m.type() != EntityType.ORGANIZATION || !person
                    || !Character.isUpperCase(t.get(given + 1).word().charAt(0)) || t.get(given - 1).word().equals("of")
                    || FirstNames.contains(t.get(given - 1).word())) {
                out.add(m);
                continue;
            }
            int orgEnd = t.get(given - 1).endPosition();
            int personBegin = t.get(given).beginPosition();
            out.add(new NameMention(new Span(m.span().begin(), orgEnd, doc.text(m.span().begin(), orgEnd), m.sentence()),
                    m.tokenBegin(), given, EntityType.ORGANIZATION, null, "ner-split"));
            out.add(new NameMention(new Span(personBegin, m.span().end(), doc.text(personBegin, m.span().end()), m.sentence()),
                    given, m.tokenEnd(), EntityType.PERSON, null, "ner-split"));
        }
        return out;
    }

    /** Joins place or organization names that NER split at a space ("Soviet" LOCATION + "Union" CITY). */
    private static List<NameMention> joinSplitNames(DocView doc, List<NameMention> names) {
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : names) {
            NameMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.sentence() == m.sentence() && prev.tokenEnd() == m.tokenBegin()
                    && prev.type() != EntityType.PERSON && m.type() != EntityType.PERSON
                    && prev.span().end() + 1 == m.span().begin()) {
                int begin = prev.span().begin();
                int end = m.span().end();
                EntityType type = prev.type().isPlace() && m.type().isPlace() ? EntityType.PLACE : prev.type();
                out.set(out.size() - 1, new NameMention(new Span(begin, end, doc.text(begin, end), m.sentence()),
                        prev.tokenBegin(), m.tokenEnd(), type, prev.wiki(), "ner-joined"));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Finds gazetteer organizations in tokens that no other name covers, or that NER tagged MISC. */
    private void addGazetteerNames(DocView doc, List<NameMention> names, List<NameMention> misc) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            for (int i = 0; i < tokens.size(); i++) {
                int match = matchAt(tokens, i, misc, s);
                if (match == 0) {
                    continue;
                }
                int sentence = s;
                int from = i;
                int to = i + match;
                boolean taken = names.stream().anyMatch(n -> n.sentence() == sentence
                        && n.tokenBegin() < to && from < n.tokenEnd());
                if (!taken) {
                    int begin = tokens.get(from).beginPosition();
                    int end = tokens.get(to - 1).endPosition();
                    String text = doc.text(begin, end);
                    Gazetteer.Org org = match == 1 && gazetteer.acronym(text) != null ? gazetteer.acronym(text)
                            : gazetteer.name(text);
                    names.add(new NameMention(new Span(begin, end, text, s), from, to, EntityType.ORGANIZATION,
                            org.wiki(), "gazetteer"));
                }
                i = to - 1;
            }
        }
    }

    /** How many tokens from {@code i} on name a gazetteer organization; 0 when none does. */
    private int matchAt(List<CoreLabel> tokens, int i, List<NameMention> misc, int sentence) {
        for (int n = Math.min(gazetteer.longestName(), tokens.size() - i); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + n; k++) {
                sb.append(k > i ? " " : "").append(tokens.get(k).word());
            }
            if (Character.isUpperCase(tokens.get(i).word().charAt(0)) && gazetteer.name(sb.toString()) != null) {
                return n;
            }
        }
        String word = tokens.get(i).word();
        Gazetteer.Org org = gazetteer.acronym(word);
        if (org == null) {
            return 0;
        }
        boolean taggedMisc = misc.stream().anyMatch(m -> m.coversToken(sentence, tokens.get(i).index() - 1));
        return word.length() >= 3 || taggedMisc ? 1 : 0;
    }
}
