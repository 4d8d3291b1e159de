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
 * Rule {@value #RULE}: a sports report about one team ("Dominici backs lacklustre France") names that team's
 * players by their position alone: "Wing Jimmy Marlu is out", "flanker Serge Betsen is a doubt". A person
 * right after a player's position ({@code words/team-context.tsv}, not a coach's) is a member of the report's
 * team: the one team its headline names (named three times or more), when the headline names no other
 * place or organization and gives no score ("England 17-18 France" is a match, not a report on one side). A position right after any name
 * ("Brive back Julien Laharrague", "France wing X") is left to the affiliation rules, which read that name;
 * a match report about two teams ("Scotland v Italy") says nothing here.
 */
final class ReportTeamExtractor implements Extractor {
    static final String RULE = "affiliation/team-of-report";
    private static final Set<String> POSITIONS = positions();
    private static final int MIN_MENTIONS = 3;
    /** A score or "v" between sides: "17-18", "2-1", "v". */
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\b\\d{1,3}-\\d{1,3}\\b|\\bv\\.?\\s|\\bvs\\.?\\s");

    private static Set<String> positions() {
        Set<String> s = new HashSet<>(Words.ofKind("team-context.tsv", "role"));
        s.removeAll(Set.of("coach", "manager", "boss"));
        return Set.copyOf(s);
    }

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
            for (int i = 1; i < t.size(); i++) {
                String who = res.at(s, i);
                if (who == null || res.at(s, i - 1) != null || res.entity(who).type() != EntityType.PERSON
                        || !POSITIONS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                // "Brive back X", "France wing X": a position after a name is the affiliation rules' to read
                if (i >= 2 && res.at(s, i - 2) != null) {
                    continue;
                }
                if (done.add(who)) {
                    out.relation(new Relation(who, RelationType.AFFILIATION, team, new Provenance(0.6, RULE, s)));
                }
            }
        }
    }

    /**
     * The report's team: the one team its headline names, if the headline names no other place or
     * organization and gives no score, and the report names it three times or more; else null.
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
        // "England 17-18 France", "Scotland v Italy": a match between two sides is no report about one
        if (inHeadline.size() != 1 || !othersInHeadline.isEmpty() || headlineEnd > 0 && SCORE.matcher(text.substring(0, headlineEnd)).find()) {
            return null;
        }
        String headline = inHeadline.iterator().next();
        return counts.get(headline) >= MIN_MENTIONS ? headline : null;
    }
}
