package org.newskg.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Relation;
import org.newskg.extraction.RelationType;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Rule {@value #RULE}: a sports report about one team ("Dominici backs lacklustre France") is about that team's
 * people: "Wing Jimmy Marlu is out", "Serge Betsen is a doubt". Every person it names is a member of the
 * report's team: the one team its headline names (named twice or more), when the headline names no
 * other place or organization and gives no score ("England 17-18 France" is a match, not a report on one
 * side). A person named right after another name and a word ("Brive back Julien Laharrague", "France wing X")
 * is left to the affiliation rules, which read that name, and so is one after a staff word ("Wasps coach X",
 * who may be another team's); a match report about two teams ("Scotland v Italy") says nothing here.
 */
final class ReportTeamExtractor implements Extractor {
    static final String RULE = "affiliation/team-of-report";
    /** The team's staff, not its players: a coach right before a name may be another team's ("Wasps coach X"). */
    private static final Set<String> STAFF = Set.of("coach", "manager", "boss");
    private static final int MIN_MENTIONS = 2;
    private static final Demonyms DEMONYMS = new Demonyms();
    /** A score or "v" between sides: "17-18", "2-1", "v". */
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\b\\d{1,3}-\\d{1,3}\\b|\\bv\\.?\\s|\\bvs\\.?\\s");

    @Override
    public void extract(DocumentContext doc, FactSink out) {
        if (!EntityTyper.sportsReport(doc.view())) {
            return;
        }
        Resolution res = doc.resolution();
        String team = dominantTeam(res, doc.view().text(), doc.view().text().indexOf('\n'));
        if (team == null) {
            return;
        }
        Set<String> done = new HashSet<>();
        for (int s = 0; s < doc.view().sentenceCount(); s++) {
            List<CoreLabel> t = doc.view().tokens(s);
            for (int i = 0; i < t.size(); i++) {
                String who = res.at(s, i);
                if (who == null || i > 0 && who.equals(res.at(s, i - 1)) || res.entity(who).type() != EntityType.PERSON
                        || staffBefore(t, i)) {
                    continue;
                }
                // "Brive back X", "France wing X": a position after a name is the affiliation rules' to read
                if (i >= 2 && res.at(s, i - 2) != null && !res.at(s, i - 2).equals(team) && !isPunctuation(t.get(i - 1))) {
                    continue;
                }
                if (done.add(who)) {
                    out.relation(new Relation(who, RelationType.AFFILIATION, team, new Provenance(0.6, RULE, s)));
                }
            }
        }
    }

    /** A staff word ("coach") among the three words before the name. */
    private static boolean staffBefore(List<CoreLabel> t, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (STAFF.contains(t.get(j).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(CoreLabel w) {
        return !Character.isLetterOrDigit(w.word().charAt(0));
    }

    /**
     * The report's team: the one team its headline names, if the headline names no other place or
     * organization and gives no score, and the report names it twice or more; else null.
     */
    private static String dominantTeam(Resolution res, String text, int headlineEnd) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> inHeadline = new HashSet<>();
        Set<String> othersInHeadline = new HashSet<>();
        for (Entity e : res.entities()) {
            boolean team = e.merges().stream().anyMatch(m -> m.startsWith(EntityTyper.TEAM))
                    || e.wikiTitle() != null && EntityTyper.isTeamPage(e.wikiTitle());
            boolean headline = headlineEnd > 0 && e.mentions().stream().anyMatch(m -> m.end() <= headlineEnd);
            if (team) {
                counts.put(e.key(), e.mentions().size());
            }
            if (headline && team) {
                inHeadline.add(e.key());
            } else if (headline && e.type() != EntityType.PERSON) {
                othersInHeadline.add(e.key());
            }
        }
        // "Scots suffer another injury blow": a demonym in the headline names its country's team
        if (inHeadline.isEmpty() && headlineEnd > 0) {
            for (String w : text.substring(0, headlineEnd).split("[^\\p{L}]+")) {
                Entity country = w.isEmpty() || !Character.isUpperCase(w.charAt(0)) ? null : DEMONYMS.country(res, w);
                if (country != null && counts.containsKey(country.key())) {
                    inHeadline.add(country.key());
                }
            }
        }
        // "England 17-18 France", "Scotland v Italy": a match between two sides is no report about one
        if (inHeadline.size() != 1 || !othersInHeadline.isEmpty() || headlineEnd > 0 && SCORE.matcher(text.substring(0, headlineEnd)).find()) {
            return null;
        }
        String headline = inHeadline.iterator().next();
        return counts.get(headline) >= MIN_MENTIONS ? headline : null;
    }
}
