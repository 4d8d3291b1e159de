package org.newskg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newskg.extraction.EntityType;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;

/**
 * Puts together the names of one real-world entity within an article: the same name, coreference chains,
 * a surname or first name and the full name, an acronym and its expansion, and the same Wikipedia title.
 * People whose full names differ are never merged (a husband and wife, two Alexanders). Each merge is noted.
 */
final class EntityResolver {

    Resolution resolve(DocView doc, List<NameMention> mentions) {
        List<Cluster> clusters = new ArrayList<>();
        for (NameMention m : mentions) {
            clusters.add(new Cluster(m));
        }
        mergeSameName(clusters);
        mergeByCoref(doc, clusters);
        mergeInitialedNames(clusters);
        mergePartialNames(clusters);
        mergeNameSuffixes(clusters);
        EntityTyper.byName(clusters);
        mergeOrganizationVariants(clusters);
        mergeDefinedAcronyms(doc, clusters);
        mergeAcronyms(clusters);
        EntityTyper.beforeLinking(doc, clusters);
        mergeSurnamesTaggedOtherwise(clusters);
        link(clusters, doc.text().toLowerCase(java.util.Locale.ROOT), lowerCaseWords(doc));
        EntityTyper.afterLinking(doc, clusters);
        mergeSameLink(clusters);
        return Resolution.build(doc, clusters);
    }

    private static void mergeSameName(List<Cluster> clusters) {
        Map<String, Cluster> seen = new LinkedHashMap<>();
        for (Cluster c : new ArrayList<>(clusters)) {
            String key = (c.isPerson() ? "p:" : "x:") + Names.normal(c.first().text());
            Cluster earlier = seen.get(key);
            if (earlier != null) {
                earlier.absorb(c, "");
                clusters.remove(c);
            } else {
                seen.put(key, c);
            }
        }
        clusters.forEach(c -> c.merges.removeIf(String::isEmpty));
    }

    private static void mergeByCoref(DocView doc, List<Cluster> clusters) {
        Map<Integer, CorefChain> chains = doc.doc().get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null) {
            return;
        }
        for (CorefChain chain : chains.values()) {
            List<Cluster> inChain = new ArrayList<>();
            for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                Cluster c = soleNameIn(clusters, cm);
                if (c != null && !inChain.contains(c)) {
                    inChain.add(c);
                }
            }
            for (int i = 1; i < inChain.size(); i++) {
                Cluster head = inChain.get(0);
                Cluster other = inChain.get(i);
                if (clusters.contains(other) && head != other && head.corefCompatible(other)
                        && !sharedSurname(clusters, head) && !sharedSurname(clusters, other)) {
                    head.absorb(other, "coref: \"" + other.first().text() + "\" and \"" + head.first().text()
                            + "\" are in one coreference chain");
                    clusters.remove(other);
                }
            }
        }
    }

    /**
     * A person known here only by a surname that two people of the article have in full ("Cowell" beside
     * Simon and Tony Cowell): which one it is, coreference's string match cannot tell ({@link #namedLast}).
     */
    private static boolean sharedSurname(List<Cluster> clusters, Cluster c) {
        if (!c.isPerson() || !c.fullNames().isEmpty()) {
            return false;
        }
        String name = Names.normal(c.first().text());
        return clusters.stream().filter(o -> o != c && o.isPerson()
                && o.fullNames().stream().anyMatch(f -> Names.last(f).equals(name))).count() >= 2;
    }

    /** The cluster of the one distinct name inside a coreference mention, or null if none or several. */
    static Cluster soleNameIn(List<Cluster> clusters, CorefChain.CorefMention cm) {
        Cluster found = null;
        for (Cluster c : clusters) {
            for (NameMention m : c.names) {
                if (m.sentence() == cm.sentNum - 1 && m.tokenBegin() >= cm.startIndex - 1
                        && m.tokenEnd() <= cm.endIndex - 1) {
                    if (found != null && found != c) {
                        return null;
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    /**
     * "C Stoica" joins "Cristian Stoica", "D Dal Maso" "David dal Maso": a name of initials and a surname is
     * the one person of the article whose full name has that surname and a first name with that initial (a
     * team sheet names the players the report named in full). With two such people ("M Bergamasco" and
     * Mirco and Mauro) nothing is merged.
     */
    private static void mergeInitialedNames(List<Cluster> clusters) {
        for (Cluster c : new ArrayList<>(clusters)) {
            List<String> own = c.fullNames();
            if (!c.isPerson() || own.isEmpty() || !own.stream().allMatch(Names::isInitialed) || !clusters.contains(c)) {
                continue;
            }
            List<Cluster> target = clusters.stream().filter(o -> o != c && o.isPerson()
                    && o.fullNames().stream().anyMatch(f -> !Names.isInitialed(f) && Names.initialedForm(own.get(0), f)))
                    .toList();
            if (target.size() == 1) {
                Cluster t = target.get(0);
                t.absorb(c, "name: \"" + c.first().text() + "\" gives the initial of \"" + t.fullNames().get(0)
                        + "\", the only person of the article with that surname and initial");
                clusters.remove(c);
            }
        }
    }

    /** "Lukashenko" joins "Alexander Lukashenko" when only one person of the article has that surname. */
    private static void mergePartialNames(List<Cluster> clusters) {
        for (Cluster c : new ArrayList<>(clusters)) {
            if (!c.isPerson() || !c.fullNames().isEmpty() || !clusters.contains(c)) {
                continue;
            }
            String name = Names.normal(c.first().text());
            List<Cluster> bySurname = new ArrayList<>();
            List<Cluster> byFirstName = new ArrayList<>();
            for (Cluster o : clusters) {
                if (o == c || !o.isPerson()) {
                    continue;
                }
                for (String full : o.fullNames()) {
                    if (Names.last(full).equals(name) && !bySurname.contains(o)) {
                        bySurname.add(o);
                    } else if (Names.first(full).equals(name) && !byFirstName.contains(o)) {
                        byFirstName.add(o);
                    }
                }
            }
            List<Cluster> target = bySurname.size() == 1 ? bySurname
                    : bySurname.isEmpty() && byFirstName.size() == 1 ? byFirstName : List.of();
            if (!target.isEmpty()) {
                Cluster t = target.get(0);
                t.absorb(c, "name: \"" + c.first().text() + "\" is part of \"" + t.fullNames().get(0)
                        + "\", the only person of the article with that name");
                clusters.remove(c);
            } else if (bySurname.size() > 1) {
                Cluster t = namedLast(bySurname, c.first());
                if (t != null) {
                    t.absorb(c, "name: \"" + c.first().text() + "\" is part of \"" + t.fullNames().get(0)
                            + "\", of the people with that name the one named last before it, in a sentence of its own");
                    clusters.remove(c);
                }
            }
        }
    }

    /**
     * Of several people who share a surname, the one the text named last before {@code m} ("the brother of
     * Simon Cowell ... Writer Tony Cowell ... said Cowell": Tony Cowell), if no other was named in that
     * sentence or later, and within the two sentences before; else null ("Tony Blair and his wife Cherie
     * Blair ... Mr Blair" stays apart).
     */
    private static Cluster namedLast(List<Cluster> candidates, NameMention m) {
        Cluster best = null;
        int bestSentence = -1;
        boolean tie = false;
        for (Cluster o : candidates) {
            int last = o.names.stream().filter(n -> n.span().compareTo(m.span()) < 0 && Names.tokens(n.text()).length >= 2)
                    .mapToInt(NameMention::sentence).max().orElse(-1);
            if (last > bestSentence) {
                best = o;
                bestSentence = last;
                tie = false;
            } else if (last == bestSentence) {
                tie = true;
            }
        }
        return tie || best == null || bestSentence < m.sentence() - 2 ? null : best;
    }

    /**
     * "McGuinness" tagged ORGANIZATION joins "Paul McGuinness", the only person of the article with that
     * surname: a one-word name that NER gave another type but that is a person's surname is that person.
     */
    private static void mergeSurnamesTaggedOtherwise(List<Cluster> clusters) {
        for (Cluster c : new ArrayList<>(clusters)) {
            if (c.isPerson() || c.decided != null || c.names.stream().anyMatch(m -> Names.tokens(m.text()).length != 1
                    || Names.isAcronym(m.text()) || "gazetteer".equals(m.source()))
                    || c.type().isPlace() && c.names.stream().anyMatch(m -> m.wiki() != null)) {
                continue;
            }
            String name = Names.normal(c.first().text());
            List<Cluster> bySurname = new ArrayList<>();
            for (Cluster o : clusters) {
                if (o != c && o.isPerson() && o.fullNames().stream().anyMatch(f -> Names.last(f).equals(name))) {
                    bySurname.add(o);
                }
            }
            if (bySurname.size() == 1) {
                Cluster t = bySurname.get(0);
                t.absorb(c, "name: \"" + c.first().text() + "\" (tagged " + c.type().kind() + ") is the surname of \""
                        + t.fullNames().get(0) + "\", the only person of the article with that name");
                t.decided = EntityType.PERSON;
                clusters.remove(c);
            }
        }
    }

    /**
     * "Le Drian" joins "Jean-Yves Le Drian", "de Mistura" joins "Staffan de Mistura": a person's name of several
     * words that ends another person's longer name, when only one person of the article has such a name.
     */
    private static void mergeNameSuffixes(List<Cluster> clusters) {
        for (Cluster c : new ArrayList<>(clusters)) {
            if (!c.isPerson() || !clusters.contains(c)) {
                continue;
            }
            List<String> own = c.fullNames();
            if (own.isEmpty() || own.stream().anyMatch(n -> Names.tokens(n).length > 3)) {
                continue;
            }
            List<Cluster> longer = new ArrayList<>();
            for (Cluster o : clusters) {
                if (o != c && o.isPerson() && o.fullNames().stream().anyMatch(f -> own.stream().allMatch(n ->
                        endsWith(Names.tokens(f), Names.tokens(n))))) {
                    longer.add(o);
                }
            }
            if (longer.size() == 1) {
                Cluster t = longer.get(0);
                t.absorb(c, "name: \"" + c.first().text() + "\" ends \"" + t.fullNames().get(0)
                        + "\", the only person of the article with that name");
                clusters.remove(c);
            }
        }
    }

    /**
     * One organization written longer and shorter: "Powys Health Board" joins "Powys Local Health Board" (the
     * shorter name's words, in order, within the longer one's, the first and last words the same), and "US
     * Federal Reserve" joins "Federal Reserve" (the longer name is a place of the article
     * before the shorter). Only when one organization of the article fits.
     */
    private static void mergeOrganizationVariants(List<Cluster> clusters) {
        java.util.Set<String> places = new java.util.HashSet<>();
        for (Cluster c : clusters) {
            if (c.type().isPlace()) {
                c.names.forEach(m -> places.add(Names.normal(m.text())));
            }
        }
        for (Cluster c : new ArrayList<>(clusters)) {
            if (c.type() != EntityType.ORGANIZATION || !clusters.contains(c)) {
                continue;
            }
            List<Cluster> fits = new ArrayList<>();
            for (Cluster o : clusters) {
                if (o != c && o.type() == EntityType.ORGANIZATION && o.names.stream().anyMatch(a -> c.names.stream()
                        .anyMatch(b -> shortForm(Names.tokens(a.text()), Names.tokens(b.text()), places)))) {
                    fits.add(o);
                }
            }
            if (fits.size() == 1) {
                Cluster t = fits.get(0);
                t.absorb(c, "name: \"" + c.first().text() + "\" is a shorter form of \"" + t.first().text()
                        + "\", the only organization of the article with such a name");
                clusters.remove(c);
            }
        }
    }

    /** True when {@code s} is a shorter form of {@code l}. */
    static boolean shortForm(String[] l, String[] s, java.util.Set<String> places) {
        if (s.length < 2 || l.length <= s.length) {
            return false;
        }
        String prefix = String.join(" ", java.util.Arrays.copyOfRange(l, 0, l.length - s.length));
        if (java.util.Arrays.equals(java.util.Arrays.copyOfRange(l, l.length - s.length, l.length), s)
                && places.contains(prefix)) {
            return true;
        }
        if (!l[0].equals(s[0]) || !l[l.length - 1].equals(s[s.length - 1])) {
            return false;
        }
        int i = 0;
        for (String w : l) {
            if (i < s.length && w.equals(s[i])) {
                i++;
            }
        }
        return i == s.length;
    }

    /** True when {@code longer} ends with all of {@code shorter} and has more words. */
    private static boolean endsWith(String[] longer, String[] shorter) {
        if (shorter.length == 0 || longer.length <= shorter.length) {
            return false;
        }
        for (int i = 1; i <= shorter.length; i++) {
            if (!longer[longer.length - i].equals(shorter[shorter.length - i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Federation of Dutch Trade Unions (FNV)": an acronym in brackets right after a name is that name's
     * acronym, whatever its letters (it may stand for the name in another language).
     */
    private static void mergeDefinedAcronyms(DocView doc, List<Cluster> clusters) {
        for (Cluster c : new ArrayList<>(clusters)) {
            if (c.isPerson() || !clusters.contains(c)) {
                continue;
            }
            for (NameMention acr : c.names) {
                if (!Names.isAcronym(acr.text()) || acr.span().begin() < 2) {
                    continue;
                }
                Cluster owner = null;
                for (Cluster o : clusters) {
                    for (NameMention full : o.names) {
                        String between = doc.between(full, acr);
                        if (o != c && !o.isPerson() && Names.tokens(full.text()).length >= 2
                                && between != null && between.strip().equals("(")) {
                            owner = o;
                        }
                    }
                }
                if (owner != null) {
                    owner.absorb(c, "acronym: \"" + acr.text() + "\" is given in brackets after \""
                            + owner.first().text() + "\"");
                    clusters.remove(c);
                    break;
                }
            }
        }
    }

    /** "CSTO" joins "Collective Security Treaty Organization" when the initials match. */
    private static void mergeAcronyms(List<Cluster> clusters) {
        for (Cluster c : new ArrayList<>(clusters)) {
            String acr = Names.undotted(c.first().text());
            if (c.isPerson() || !Names.isAcronym(acr) || !clusters.contains(c)) {
                continue;
            }
            for (Cluster o : clusters) {
                if (o != c && !o.isPerson() && !o.otherKind(c)
                        && o.names.stream().anyMatch(m -> Cluster.acronymOf(acr, m.text()))) {
                    o.absorb(c, "acronym: \"" + acr + "\" stands for \"" + o.first().text() + "\"");
                    clusters.remove(c);
                    break;
                }
            }
        }
    }

    /** Chooses each cluster's Wikipedia title: the most frequent one that passes {@link LinkValidator}. */
    /** The words the article writes in lower case, as common nouns and the like. */
    private static java.util.Set<String> lowerCaseWords(DocView doc) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            for (edu.stanford.nlp.ling.CoreLabel t : doc.tokens(s)) {
                if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) {
                    out.add(t.word());
                }
            }
        }
        return out;
    }

    private static void link(List<Cluster> clusters, String text, java.util.Set<String> lowerCaseWords) {
        for (Cluster c : clusters) {
            Map<String, Integer> votes = new HashMap<>();
            for (NameMention m : c.names) {
                String title = m.wiki() == null ? null : Redirects.current(m.wiki());
                boolean known = "gazetteer".equals(m.source());
                // a page is checked under the title entitylink gave and under its current one, and linked under
                // the current one
                if (title != null && (known || fits(c, m, m.wiki(), text, lowerCaseWords)
                        || fits(c, m, title, text, lowerCaseWords))) {
                    votes.merge(title, 1, Integer::sum);
                }
            }
            // most votes first, then the alphabetically first title, so the choice is deterministic
            c.wiki = votes.entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }

    private static boolean fits(Cluster c, NameMention m, String title, String text, java.util.Set<String> lowerCaseWords) {
        return LinkValidator.accept(m.text(), c.type(), title) && !LinkValidator.genericWord(m.text(), title, lowerCaseWords)
                && (!Names.isAcronym(m.text()) || LinkValidator.expansionStated(m.text(), title, text))
                && (!c.isPerson() || personLinkFits(c, title) && LinkValidator.qualifierFits(title, text));
    }

    /**
     * A person is linked only by a full name, and the page must fit every full name the article gives: a bare
     * surname ("Ivanova") names too many people to pick one page for.
     */
    private static boolean personLinkFits(Cluster c, String title) {
        List<String> full = c.fullNames();
        return !full.isEmpty() && full.stream().allMatch(n -> LinkValidator.accept(n, EntityType.PERSON, title));
    }

    private static void mergeSameLink(List<Cluster> clusters) {
        Map<String, Cluster> byWiki = new HashMap<>();
        for (Cluster c : new ArrayList<>(clusters)) {
            if (c.wiki == null) {
                continue;
            }
            Cluster earlier = byWiki.get(c.wiki);
            if (earlier != null && earlier.compatible(c)) {
                earlier.absorb(c, "link: \"" + c.first().text() + "\" and \"" + earlier.first().text()
                        + "\" link to the same Wikipedia article " + c.wiki);
                clusters.remove(c);
            } else if (earlier == null) {
                byWiki.put(c.wiki, c);
            }
        }
    }
}
