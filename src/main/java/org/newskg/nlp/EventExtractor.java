package org.newskg.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.extraction.EntityType;
import org.newskg.extraction.EventArgument;
import org.newskg.extraction.EventRole;
import org.newskg.extraction.EventType;
import org.newskg.extraction.Provenance;
import org.newskg.extraction.Span;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Finds event mentions from the trigger lexicon ({@code event-triggers.tsv}) and fills their roles from the
 * dependency parse by the table of {@code event-arguments.tsv} (subject or possessor → agent, object → target,
 * "with" → participant, a place after in/at/on → location), a DATE → start date, a number of people →
 * participant count. Words inside quotations are claims, not reports, and trigger nothing. The merge step
 * ({@link EventMerger}) then makes one event of several mentions of one happening.
 */
final class EventExtractor implements Extractor {
    /** A place named inside a locative phrase that is not itself a place: "at the gates of a mine near X". */
    static final String LOCATION_WITHIN = "event-arg/location-within";
    /** "X announced the creation of Y": a noun trigger without an agent of its own takes its verb's subject. */
    static final String GOVERNOR_SUBJECT = "event-arg/agent-of-governor";
    private static final Set<EventType> SPEECH_ACTS = Set.of(EventType.APPEAL, EventType.DEMAND, EventType.THREAT);
    private static final Set<String> LOCATION_PREPOSITIONS = Words.set("location-prepositions.tsv");
    private static final EventRoles ROLES = new EventRoles();
    private final Set<String> definite = Words.ofKind("determiners.tsv", "definite");
    private final EventLexicon lexicon = new EventLexicon();

    @Override
    public void extract(DocumentContext ctx, FactSink out) {
        DocView doc = ctx.view();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            SemanticGraph g = doc.deps(s);
            for (IndexedWord w : g.vertexListSorted()) {
                if (w.lemma() == null || ctx.quoted(w.beginPosition(), w.endPosition())) {
                    continue;
                }
                // "March" the month is no march, and a word of a name is no trigger: "the Grand Slam", "Storm Ciara"
                if ("DATE".equals(doc.token(s, w.index() - 1).ner()) || inName(ctx, s, w.index() - 1)) {
                    continue;
                }
                if (negated(g, w)) {
                    continue;
                }
                for (Found f : find(doc, g, s, w)) {
                    if (contentOfAnother(g, w, f.trigger())) {
                        break;
                    }
                    EventMention m = mention(doc, ctx.resolution(), g, s, w, f, ctx.date());
                    if (senseFits(f.trigger().sense(), m, ctx.resolution())) {
                        out.event(m);
                        break;
                    }
                }
            }
        }
    }

    /**
     * Rule {@value #NEGATED}: a verb that the text negates ("Williams will not quit", "has never resigned") is
     * no happening; a noun is read as it stands ("no protest" is left to the other rules).
     */
    static final String NEGATED = "event-filter/negated";
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    private static boolean negated(SemanticGraph g, IndexedWord w) {
        if (w.tag() == null || !w.tag().startsWith("VB")) {
            return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = Deps.rel(e);
            if ((rel.equals("advmod") || rel.equals("neg")) && NEGATIONS.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word is part of a proper name: an entity's ("Storm Ciara") or one NER tags MISC, a
     * competition's or a work's ("the Grand Slam", "the Six Nations").
     */
    private static boolean inName(DocumentContext ctx, int s, int index0) {
        CoreLabel t = ctx.view().token(s, index0);
        return "MISC".equals(t.ner()) && t.tag() != null && t.tag().startsWith("NNP")
                || ctx.names().stream().anyMatch(n -> n.coversToken(s, index0));
    }

    /** A trigger found in the text: its lexicon entry and the words it covers. */
    private record Found(EventLexicon.Trigger trigger, Span span) {
    }

    /**
     * The trigger at a word: the word itself ("protested"), or the hyphenated compound it ends, which the
     * tokenizer splits ("sit-in" is "sit", "-", "in"; looked up as "sit-in", then as "sitin"), as a noun.
     */
    private List<Found> find(DocView doc, SemanticGraph g, int s, IndexedWord w) {
        List<Found> own = new ArrayList<>();
        for (EventLexicon.Trigger t : triggers(g, w)) {
            own.add(new Found(t, new Span(w.beginPosition(), w.endPosition(), w.originalText(), s)));
        }
        if (!own.isEmpty()) {
            return own;
        }
        Found compound = compound(doc, s, w);
        return compound == null ? List.of() : List.of(compound);
    }

    /** The hyphenated compound the word ends, as a noun trigger. */
    private Found compound(DocView doc, int s, IndexedWord w) {
        int first = w.index() - 1;
        while (first >= 2 && doc.token(s, first - 1).word().equals("-")
                && doc.token(s, first - 1).beginPosition() == doc.token(s, first - 2).endPosition()
                && doc.token(s, first).beginPosition() == doc.token(s, first - 1).endPosition()) {
            first -= 2;
        }
        if (first == w.index() - 1) {
            return null;
        }
        int begin = doc.token(s, first).beginPosition();
        String text = doc.text(begin, w.endPosition());
        String lower = text.toLowerCase(Locale.ROOT);
        for (String form : List.of(lower, lower.replace("-", ""))) {
            for (EventLexicon.Trigger c : lexicon.lookup(form)) {
                if (!c.pos().equals("V") && c.with().isEmpty()) {
                    return new Found(c, new Span(begin, w.endPosition(), text, s));
                }
            }
        }
        return null;
    }

    private EventLexicon.Trigger trigger(SemanticGraph g, IndexedWord w) {
        List<EventLexicon.Trigger> all = triggers(g, w);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The lexicon's senses that fit the word, in the file's order. */
    private List<EventLexicon.Trigger> triggers(SemanticGraph g, IndexedWord w) {
        if (w.lemma() == null) {
            return List.of();
        }
        List<EventLexicon.Trigger> out = new ArrayList<>();
        for (EventLexicon.Trigger t : lexicon.lookup(w.lemma())) {
            if (t.fits(w.tag()) && (t.with().isEmpty() || hasParticle(g, w, t.with()))) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the mention has the arguments its trigger's sense needs. */
    static boolean senseFits(EventLexicon.Sense sense, EventMention m, Resolution res) {
        return switch (sense) {
            case ANY -> true;
            case NAMED_AGENT_NO_VICTIM -> m.arguments().stream().anyMatch(a -> a.role() == EventRole.AGENT)
                    && m.arguments().stream().noneMatch(a -> a.role() == EventRole.TARGET
                    && (res.entity(a.entity()).type() == EntityType.PERSON || res.entity(a.entity()).type().isPlace()));
            case NAMED_AGENT -> m.arguments().stream().anyMatch(a -> a.role() == EventRole.AGENT);
            case PERSON_TARGET -> m.arguments().stream().anyMatch(a -> a.role() == EventRole.TARGET
                    && res.entity(a.entity()).type() == EntityType.PERSON);
            case NAMED_TARGET -> m.arguments().stream().anyMatch(a -> a.role() == EventRole.TARGET);
            case ORGANIZATION_TARGET -> m.arguments().stream().anyMatch(a -> a.role() == EventRole.TARGET
                    && res.entity(a.entity()).type() == EntityType.ORGANIZATION);
        };
    }

    /**
     * True when the trigger is only what another event is about: the content of an appeal, demand or threat
     * ("called for new protests", "demanded the release of", "threatened sanctions" - it has not happened), or
     * the purpose of another event ("rallied to demand a ceasefire" is one protest, not a protest and a demand).
     */
    private boolean contentOfAnother(SemanticGraph g, IndexedWord w, EventLexicon.Trigger t) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            EventLexicon.Trigger parent = trigger(g, e.getGovernor());
            if (parent == null) {
                continue;
            }
            boolean parentSpeech = SPEECH_ACTS.contains(parent.type());
            boolean speech = SPEECH_ACTS.contains(t.type());
            String rel = Deps.rel(e);
            String prep = Deps.preposition(g, e);
            boolean content = rel.equals(Deps.OBJ) || rel.equals(Deps.XCOMP) || rel.equals(Deps.CCOMP)
                    || (rel.equals(Deps.OBL) || rel.equals(Deps.NMOD)) && ("for".equals(prep) || "to".equals(prep));
            if (parentSpeech && !speech && content) {
                return true;
            }
            if (speech && !parentSpeech && (rel.equals(Deps.XCOMP) || rel.equals(Deps.ADVCL))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasParticle(SemanticGraph g, IndexedWord w, String particle) {
        IndexedWord next = g.getNodeByIndexSafe(w.index() + 1);
        if (next != null && next.word().equalsIgnoreCase(particle) && ("RP".equals(next.tag()) || "IN".equals(next.tag()))) {
            return true; // "walked off the job": the parser may hang the particle anywhere
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            IndexedWord d = e.getDependent();
            if (d.word().equalsIgnoreCase(particle)) {
                return true;
            }
            for (SemanticGraphEdge c : g.outgoingEdgeIterable(d)) {
                if (Deps.rel(c).equals(Deps.CASE) && c.getDependent().word().equalsIgnoreCase(particle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private EventMention mention(DocView doc, Resolution res, SemanticGraph g, int s, IndexedWord w,
                                 Found found, LocalDate date) {
        EventLexicon.Trigger t = found.trigger();
        Span trigger = found.span();
        List<EventArgument> args = new ArrayList<>();
        String[] when = {null};
        Long[] count = {null};
        boolean verb = w.tag().startsWith("VB");
        IndexedWord gov = g.getParent(w);
        boolean future = EventTime.future(g, w) || gov != null && EventTime.future(g, gov);
        collect(doc, res, g, s, w, verb, true, args, when, count, date, future);
        // "held a rally before the opposition protest": the protest is another event, not the holding's
        SemanticGraphEdge toGov = gov == null ? null : g.getEdge(gov, w);
        if (toGov != null && !EventTime.anchorEdge(g, toGov)) {
            collect(doc, res, g, s, gov, gov.tag().startsWith("VB"), false, args, when, count, date, future);
            if (!verb && args.stream().noneMatch(a -> a.role() == EventRole.AGENT)) {
                governorSubject(doc, res, g, s, gov, w, args);
            }
        }
        if (when[0] == null) {
            when[0] = EventTime.nestedDate(doc, g, s, w, date, future);
        }
        if (when[0] == null) {
            when[0] = EventTime.offsetDate(doc, g, s, w, date, future);
        }
        boolean isDefinite = !verb && g.outgoingEdgeList(w).stream()
                .anyMatch(e -> Deps.rel(e).equals(Deps.DET) && definite.contains(e.getDependent().word().toLowerCase()));
        EventMention.Anchor anchor = EventTime.anchor(doc, g, s, w, verb || !carried(toGov) ? null : gov,
                d -> {
                    List<Found> f = find(doc, g, s, d);
                    return f.isEmpty() ? null : f.get(0).span();
                });
        return new EventMention(t.type(), trigger, args, when[0], count[0], isDefinite, anchor);
    }

    /** A noun trigger that its verb only carries: "held a rally", "a rally was staged", "the rally took place". */
    private static boolean carried(SemanticGraphEdge toGov) {
        if (toGov == null) {
            return false;
        }
        String rel = Deps.full(toGov);
        return rel.equals(Deps.OBJ) || rel.equals(Deps.NSUBJ) || rel.equals(Deps.NSUBJ_PASS);
    }

    private static void collect(DocView doc, Resolution res, SemanticGraph g, int s, IndexedWord w, boolean verb,
                                boolean own, List<EventArgument> args, String[] when, Long[] count, LocalDate date,
                                boolean future) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            IndexedWord d = e.getDependent();
            String rel = Deps.rel(e);
            String date1 = EventTime.dateOf(doc, s, d, date, future);
            if (date1 == null) {
                date1 = EventTime.weekdayModifier(doc, g, s, d, date, future);
            }
            if (date1 != null && when[0] == null) {
                when[0] = date1;
                continue;
            }
            if (count[0] == null && (rel.startsWith(Deps.NSUBJ) || rel.equals(Deps.OBJ) || own && rel.equals(Deps.NMOD))) {
                count[0] = peopleCount(doc, g, s, d);
            }
            String who = NounReferent.NAME_PHRASE.of(g, res, s, d);
            if (who == null && rel.equals(Deps.NSUBJ)) {
                String client = possessorOfPerson(g, res, s, d);
                if (client != null) {
                    add(args, new EventArgument(EventRole.PARTICIPANT, client, new Provenance(0.6, POSSESSOR, s)));
                }
            }
            String prep = Deps.preposition(g, e);
            boolean locative = (rel.equals(Deps.OBL) || rel.equals(Deps.NMOD)) && prep != null
                    && LOCATION_PREPOSITIONS.contains(prep);
            if (who == null && locative) {
                String place = placeWithin(res, g, s, d, 3);
                if (place != null) {
                    add(args, new EventArgument(EventRole.LOCATION, place, new Provenance(0.6, LOCATION_WITHIN, s)));
                }
            }
            if (who == null || Dateline.isPlaceWord(doc.text(), d.beginPosition(), d.word())) {
                continue;
            }
            EventRoles.Found role = ROLES.role(rel, prep, res.entity(who).type(), verb, own);
            if (role != null) {
                add(args, new EventArgument(role.role(), who, new Provenance(role.confidence(), role.rule(), s)));
            }
        }
    }

    /**
     * The place named inside a locative phrase that is not itself a place: "at the gates of a mine near
     * Antofagasta", "outside the parliament building in the capital, Kyiv".
     */
    private static String placeWithin(Resolution res, SemanticGraph g, int s, IndexedWord d, int depth) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
            if (!Deps.rel(e).equals(Deps.NMOD) && !Deps.rel(e).equals(Deps.APPOS)) {
                continue;
            }
            IndexedWord n = e.getDependent();
            String k = NounReferent.NAME_PHRASE.of(g, res, s, n);
            String prep = Deps.preposition(g, e);
            if (k != null && res.entity(k).type().isPlace()
                    && (prep == null || LOCATION_PREPOSITIONS.contains(prep) || prep.equals("of"))) {
                return k;
            }
            String deeper = k == null && depth > 1 ? placeWithin(res, g, s, n, depth - 1) : null;
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /**
     * Rule {@value #POSSESSOR}: "Mr Sigarchi's lawyer called for a retrial": the subject is a noun for a person
     * (words/person-nouns.tsv, or a title NER tags) that names no one, and its possessor is an entity that
     * is a person or an organization; the possessor takes part, the one the lawyer, agent or spokesman acts for.
     * "The court's ruling angered many" (no noun for a person) gives nothing.
     */
    static final String POSSESSOR = "event-arg/possessor-of-agent";

    private static String possessorOfPerson(SemanticGraph g, Resolution res, int s, IndexedWord subject) {
        String lemma = subject.lemma() == null ? subject.word() : subject.lemma();
        boolean personNoun = subject.tag() != null && subject.tag().startsWith("NN")
                && Character.isLowerCase(subject.word().charAt(0))
                && (PersonNouns.contains(lemma.toLowerCase(Locale.ROOT)) || "TITLE".equals(subject.ner()));
        if (!personNoun) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(subject)) {
            if (Deps.full(e).equals("nmod:poss")) {
                String k = NounReferent.NAME_PHRASE.of(g, res, s, e.getDependent());
                if (k != null && !res.entity(k).type().isPlace()) {
                    return k;
                }
            }
        }
        return null;
    }

    /** "X announced the creation of Y": a noun trigger without its own agent takes its verb's subject. */
    private static void governorSubject(DocView doc, Resolution res, SemanticGraph g, int s, IndexedWord gov,
                                        IndexedWord trigger, List<EventArgument> args) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(gov)) {
            IndexedWord d = e.getDependent();
            // the trigger as its verb's subject ("the Minsk protest grew") names no one else
            if (Deps.full(e).equals(Deps.NSUBJ) && !d.equals(trigger) && !Dateline.isPlaceWord(doc.text(), d.beginPosition(), d.word())) {
                String who = NounReferent.NAME_PHRASE.of(g, res, s, d);
                if (who != null) {
                    add(args, new EventArgument(EventRole.AGENT, who, new Provenance(0.6, GOVERNOR_SUBJECT, s)));
                }
            }
        }
    }

    private static void add(List<EventArgument> args, EventArgument a) {
        if (args.stream().noneMatch(x -> x.entity().equals(a.entity()) && x.role() == a.role())) {
            args.add(a);
        }
    }

    /** "more than 6,700 people": the number modifying a noun for people. */
    private static Long peopleCount(DocView doc, SemanticGraph g, int s, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (Deps.rel(e).equals(Deps.NUMMOD)) {
                Double v = doc.number(s, e.getDependent().index() - 1);
                if (v != null && v >= 1 && v < 1e10) {
                    return v.longValue();
                }
            }
        }
        return null;
    }
}
