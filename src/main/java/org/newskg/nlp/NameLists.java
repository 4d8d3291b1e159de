package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extraction.EntityType;

import edu.stanford.nlp.ling.CoreLabel;

/** Lists of people's names in a sentence: "novelists Hari Kunzru and Ali Smith", "Owen, Staunton and Winslet". */
final class NameLists {
    private NameLists() {
    }

    /** The people named in a list right after a name: "Hari Kunzru and Ali Smith", "Owen, Staunton and Winslet". */
    static List<String> after(Resolution res, int s, List<CoreLabel> t, int name, String who) {
        List<String> out = new ArrayList<>();
        int i = name;
        String current = who;
        while (true) {
            while (i < t.size() && current.equals(res.at(s, i))) {
                i++;
            }
            if (i < t.size() && t.get(i).word().equals(",")) {
                i++;
            }
            if (i < t.size() && t.get(i).word().equals("and")) {
                i++;
            }
            String next = i < t.size() ? res.at(s, i) : null;
            if (next == null || next.equals(current) || res.entity(next).type() != EntityType.PERSON
                    || i == name || !"NNP".equals(t.get(i).tag())) {
                return out;
            }
            out.add(next);
            current = next;
        }
    }
}
