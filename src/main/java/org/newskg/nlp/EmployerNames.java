package org.newskg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Rule {@value #RULE}: NER misses many names of newspapers, magazines and firms that are common words or
 * unusual ("Heat", "Empire", "Entertainment Weekly", "Screen International"), but the way news introduces
 * the people who work there says what they are. Capitalized words that NER left out are an organization's
 * name when they are a named person's employer:
 * <ul>
 * <li>a possessive right before the person, or before the person's title: "Heat's Charles Gant",
 * "Screen International's US editor Mike Goodridge";</li>
 * <li>the object of "of", "at" or "for" after the person and a title, ending the phrase: "Charles Gant, film
 * editor of Heat.";</li>
 * <li>followed by "magazine" or "newspaper": "Q magazine editor Paul Rees".</li>
 * </ul>
 * Every other place the article writes the same words with capitals is then a mention of it too. Not a
 * sentence's first word ("Sideways' Alexander Payne" names a film), not a word after "Mr", not a title.
 */
final class EmployerNames {
    static final String RULE = "entity/employer-name";
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "for");
    private static final Set<String> MEDIA_NOUNS = Set.of("magazine", "newspaper");
    private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ";", ":", ")", "and", "-RRB-");
    private static final int LONGEST = 4;
    private static final int TITLE_WORDS = 5;

    private EmployerNames() {
    }

    static List<NameMention> add(DocView doc, List<NameMention> names) {
        List<List<String>> found = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int i = 1; i < t.size(); i++) {
                if (!nameWord(t, names, s, i) || nameWord(t, names, s, i - 1) || !opensNoClause(t.get(i - 1))) {
                    continue;
                }
                int j = i;
                while (j < t.size() && j - i < LONGEST && nameWord(t, names, s, j)) {
                    j++;
                }
                if (j < t.size() && nameWord(t, names, s, j)) {
                    continue;
                }
                if (possessiveOfPerson(t, names, s, j) || employerAfterTitle(t, names, s, i, j)
                        || j < t.size() && MEDIA_NOUNS.contains(t.get(j).word().toLowerCase(Locale.ROOT))) {
                    List<String> words = new ArrayList<>();
                    t.subList(i, j).forEach(w -> words.add(w.word()));
                    if (!found.contains(words)) {
                        found.add(words);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return names;
        }
        List<NameMention> out = new ArrayList<>(names);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int i = 0; i < t.size(); i++) {
                for (List<String> words : found) {
                    int end = i + words.size();
                    if (end > t.size() || !matches(t, i, words) || (i > 0 && nameWord(t, names, s, i - 1))
                            || end < t.size() && nameWord(t, names, s, end) || covered(out, s, i, end)) {
                        continue;
                    }
                    int from = t.get(i).beginPosition();
                    int to = t.get(end - 1).endPosition();
                    out.add(new NameMention(new Span(from, to, doc.text(from, to), s), i, end, EntityType.ORGANIZATION,
                            null, RULE));
                    i = end - 1;
                    break;
                }
            }
        }
        out.sort(Comparator.comparing(NameMention::span));
        return out;
    }

    /** A capitalized word NER left out (or took for a frequency: "Weekly"), tagged a proper noun, no title. */
    private static boolean nameWord(List<CoreLabel> t, List<NameMention> names, int s, int i) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        CoreLabel w = t.get(i);
        String word = w.word();
        return word.length() >= 1 && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetterOrDigit)
                && w.tag() != null && w.tag().startsWith("NNP") && ("O".equals(w.ner()) || "SET".equals(w.ner()))
                && !Titles.isTitleWord(word.toLowerCase(Locale.ROOT)) && !Names.isRank(word)
                && names.stream().noneMatch(m -> m.coversToken(s, i));
    }

    /** The word before the name is no quotation mark or dash that opens a clause, and no form of address. */
    private static boolean opensNoClause(CoreLabel before) {
        return !before.word().matches("[\"“‘'`:—–-]+|(?i)mrs?|ms|dr");
    }

    /** "X's Charles Gant", "X's US editor Mike Goodridge": a possessive, up to three title words, a person. */
    private static boolean possessiveOfPerson(List<CoreLabel> t, List<NameMention> names, int s, int j) {
        // a bare apostrophe is a possessive only after a final s ("Sideways' ", not "Lil' Kim")
        if (j >= t.size() || !(Tokens.isPossessive(t.get(j).word())
                || t.get(j).word().equals("'") && t.get(j - 1).word().endsWith("s"))) {
            return false;
        }
        for (int k = j + 1; k < t.size() && k <= j + 4; k++) {
            NameMention at = mentionAt(names, s, k);
            if (at != null) {
                if (at.type() == EntityType.PERSON) {
                    return true;
                }
                if (at.type() != EntityType.COUNTRY) {
                    return false;
                }
                k = at.tokenEnd() - 1;
            } else if (!titleWord(t.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** "Charles Gant, film editor of X." : a person, a comma, title words, "of"/"at"/"for", then X ends the phrase. */
    private static boolean employerAfterTitle(List<CoreLabel> t, List<NameMention> names, int s, int i, int j) {
        if (j < t.size() && !PHRASE_ENDS.contains(t.get(j).word())) {
            return false;
        }
        int k = i - 1;
        if (k > 0 && t.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 1 || !PREPOSITIONS.contains(t.get(k).word())) {
            return false;
        }
        int titles = 0;
        k--;
        while (k >= 0 && titles < TITLE_WORDS && (titleWord(t.get(k)) || t.get(k).word().equals("and"))) {
            k--;
            titles++;
        }
        if (titles == 0 || k < 1 || !t.get(k).word().equals(",")) {
            return false;
        }
        NameMention person = mentionAt(names, s, k - 1);
        return person != null && person.type() == EntityType.PERSON;
    }

    /** A lower-case noun or adjective of a title, or a word NER tags TITLE: "film editor", "US editor". */
    private static boolean titleWord(CoreLabel w) {
        String tag = w.tag() == null ? "" : w.tag();
        return "TITLE".equals(w.ner())
                || Character.isLowerCase(w.word().charAt(0)) && (tag.startsWith("NN") || tag.startsWith("JJ"))
                || Tokens.isHyphen(w);
    }

    private static NameMention mentionAt(List<NameMention> names, int s, int i) {
        for (NameMention m : names) {
            if (m.coversToken(s, i)) {
                return m;
            }
        }
        return null;
    }

    private static boolean matches(List<CoreLabel> t, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(i + k).word().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(List<NameMention> names, int s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (mentionAt(names, s, i) != null) {
                return true;
            }
        }
        return false;
    }
}
