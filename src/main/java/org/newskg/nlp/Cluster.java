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

    Cluster(NameMention first) {
        names.add(first);
    }

    NameMention first() {
        return names.get(0);
    }

    boolean isPerson() {
        return type() == EntityType.PERSON;
    }

    /** The majority type; among places, the most specific kind any mention has. */
    EntityType type() {
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
        names.sort((a, b) -> a.span().compareTo(b.span()));
    }
}
