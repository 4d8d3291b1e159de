package org.newskg.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newskg.extraction.EntityType;

/** Name mentions that resolution has put together, while it works; becomes an Entity at the end. */
final class Cluster {
    final List<NameMention> names = new ArrayList<>();
    final List<String> merges = new ArrayList<>();
    String wiki;
    /** The type evidence beyond NER's tags decided on ({@link EntityTyper}), or null for the mentions' vote. */
    EntityType decided;

    Cluster(NameMention first) {
        names.add(first);
    }

    NameMention first() {
        return names.get(0);
    }

    boolean isPerson() {
        return type() == EntityType.PERSON;
    }

    /** The decided type, else the majority type; among places, the most specific kind any mention has. */
    EntityType type() {
        if (decided != null) {
            return decided;
        }
        Map<EntityType, Integer> votes = new LinkedHashMap<>();
        for (NameMention m : names) {
            votes.merge(m.type(), 1, Integer::sum);
        }
        int person = votes.getOrDefault(EntityType.PERSON, 0);
        int org = votes.getOrDefault(EntityType.ORGANIZATION, 0);
        int place = names.size() - person - org;
        if (person > org && person >= place) {
            return EntityType.PERSON;
        }
        if (org > place || org == place && first().type() == EntityType.ORGANIZATION) {
            return EntityType.ORGANIZATION;
        }
        for (EntityType t : List.of(EntityType.COUNTRY, EntityType.ADMINISTRATIVE_AREA, EntityType.CITY)) {
            if (votes.containsKey(t)) {
                return t;
            }
        }
        return EntityType.PLACE;
    }

    /** Names of two or more words (for people: full names). */
    List<String> fullNames() {
        return names.stream().map(NameMention::text).filter(t -> Names.tokens(t).length >= 2).distinct().toList();
    }

    /** True when the two clusters could be one person: their full names do not contradict each other. */
    boolean compatible(Cluster o) {
        if (isPerson() != o.isPerson()) {
            return false;
        }
        if (!isPerson()) {
            return names.stream().noneMatch(a -> o.names.stream().anyMatch(b -> partOf(a.text(), b.text())
                    || partOf(b.text(), a.text())));
        }
        for (String a : fullNames()) {
            for (String b : o.fullNames()) {
                if (!Names.last(a).equals(Names.last(b)) && Names.similarity(Names.last(a), Names.last(b)) < 0.6) {
                    return false;
                }
                if (!Names.first(a).equals(Names.first(b)) && Names.similarity(Names.first(a), Names.first(b)) < 0.6) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when coreference may join the two clusters: they could be one entity, and their names are related.
     * Coreference links proper names that are not the same thing ("the US" and "China" in one chain, a
     * hospital and the assembly that funds it), so two places or organizations need a word in common or one
     * name the acronym of the other, and a one-word name of a person must be the first name or surname of
     * the other's full names.
     */
    boolean corefCompatible(Cluster o) {
        if (!compatible(o)) {
            return false;
        }
        if (isPerson()) {
            return singleNamesFit(this, o) && singleNamesFit(o, this);
        }
        for (NameMention a : names) {
            for (NameMention b : o.names) {
                if (sharesWord(a.text(), b.text()) || acronymOf(a.text(), b.text()) || acronymOf(b.text(), a.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean singleNamesFit(Cluster a, Cluster b) {
        List<String> full = b.fullNames();
        if (full.isEmpty()) {
            // "Lord Falconer" and "Goldsmith", both known by one name here: that name must agree
            List<String> own = a.names.stream().map(m -> Names.tokens(m.text())).filter(t -> t.length == 1).map(t -> t[0]).toList();
            List<String> other = b.names.stream().map(m -> Names.tokens(m.text())).filter(t -> t.length == 1).map(t -> t[0]).toList();
            return own.isEmpty() || other.isEmpty() || own.stream().anyMatch(x -> other.stream().anyMatch(y -> Names.similarity(x, y) >= 0.8));
        }
        for (NameMention m : a.names) {
            String[] t = Names.tokens(m.text());
            if (t.length == 1 && full.stream().noneMatch(f -> Names.similarity(Names.last(f), t[0]) >= 0.8
                    || Names.similarity(Names.first(f), t[0]) >= 0.8)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sharesWord(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>(List.of(Names.tokens(a)));
        for (String w : Names.tokens(b)) {
            if (w.length() > 2 && x.contains(w) && !FUNCTION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("of", "the", "and", "for", "in", "on", "de");

    /** "CSTO" and "Collective Security Treaty Organization"; "U.S." and "United States". */
    static boolean acronymOf(String acronym, String name) {
        String a = Names.undotted(acronym);
        return Names.isAcronym(a) && Names.tokens(name).length >= 2
                && (Names.initials(name).equals(a) || Names.initials(name, true).equals(a));
    }

    /** True when one is a place and the other an organization (an acronym may not join across). */
    boolean otherKind(Cluster o) {
        return type().isPlace() != o.type().isPlace();
    }

    /**
     * "Port of Rotterdam" and "Rotterdam", "University of Lagos" and "Lagos": a name built on another with "of"
     * names something else (the port, the university), whatever coreference says.
     */
    private static boolean partOf(String whole, String part) {
        String w = Names.normal(whole);
        String p = Names.normal(part);
        return !w.equals(p) && (w.endsWith(" of " + p) || w.endsWith(" of the " + p));
    }

    void absorb(Cluster o, String why) {
        names.addAll(o.names);
        merges.addAll(o.merges);
        merges.add(why);
        if (wiki == null) {
            wiki = o.wiki;
        }
        if (decided == null) {
            decided = o.decided;
        }
        names.sort((a, b) -> a.span().compareTo(b.span()));
    }
}
