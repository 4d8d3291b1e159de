package org.newskg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newskg.names.Transliteration;

/**
 * Tells whether two spellings are one name written through different transliterations: "Zelensky",
 * "Zelenskyy" and "Zelenskiy"; "Gaddafi", "Qaddafi" and "Kadhafi"; "Aleksandr" and "Alexander"; and
 * whether the names of two entities of other articles may be one person's or one organization's.
 */
public final class NameVariants {
    private NameVariants() {
    }

    /** Both full names (first and last word) agree, allowing for transliteration. */
    public static boolean sameFullName(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (x.length < 2 || y.length < 2) {
            return false;
        }
        return same(x[0], y[0]) && same(x[x.length - 1], y[y.length - 1]);
    }

    /** Words of an organization's name that a short form leaves out ("China National Petroleum Corporation"). */
    private static final Set<String> ORG_SUFFIXES = Set.of("corporation", "corp", "company", "co", "inc", "ltd", "plc",
            "group", "holdings", "limited", "llc", "sa", "ag");

    /**
     * Why the names of a stored person and a new one may be one person's, or null: the same full name up to
     * transliteration; the same surname and first names of the same first two letters ("Konstantinos" and
     * "Kostas", "Gregory" and "Grigoris"); or one of them known only by a surname the other has.
     */
    public static String samePerson(Set<String> stored, Set<String> names) {
        for (String a : stored) {
            for (String b : names) {
                if (sameFullName(a, b)) {
                    return "transliteration";
                }
            }
        }
        for (String a : stored) {
            for (String b : names) {
                String[] x = words(a);
                String[] y = words(b);
                if (x.length >= 2 && y.length >= 2 && same(x[x.length - 1], y[y.length - 1]) && sameStart(x[0], y[0])) {
                    return "first-name form";
                }
            }
        }
        if (onlySurnames(names) && surnameOf(names, stored) || onlySurnames(stored) && surnameOf(stored, names)) {
            return "surname";
        }
        return null;
    }

    /**
     * Why the names of a stored organization and a new one may be one organization's, or null: one is the
     * other's acronym ("IAAF", "Wada" as BBC writes it); the same words in another order or without a word such
     * as "Corporation" or "Group"; one long word spelled two ways ("Yuganskneftegaz", "Yuganskneftegas"); or
     * a one-word name that is the first word of the other ("Baikal", "Baikal Finance Group").
     */
    public static String sameOrganization(Set<String> stored, Set<String> names) {
        for (String a : stored) {
            for (String b : names) {
                String why = sameOrganization(a, b);
                if (why != null) {
                    return why;
                }
            }
        }
        return null;
    }

    static String sameOrganization(String a, String b) {
        List<String> x = orgWords(a);
        List<String> y = orgWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return null;
        }
        if (acronymOf(a, b) || acronymOf(b, a)) {
            return "acronym";
        }
        List<String> xs = new ArrayList<>(x);
        List<String> ys = new ArrayList<>(y);
        xs.removeAll(ORG_SUFFIXES);
        ys.removeAll(ORG_SUFFIXES);
        if (!xs.isEmpty() && new java.util.TreeSet<>(xs).equals(new java.util.TreeSet<>(ys)) && xs.size() == ys.size()) {
            return "name form";
        }
        if (x.size() == 1 && y.size() == 1 && x.get(0).length() >= 8 && same(x.get(0), y.get(0))) {
            return "transliteration";
        }
        if (x.size() == 1 && y.size() >= 2 && x.get(0).length() >= 5 && x.get(0).equals(y.get(0))
                || y.size() == 1 && x.size() >= 2 && y.get(0).length() >= 5 && y.get(0).equals(x.get(0))) {
            return "short name";
        }
        return null;
    }

    /** "IAAF" or "Wada" (one word, written as capitals or as a word) stands for the other name's initials. */
    private static boolean acronymOf(String acronym, String name) {
        String a = acronym.strip().replace(".", "");
        if (a.contains(" ") || a.length() < 2 || a.length() > 7 || !Character.isUpperCase(a.charAt(0))) {
            return false;
        }
        List<String> w = new ArrayList<>();
        for (String t : name.strip().split("[\\s-]+")) {
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
                w.add(t);
            }
        }
        if (w.size() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        w.forEach(t -> initials.append(t.charAt(0)));
        return initials.toString().equalsIgnoreCase(a);
    }

    private static List<String> orgWords(String name) {
        List<String> out = new ArrayList<>();
        for (String t : Transliteration.plain(name).replaceAll("'s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty() && !t.equals("the") && !t.equals("of") && !t.equals("and")) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean sameStart(String a, String b) {
        String x = Transliteration.plain(letters(a));
        String y = Transliteration.plain(letters(b));
        return x.length() >= 3 && y.length() >= 3 && x.substring(0, 2).equals(y.substring(0, 2));
    }

    private static boolean onlySurnames(Set<String> names) {
        return !names.isEmpty() && names.stream().allMatch(n -> words(n).length == 1 && letters(n).length() >= 4);
    }

    /** The one-word names are the surname of a full name among {@code full}. */
    private static boolean surnameOf(Set<String> surnames, Set<String> full) {
        for (String f : full) {
            String[] w = words(f);
            if (w.length >= 2 && surnames.stream().anyMatch(s -> same(s, w[w.length - 1]))) {
                return true;
            }
        }
        return false;
    }

    /** One word, spelled two ways. */
    static boolean same(String a, String b) {
        String x = Transliteration.spelling(letters(a));
        String y = Transliteration.spelling(letters(b));
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || x.length() >= 5 && y.length() >= 5 && Transliteration.closeness(x, y) >= 0.8;
    }

    /** The word without what is not a letter ("O'Brien" and "OBrien" alike). */
    private static String letters(String word) {
        return word.replaceAll("[^\\p{L}]", "");
    }

    private static String[] words(String name) {
        String n = name.strip();
        return n.isEmpty() ? new String[0] : n.split("\\s+");
    }
}
