package org.newskg.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Facts news writes around a name, read from the tokens next to each name mention:
 * <ul>
 *   <li>office before a name: "Russian President X", "France's Foreign Minister X" → job title, and leaderOf or
 *       worksFor the country ({@code office-titles.tsv}, {@code demonyms.tsv});</li>
 *   <li>apposition after a name: "X, 34," and "X, a 37-year-old teacher," → age and job title (CoreNLP's TITLE
 *       tag on the last word);</li>
 *   <li>places in places: "the Square in Lviv", "Lviv's Old Town", "the Ukrainian capital Kyiv";</li>
 *   <li>where a person lives: "in exile in Y", "based in Y", "lives in Y" → homeLocation.</li>
 * </ul>
 */
final class AppositionPatterns {
    private static final Pattern AGE = Pattern.compile("(\\d{1,3})\\s*-\\s*years?\\s*-\\s*old");
    private static final Pattern HOME = Pattern.compile(
            "\\b(?:exile in|exiled (?:in|to)|lives in|living in|based in|resides in|resident of)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> offices = new HashMap<>();

    AppositionPatterns() {
        Resources.rows("demonyms.tsv").forEach(r -> demonyms.put(r[0].toLowerCase(Locale.ROOT), r[1]));
        Resources.rows("office-titles.tsv").forEach(r -> offices.put(r[0], r[1]));
    }

    void extract(DocView doc, Resolution res, List<NameMention> names, Consumer<Relation> out) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<CoreLabel> t = doc.tokens(s);
            for (int i = 0; i < t.size(); i++) {
                String k = res.at(s, i);
                boolean nameEnd = k != null && t.get(i).tag().startsWith("NNP")
                        && (i + 1 == t.size() || !k.equals(res.at(s, i + 1)));
                if (nameEnd && res.entity(k).type() == EntityType.PERSON) {
                    apposition(doc, s, i + 1, k, out);
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            NameMention m = names.get(i);
            String key = res.at(m.sentence(), m.tokenBegin());
            if (key == null) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                office(doc, res, m, key, out);
                home(doc, res, names, m, key, out);
            } else if (m.type().isPlace()) {
                placeInPlace(doc, res, names, i, key, out);
            }
        }
    }

    /** "Russian President X", "France's Foreign Minister X", "President X" (no country: title only). */
    private void office(DocView doc, Resolution res, NameMention m, String person, Consumer<Relation> out) {
        List<CoreLabel> t = doc.tokens(m.sentence());
        for (int k = Math.min(4, m.tokenBegin()); k >= 1; k--) {
            String title = words(t, m.tokenBegin() - k, m.tokenBegin());
            String kind = offices.get(title.toLowerCase(Locale.ROOT));
            if (kind == null) {
                continue;
            }
            Provenance p = new Provenance(0.85, "pattern", m.sentence());
            out.accept(new Relation(person, RelationType.JOB_TITLE, title, p));
            Entity country = countryBefore(doc, res, m.sentence(), m.tokenBegin() - k);
            if (country != null) {
                RelationType r = kind.equals("leaderOf") ? RelationType.LEADER_OF : RelationType.WORKS_FOR;
                out.accept(new Relation(person, r, country.key(), p));
            }
            return;
        }
    }

    /** The country named by the demonym or name (with or without "'s") that ends just before {@code end}. */
    private Entity countryBefore(DocView doc, Resolution res, int s, int end) {
        List<CoreLabel> t = doc.tokens(s);
        int last = end - 1;
        if (last >= 0 && t.get(last).word().equals("'s") || last >= 0 && t.get(last).word().equals("’s")) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        String k = res.at(s, last);
        if (k != null && res.entity(k).type() == EntityType.COUNTRY) {
            return res.entity(k);
        }
        for (int n = 2; n >= 1; n--) {
            if (last - n + 1 >= 0) {
                String country = demonyms.get(words(t, last - n + 1, last + 1).toLowerCase(Locale.ROOT));
                if (country != null) {
                    return countryNamed(res, country);
                }
            }
        }
        return null;
    }

    private static Entity countryNamed(Resolution res, String name) {
        for (Entity e : res.entities()) {
            if (e.type() == EntityType.COUNTRY && (e.name().equalsIgnoreCase(name)
                    || e.altNames().stream().anyMatch(a -> a.equalsIgnoreCase(name)))) {
                return e;
            }
        }
        return null;
    }

    /** "X, 34," and "X, a 37-year-old political novice," / "X, a content manager." */
    private static void apposition(DocView doc, int sentence, int after, String person, Consumer<Relation> out) {
        List<CoreLabel> t = doc.tokens(sentence);
        int i = after;
        if (i + 1 >= t.size() || !t.get(i).word().equals(",")) {
            return;
        }
        Provenance p = new Provenance(0.85, "pattern", sentence);
        if (i + 2 < t.size() && t.get(i + 1).word().matches("\\d{1,3}") && t.get(i + 2).word().matches("[,.;)]")) {
            int age = Integer.parseInt(t.get(i + 1).word());
            if (age > 0 && age < 120) {
                out.accept(new Relation(person, RelationType.AGE, Integer.toString(age), p));
            }
            return;
        }
        int j = i + 1;
        if (j < t.size() && t.get(j).word().toLowerCase(Locale.ROOT).matches("a|an")) {
            j++;
        } else {
            return;
        }
        if (j < t.size()) {
            Matcher age = AGE.matcher(doc.text(t.get(j).beginPosition(),
                    Math.min(doc.text().length(), t.get(j).beginPosition() + 24)));
            if (age.lookingAt()) {
                out.accept(new Relation(person, RelationType.AGE, age.group(1), p));
                int end = t.get(j).beginPosition() + age.end();
                while (j < t.size() && t.get(j).beginPosition() < end) {
                    j++;
                }
            }
        }
        int start = j;
        int lastTitle = -1;
        while (j < t.size() && j - start < 4 && t.get(j).word().matches("[a-z][a-z-]*")) {
            if ("TITLE".equals(t.get(j).ner())) {
                lastTitle = j;
            }
            j++;
        }
        if (lastTitle >= 0 && (lastTitle + 1 == t.size() || t.get(lastTitle + 1).word().matches("[,.;:]|who|at|of|for|with|from|in"))) {
            out.accept(new Relation(person, RelationType.JOB_TITLE, words(t, start, lastTitle + 1), p));
        }
    }

    /** "From exile in Lithuania, ... X called ...": the place after the phrase is where the person lives. */
    private static void home(DocView doc, Resolution res, List<NameMention> names, NameMention person, String key,
                             Consumer<Relation> out) {
        int s = person.sentence();
        if (!key.equals(firstPerson(res, doc, s))) {
            return;
        }
        for (NameMention place : names) {
            if (place.sentence() != s || !place.type().isPlace()) {
                continue;
            }
            String before = doc.text(doc.sentenceBegin(s), place.span().begin());
            if (HOME.matcher(before).find()) {
                String where = res.at(s, place.tokenBegin());
                if (where != null) {
                    out.accept(new Relation(key, RelationType.HOME_LOCATION, where, new Provenance(0.6, "pattern", s)));
                }
            }
        }
    }

    private static String firstPerson(Resolution res, DocView doc, int s) {
        for (int i = 0; i < doc.tokens(s).size(); i++) {
            String k = res.at(s, i);
            if (k != null && res.entity(k).type() == EntityType.PERSON) {
                return k;
            }
        }
        return null;
    }

    /** "Independence Square in Minsk", "Minsk's Independence Square", "the Ukrainian capital Kyiv". */
    private void placeInPlace(DocView doc, Resolution res, List<NameMention> names, int i, String key,
                              Consumer<Relation> out) {
        NameMention a = names.get(i);
        Provenance p = new Provenance(0.8, "pattern", a.sentence());
        if (i + 1 < names.size()) {
            NameMention b = names.get(i + 1);
            String between = Objects.requireNonNullElse(doc.between(a, b), "");
            String outer = res.at(b.sentence(), b.tokenBegin());
            if (outer != null && !outer.equals(key) && b.type().isPlace() && contains(b.type(), a.type())) {
                if (between.equals(" in ")) {
                    out.accept(new Relation(key, RelationType.CONTAINED_IN_PLACE, outer, p));
                }
            }
            if (outer != null && !outer.equals(key) && b.type().isPlace() && contains(a.type(), b.type())
                    && between.matches("[’']s ")) {
                out.accept(new Relation(outer, RelationType.CONTAINED_IN_PLACE, key, p));
            }
        }
        if ((a.type() == EntityType.CITY || a.type() == EntityType.PLACE) && a.tokenBegin() >= 2) {
            List<CoreLabel> t = doc.tokens(a.sentence());
            if (t.get(a.tokenBegin() - 1).word().equalsIgnoreCase("capital")) {
                String country = demonyms.get(t.get(a.tokenBegin() - 2).word().toLowerCase(Locale.ROOT));
                Entity c = country == null ? null : countryNamed(res, country);
                if (c != null && !c.key().equals(key)) {
                    out.accept(new Relation(key, RelationType.CONTAINED_IN_PLACE, c.key(), p));
                }
            }
        }
    }

    /** True when a place of type {@code outer} can contain one of type {@code inner}. */
    private static boolean contains(EntityType outer, EntityType inner) {
        return switch (outer) {
            case COUNTRY -> inner != EntityType.COUNTRY;
            case ADMINISTRATIVE_AREA -> inner == EntityType.CITY || inner == EntityType.PLACE;
            case CITY -> inner == EntityType.PLACE;
            default -> false;
        };
    }

    private static String words(List<CoreLabel> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(t.get(i).word());
        }
        return sb.toString();
    }
}
