package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;
import org.newskg.extraction.Role;

/**
 * A role that no longer holds is no current fact: of the relations stated in the sentence of a former role, a
 * job title of its holder that is the role's title or a word of it ("union leader", "leader"), and a tie of its
 * holder to the role's organization, are removed, whichever extractor stated them (KBP reads "former union
 * leader Sir Bill Morris" as the title "leader").
 */
final class PastRoles {
    private static final Set<RelationType> TIES = Set.of(RelationType.WORKS_FOR, RelationType.MEMBER_OF,
            RelationType.AFFILIATION, RelationType.LEADER_OF);

    private PastRoles() {
    }

    static List<Relation> apply(List<Relation> relations, List<Role> roles) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : relations) {
            if (roles.stream().noneMatch(role -> !role.status().holds() && contradicts(role, r))) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether the relation states the former role as current. */
    static boolean contradicts(Role role, Relation r) {
        if (!r.subject().equals(role.holder()) || r.provenance().sentence() != role.provenance().sentence()) {
            return false;
        }
        if (r.predicate() == RelationType.JOB_TITLE) {
            String title = role.title().toLowerCase(Locale.ROOT);
            String stated = r.object().toLowerCase(Locale.ROOT);
            return title.equals(stated) || List.of(title.split(" ")).containsAll(List.of(stated.split(" ")))
                    || stated.endsWith(" " + title);
        }
        return TIES.contains(r.predicate()) && r.object().equals(role.organization());
    }
}
