package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extraction.Event;
import org.newskg.extraction.Extraction;

/** The event rules on hand-made articles, without models: what each must read, and what it must not. */
class EventRulesTest {
    /** Each event mention as "Class trigger: role=name [rule], ...". */
    private static List<String> mentions(DocFixture doc) {
        DocumentContext ctx = doc.context();
        Facts f = new Facts();
        new EventExtractor().extract(ctx, f);
        return f.events.stream().map(m -> m.type().localName() + " " + m.trigger().text() + ":" + m.arguments().stream()
                .map(a -> " " + a.role() + "=" + ctx.resolution().entity(a.entity()).name() + " [" + a.provenance().extractor() + "]")
                .sorted().reduce("", String::concat) + (m.date() == null ? "" : " on " + m.date())).toList();
    }

    /** The merged events of the whole analysis, as "Class label: role=name [rule] ... date [rule]". */
    private static List<String> events(DocFixture doc) {
        Extraction x = doc.extraction();
        return x.events().stream().map(e -> show(x, e)).toList();
    }

    private static String show(Extraction x, Event e) {
        StringBuilder sb = new StringBuilder(e.type().localName() + " [" + e.provenance().extractor() + "]:");
        e.arguments().stream().map(a -> " " + a.role() + "=" + x.entities().stream().filter(n -> n.key().equals(a.entity()))
                .findFirst().orElseThrow().name() + " [" + a.provenance().extractor() + "]").sorted().forEach(sb::append);
        if (e.startDate() != null) {
            sb.append(" on ").append(e.startDate()).append(" [").append(e.dateProvenance().extractor()).append("]");
        }
        return sb.toString();
    }

    @Test
    void aTriggerOutsideQuotesIsAnEventWithItsPlaceAndDay() {
        assertThat(mentions(DocFixture.article().sentence(
                "Protesters/NNS rallied/VBD//rally in/IN Minsk/NNP/CITY on/IN Sunday/NNP/DATE ./.",
                "[rallied-2 nsubj>Protesters-1 obl:in>[Minsk-4 case>in-3] obl:on>[Sunday-6 case>on-5] punct>.-7]")))
                .containsExactly("Protest rallied: LOCATION=Minsk [event-arg/location] on 2020-08-16");
        assertThat(mentions(DocFixture.article().sentence(
                "“/`` We/PRP will/MD rally/VB in/IN Minsk/NNP/CITY ,/, ”/'' Gorbina/NNP/PERSON said/VBD//say ./.",
                "[said-10 ccomp>[rally-4 nsubj>We-2 aux>will-3 obl:in>[Minsk-6 case>in-5]] nsubj>Gorbina-9 punct>.-11]")))
                .isEmpty();
    }

    @Test
    void aNegatedVerbIsNoHappening() {
        assertThat(mentions(DocFixture.article().sentence(
                "Williams/NNP/PERSON will/MD not/RB resign/VB//resign ./.",
                "[resign-4 nsubj>Williams-1 aux>will-2 advmod>not-3 punct>.-5]"))).isEmpty();
        assertThat(mentions(DocFixture.article().sentence(
                "Williams/NNP/PERSON will/MD resign/VB//resign soon/RB ./.",
                "[resign-3 nsubj>Williams-1 aux>will-2 advmod>soon-4 punct>.-5]")))
                .containsExactly("Yield resign: AGENT=Williams [event-arg/agent]");
    }

    @Test
    void thePossessorOfAPersonNounSubjectTakesPart() {
        assertThat(mentions(DocFixture.article().sentence(
                "Sigarchi/NNP/PERSON 's/POS lawyer/NN urged/VBD//urge a/DT retrial/NN ./.",
                "[urged-4 nsubj>[lawyer-3 nmod:poss>[Sigarchi-1 case>'s-2]] obj>[retrial-6 det>a-5] punct>.-7]")))
                .containsExactly("Appeal urged: PARTICIPANT=Sigarchi [event-arg/possessor-of-agent]");
        assertThat(mentions(DocFixture.article().sentence(
                "Sigarchi/NNP/PERSON 's/POS case/NN urged/VBD//urge a/DT retrial/NN ./.",
                "[urged-4 nsubj>[case-3 nmod:poss>[Sigarchi-1 case>'s-2]] obj>[retrial-6 det>a-5] punct>.-7]")))
                .containsExactly("Appeal urged:");
    }

    @Test
    void subjectObjectAndWithGiveAgentTargetAndParticipant() {
        assertThat(mentions(DocFixture.article().sentence(
                "Police/NNP/ORGANIZATION arrested/VBD//arrest Taraisky/NNP/PERSON ./.",
                "[arrested-2 nsubj>Police-1 obj>Taraisky-3 punct>.-4]")))
                .containsExactly("Arrest arrested: AGENT=Police [event-arg/agent] TARGET=Taraisky [event-arg/target]");
        assertThat(mentions(DocFixture.article().sentence(
                "Putin/NNP/PERSON met/VBD//meet with/IN Lukashenko/NNP/PERSON ./.",
                "[met-2 nsubj>Putin-1 obl:with>[Lukashenko-4 case>with-3] punct>.-5]")))
                .containsExactly("Meeting met: AGENT=Putin [event-arg/agent] PARTICIPANT=Lukashenko [event-arg/participant]");
        // a place can act: "Minsk protested"
        assertThat(mentions(DocFixture.article().sentence(
                "Minsk/NNP/CITY protested/VBD//protest ./.", "[protested-2 nsubj>Minsk-1 punct>.-3]")))
                .containsExactly("Protest protested: AGENT=Minsk [event-arg/agent]");
    }

    @Test
    void aPlaceBeforeANounTriggerOrInsideALocativePhraseIsTheEventsPlace() {
        assertThat(mentions(DocFixture.article().sentence(
                "The/DT Minsk/NNP/CITY protest/NN grew/VBD//grow ./.",
                "[grew-4 nsubj>[protest-3 det>The-1 compound>Minsk-2] punct>.-5]")))
                .containsExactly("Protest protest: LOCATION=Minsk [event-arg/location-modifier]");
        assertThat(mentions(DocFixture.article().sentence(
                "They/PRP protested/VBD//protest at/IN the/DT gates/NNS//gate of/IN a/DT mine/NN near/IN Antofagasta/NNP/CITY ./.",
                "[protested-2 nsubj>They-1 obl:at>[gates-5 case>at-3 det>the-4 nmod:of>[mine-8 case>of-6 det>a-7 "
                        + "nmod:near>[Antofagasta-10 case>near-9]]] punct>.-11]")))
                .containsExactly("Protest protested: LOCATION=Antofagasta [event-arg/location-within]");
        assertThat(mentions(DocFixture.article().sentence(
                "They/PRP protested/VBD//protest about/IN Antofagasta/NNP/CITY ./.",
                "[protested-2 nsubj>They-1 obl:about>[Antofagasta-4 case>about-3] punct>.-5]")))
                .containsExactly("Protest protested: PARTICIPANT=Antofagasta [event-arg/participant]");
    }

    @Test
    void aNounTriggerWithoutAgentTakesItsVerbsSubject() {
        assertThat(mentions(DocFixture.article().sentence(
                "Tikhanovskaya/NNP/PERSON announced/VBD//announce the/DT creation/NN of/IN a/DT council/NN ./.",
                "[announced-2 nsubj>Tikhanovskaya-1 obj>[creation-4 det>the-3 nmod:of>[council-7 case>of-5 det>a-6]] punct>.-8]")))
                .containsExactly("Founding creation: AGENT=Tikhanovskaya [event-arg/agent-of-governor]");
        assertThat(mentions(DocFixture.article().sentence(
                "Tikhanovskaya/NNP/PERSON praised/VBD//praise the/DT council/NN ./.",
                "[praised-2 nsubj>Tikhanovskaya-1 obj>[council-4 det>the-3] punct>.-5]")))
                .isEmpty();
    }

    @Test
    void aStreetEventWithoutPlaceHappenedAtTheDateline() {
        assertThat(events(DocFixture.article().sentence("MINSK/NNP/CITY —/: Protesters/NNS rallied/VBD//rally ./.",
                "[rallied-4 dep>MINSK-1 nsubj>Protesters-3 punct>.-5]")))
                .containsExactly("Protest [event/trigger]: LOCATION=MINSK [event-arg/location-dateline]");
        assertThat(events(DocFixture.article().sentence("MINSK/NNP/CITY —/: Leaders/NNS met/VBD//meet ./.",
                "[met-4 dep>MINSK-1 nsubj>Leaders-3 punct>.-5]")))
                .isEmpty(); // no dateline place for a meeting, and a meeting that names no one is no event
        assertThat(events(DocFixture.article().sentence("MINSK/NNP/CITY —/: The/DT fight/NN against/IN corruption/NN grew/VBD//grow ./.",
                "[grew-7 dep>MINSK-1 nsubj>[fight-4 det>The-3 nmod:against>[corruption-6 case>against-5]] punct>.-8]")))
                .isEmpty(); // the dateline places a fight, but a fight that names no one is not reported unnamed

    }

    @Test
    void anUndatedEventPlacedBeforeADatedOneTakesItsDay() {
        assertThat(events(DocFixture.article().sentence(
                "Lukashenko/NNP/PERSON held/VBD//hold a/DT rally/NN before/IN Sunday/NNP/DATE 's/POS protest/NN ./.",
                "[held-2 nsubj>Lukashenko-1 obj>[rally-4 det>a-3] obl:before>[protest-8 case>before-5 "
                        + "nmod:poss>[Sunday-6 case>'s-7]] punct>.-9]")))
                .containsExactly("Protest [event/trigger]: AGENT=Lukashenko [event-arg/agent-of-governor] on 2020-08-16 [event-date/anchor]",
                        "Protest [event/trigger]: on 2020-08-16 [event/trigger]");
        assertThat(events(DocFixture.article().sentence("Lukashenko/NNP/PERSON held/VBD//hold a/DT rally/NN ./.",
                "[held-2 nsubj>Lukashenko-1 obj>[rally-4 det>a-3] punct>.-5]")))
                .containsExactly("Protest [event/trigger]: AGENT=Lukashenko [event-arg/agent-of-governor]");
    }

    @Test
    void whoeverFoundsAnOrganizationIsItsFounder() {
        Extraction founded = DocFixture.article().sentence(
                "Tikhanovskaya/NNP/PERSON founded/VBD//found the/DT Coordination/NNP/ORGANIZATION Council/NNP/ORGANIZATION ./.",
                "[founded-2 nsubj>Tikhanovskaya-1 obj>[Council-5 det>the-3 compound>Coordination-4] punct>.-6]").extraction();
        assertThat(founded.relations()).extracting(r -> r.predicate().localName() + " " + r.provenance().extractor())
                .containsExactly("founder founder/founding-event");
        Extraction praised = DocFixture.article().sentence(
                "Tikhanovskaya/NNP/PERSON praised/VBD//praise the/DT Coordination/NNP/ORGANIZATION Council/NNP/ORGANIZATION ./.",
                "[praised-2 nsubj>Tikhanovskaya-1 obj>[Council-5 det>the-3 compound>Coordination-4] punct>.-6]").extraction();
        assertThat(praised.relations()).isEmpty();
    }

    @Test
    void leavingAnOrganizationIsAYieldAndBarringAPersonASanction() {
        assertThat(mentions(DocFixture.article().sentence(
                "Hockney/NNP/PERSON left/VBD//leave UKIP/NNP/ORGANIZATION ./.",
                "[left-2 nsubj>Hockney-1 obj>UKIP-3 punct>.-4]")))
                .extracting(m -> m.substring(0, m.indexOf(':'))).containsExactly("Yield left");
        assertThat(mentions(DocFixture.article().sentence(
                "Hockney/NNP/PERSON left/VBD//leave London/NNP/CITY ./.",
                "[left-2 nsubj>Hockney-1 obj>London-3 punct>.-4]"))).isEmpty();
        assertThat(mentions(DocFixture.article().sentence(
                "Tzekos/NNP/PERSON was/VBD//be banned/VBN//ban for/IN four/CD years/NNS ./.",
                "[banned-3 nsubj:pass>Tzekos-1 aux:pass>was-2 obl:for>[years-6 case>for-4 nummod>four-5] punct>.-7]")))
                .extracting(m -> m.substring(0, m.indexOf(':'))).containsExactly("Sanction banned");
        assertThat(mentions(DocFixture.article().sentence(
                "The/DT council/NN banned/VBD//ban smoking/NN ./.",
                "[banned-3 nsubj>[council-2 det>The-1] obj>smoking-4 punct>.-5]"))).isEmpty();
        assertThat(mentions(DocFixture.article().sentence(
                "Thanou/NNP/PERSON was/VBD//be suspended/VBN//suspend ./.",
                "[suspended-3 nsubj:pass>Thanou-1 aux:pass>was-2 punct>.-4]")))
                .extracting(m -> m.substring(0, m.indexOf(':'))).containsExactly("Sanction suspended");
        assertThat(mentions(DocFixture.article().sentence(
                "Talks/NNS were/VBD//be suspended/VBN//suspend ./.",
                "[suspended-3 nsubj:pass>Talks-1 aux:pass>were-2 punct>.-4]")))
                .noneMatch(m -> m.startsWith("Sanction"));
        assertThat(mentions(DocFixture.article().sentence(
                "Kilroy-Silk/NNP/PERSON quit/VBD//quit UKIP/NNP/ORGANIZATION ./.",
                "[quit-2 nsubj>Kilroy-Silk-1 obj>UKIP-3 punct>.-4]")))
                .extracting(m -> m.substring(0, m.indexOf(':'))).containsExactly("Yield quit");
        assertThat(mentions(DocFixture.article().sentence(
                "Many/JJ smokers/NNS quit/VBD//quit ./.",
                "[quit-3 nsubj>[smokers-2 amod>Many-1] punct>.-4]"))).isEmpty();
    }

    @Test
    void aWordWithSeveralSensesTakesTheFirstWhoseArgumentsItsMentionHas() {
        assertThat(mentions(DocFixture.article().sentence(
                "Labour/NNP/ORGANIZATION attacked/VBD//attack the/DT plans/NNS ./.",
                "[attacked-2 nsubj>Labour-1 obj>[plans-4 det>the-3] punct>.-5]")))
                .containsExactly("Criticism attacked: AGENT=Labour [event-arg/agent]");
        assertThat(mentions(DocFixture.article().sentence(
                "Gunmen/NNS attacked/VBD//attack Kabul/NNP/CITY ./.",
                "[attacked-2 nsubj>Gunmen-1 obj>Kabul-3 punct>.-4]")))
                .containsExactly("Assault attacked: TARGET=Kabul [event-arg/target]");
        assertThat(mentions(DocFixture.article().sentence(
                "Police/NNP/ORGANIZATION released/VBD//release Kolesnikova/NNP/PERSON ./.",
                "[released-2 nsubj>Police-1 obj>Kolesnikova-3 punct>.-4]")))
                .containsExactly("Yield released: AGENT=Police [event-arg/agent] TARGET=Kolesnikova [event-arg/target]");
        assertThat(mentions(DocFixture.article().sentence(
                "U2/NNP/ORGANIZATION released/VBD//release an/DT album/NN ./.",
                "[released-2 nsubj>U2-1 obj>[album-4 det>an-3] punct>.-5]")))
                .isEmpty();
    }

    @Test
    void aDemandNeedsSomeoneWhoDemandsAndAChargeAPersonCharged() {
        assertThat(mentions(DocFixture.article().sentence(
                "Demand/NN in/IN India/NNP/COUNTRY grew/VBD//grow ./.", "[grew-4 nsubj>[Demand-1 nmod:in>[India-3 case>in-2]] punct>.-5]")))
                .isEmpty();
        assertThat(mentions(DocFixture.article().sentence(
                "Unison/NNP/ORGANIZATION 's/POS demand/NN grew/VBD//grow ./.", "[grew-4 nsubj>[demand-3 nmod:poss>[Unison-1 case>'s-2]] punct>.-5]")))
                .containsExactly("Demand demand: AGENT=Unison [event-arg/agent]");
        assertThat(mentions(DocFixture.article().sentence(
                "Police/NNP/ORGANIZATION charged/VBD//charge Otis/NNP/PERSON Ferry/NNP/PERSON ./.",
                "[charged-2 nsubj>Police-1 obj>[Ferry-4 compound>Otis-3] punct>.-5]")))
                .containsExactly("Arrest charged: AGENT=Police [event-arg/agent] TARGET=Otis Ferry [event-arg/target]");
        assertThat(mentions(DocFixture.article().sentence(
                "Acme/NNP/ORGANIZATION charged/VBD//charge a/DT fee/NN ./.", "[charged-2 nsubj>Acme-1 obj>[fee-4 det>a-3] punct>.-5]")))
                .isEmpty();
    }

    @Test
    void whatSomeoneSaysInAnotherSentenceIsOneEventOnlyWithTheSameSpeaker() {
        DocFixture same = DocFixture.article()
                .sentence("Howard/NNP/PERSON denied/VBD//deny a/DT split/NN ./.", "[denied-2 nsubj>Howard-1 obj>[split-4 det>a-3] punct>.-5]")
                .sentence("Howard/NNP/PERSON denied/VBD//deny it/PRP ./.", "[denied-2 nsubj>Howard-1 obj>it-3 punct>.-4]");
        assertThat(events(same)).hasSize(1);
        DocFixture others = DocFixture.article()
                .sentence("Howard/NNP/PERSON denied/VBD//deny a/DT split/NN ./.", "[denied-2 nsubj>Howard-1 obj>[split-4 det>a-3] punct>.-5]")
                .sentence("Howard/NNP/PERSON was/VBD rejected/VBN//reject ./.",
                        "[rejected-3 nsubj:pass>Howard-1 aux:pass>was-2 punct>.-4]");
        assertThat(events(others)).hasSize(2);
    }

    private static List<String> criticisms(DocFixture doc) {
        DocumentContext ctx = doc.context();
        Facts f = new Facts();
        new EvaluativeSpeech().extract(ctx, f);
        return f.events.stream().map(m -> m.type().localName() + " " + m.trigger().text() + ":" + m.arguments().stream()
                .map(a -> " " + a.role() + "=" + ctx.resolution().entity(a.entity()).name()).reduce("", String::concat)).toList();
    }

    @Test
    void sayingSomethingIsDisgustingOrCallingItIdioticIsACriticism() {
        assertThat(criticisms(DocFixture.article().sentence(
                "Taylor/NNP/PERSON said/VBD//say the/DT Tory/NNP/ORGANIZATION plan/NN was/VBD disgusting/JJ ./.",
                "[said-2 nsubj>Taylor-1 ccomp>[disgusting-7 nsubj>[plan-5 det>the-3 compound>Tory-4] cop>was-6] punct>.-8]")))
                .containsExactly("Criticism disgusting: AGENT=Taylor TARGET=Conservative Party");
        assertThat(criticisms(DocFixture.article().sentence(
                "Rock/NNP/PERSON called/VBD//call award/NN shows/NNS idiotic/JJ ./.",
                "[called-2 nsubj>Rock-1 obj>[shows-4 compound>award-3] xcomp>idiotic-5 punct>.-6]")))
                .containsExactly("Criticism idiotic: AGENT=Rock");
        // blame that no one named says is no event
        assertThat(criticisms(DocFixture.article().sentence(
                "The/DT Tory/NNP/ORGANIZATION plan/NN was/VBD disgusting/JJ ./.",
                "[disgusting-5 nsubj>[plan-3 det>The-1 compound>Tory-2] cop>was-4 punct>.-6]"))).isEmpty();
        assertThat(criticisms(DocFixture.article().sentence(
                "Taylor/NNP/PERSON denied/VBD//deny the/DT Tory/NNP/ORGANIZATION plan/NN was/VBD disgusting/JJ ./.",
                "[denied-2 nsubj>Taylor-1 ccomp>[disgusting-7 nsubj>[plan-5 det>the-3 compound>Tory-4] cop>was-6] punct>.-8]"))).isEmpty();
        assertThat(criticisms(DocFixture.article().sentence(
                "Taylor/NNP/PERSON said/VBD//say the/DT plan/NN was/VBD not/RB unfair/JJ ./.",
                "[said-2 nsubj>Taylor-1 ccomp>[unfair-7 nsubj>[plan-4 det>the-3] cop>was-5 advmod>not-6] punct>.-8]"))).isEmpty();
        assertThat(criticisms(DocFixture.article().sentence(
                "Taylor/NNP/PERSON said/VBD//say the/DT Tory/NNP/ORGANIZATION plan/NN was/VBD good/JJ ./.",
                "[said-2 nsubj>Taylor-1 ccomp>[good-7 nsubj>[plan-5 det>the-3 compound>Tory-4] cop>was-6] punct>.-8]"))).isEmpty();
    }

    @Test
    void aWordOfBlameCountsOnlyInItsPartOfSpeechAndNotUnderANegatedNoun() {
        // "waste" blames as a verb ("Blair will waste more"), not as a noun ("nuclear waste")
        assertThat(criticisms(DocFixture.article().sentence(
                "Howard/NNP/PERSON said/VBD//say Blair/NNP/PERSON would/MD waste/VB more/JJR ./.",
                "[said-2 nsubj>Howard-1 ccomp>[waste-5 nsubj>Blair-3 aux>would-4 obj>more-6] punct>.-7]")))
                .containsExactly("Criticism waste: AGENT=Howard TARGET=Blair");
        assertThat(criticisms(DocFixture.article().sentence(
                "Howard/NNP/PERSON said/VBD//say Sellafield/NNP/ORGANIZATION stored/VBD//store nuclear/JJ waste/NN ./.",
                "[said-2 nsubj>Howard-1 ccomp>[stored-4 nsubj>Sellafield-3 obj>[waste-6 amod>nuclear-5]] punct>.-7]")))
                .isEmpty();
        // "not a wasted vote": the negation of the noun the word of blame modifies
        assertThat(criticisms(DocFixture.article().sentence(
                "Kennedy/NNP/PERSON said/VBD//say it/PRP was/VBD not/RB a/DT wasteful/JJ plan/NN ./.",
                "[said-2 nsubj>Kennedy-1 ccomp>[plan-8 nsubj>it-3 cop>was-4 advmod>not-5 det>a-6 amod>wasteful-7] punct>.-9]")))
                .isEmpty();
        assertThat(criticisms(DocFixture.article().sentence(
                "Kennedy/NNP/PERSON said/VBD//say it/PRP was/VBD a/DT wasteful/JJ plan/NN ./.",
                "[said-2 nsubj>Kennedy-1 ccomp>[plan-7 nsubj>it-3 cop>was-4 det>a-5 amod>wasteful-6] punct>.-8]")))
                .containsExactly("Criticism wasteful: AGENT=Kennedy");
    }

    @Test
    void aMonthIsNoMarch() {
        assertThat(mentions(DocFixture.article().sentence(
                "Gorbina/NNP/PERSON left/VBD//leave in/IN March/NNP/DATE ./.",
                "[left-2 nsubj>Gorbina-1 obl:in>[March-4 case>in-3] punct>.-5]")))
                .isEmpty();
    }

    @Test
    void aFoundingFoundsAnOrganization() {
        assertThat(mentions(DocFixture.article().sentence(
                "San/NNP/PERSON founded/VBD//found Argonaut/NNP/ORGANIZATION ./.", "[founded-2 nsubj>San-1 obj>Argonaut-3 punct>.-4]")))
                .containsExactly("Founding founded: AGENT=San [event-arg/agent] TARGET=Argonaut [event-arg/target]");
        assertThat(mentions(DocFixture.article().sentence(
                "Labour/NNP/ORGANIZATION launched/VBD//launch its/PRP$ platform/NN ./.",
                "[launched-2 nsubj>Labour-1 obj>[platform-4 nmod:poss>its-3] punct>.-5]")))
                .isEmpty();
    }

    @Test
    void aPurchaseNeedsABuyerTheTextNamesAndADowngradeSomethingNamedDowngraded() {
        assertThat(mentions(DocFixture.article().sentence(
                "Acme/NNP/ORGANIZATION bought/VBD//buy Zenith/NNP/ORGANIZATION ./.", "[bought-2 nsubj>Acme-1 obj>Zenith-3 punct>.-4]")))
                .containsExactly("Acquisition bought: AGENT=Acme [event-arg/agent] TARGET=Zenith [event-arg/target]");
        assertThat(mentions(DocFixture.article().sentence(
                "The/DT dollar/NN was/VBD//be buying/VBG//buy yen/NNS in/IN Tokyo/NNP/CITY ./.",
                "[buying-4 nsubj>[dollar-2 det>The-1] aux>was-3 obj>yen-5 obl:in>[Tokyo-7 case>in-6] punct>.-8]")))
                .isEmpty();
        assertThat(mentions(DocFixture.article().sentence(
                "Moody/NNP/ORGANIZATION downgraded/VBD//downgrade Greece/NNP/COUNTRY ./.", "[downgraded-2 nsubj>Moody-1 obj>Greece-3 punct>.-4]")))
                .containsExactly("Sanction downgraded: AGENT=Moody [event-arg/agent] TARGET=Greece [event-arg/target]");
        assertThat(mentions(DocFixture.article().sentence(
                "Japan/NNP/COUNTRY downgraded/VBD//downgrade its/PRP$ forecast/NN ./.",
                "[downgraded-2 nsubj>Japan-1 obj>[forecast-4 nmod:poss>its-3] punct>.-5]")))
                .isEmpty();
    }

    @Test
    void aWordOfANameIsNoTrigger() {
        assertThat(mentions(DocFixture.article().sentence(
                "France/NNP/COUNTRY can/MD win/VB the/DT Grand/NNP/MISC Slam/NNP/MISC ./.",
                "[win-3 nsubj>France-1 aux>can-2 obj>[Slam-6 det>the-4 compound>Grand-5] punct>.-7]")))
                .isEmpty();
        assertThat(mentions(DocFixture.article().sentence(
                "Labour/NNP/ORGANIZATION slammed/VBD//slam France/NNP/COUNTRY ./.",
                "[slammed-2 nsubj>Labour-1 obj>France-3 punct>.-4]")))
                .containsExactly("Criticism slammed: AGENT=Labour [event-arg/agent] TARGET=France [event-arg/target]");
    }

    @Test
    void anEventThatNamesNoOneIsKeptOnlyIfNewsReportsItsClassUnnamedAndDatesOrCountsIt() {
        assertThat(events(DocFixture.article().sentence(
                "Householders/NNS who/WP kill/VBP//kill intruders/NNS are/VBP safe/JJ ./.",
                "[safe-6 nsubj>[Householders-1 acl:relcl>[kill-3 nsubj>who-2 obj>intruders-4]] cop>are-5 punct>.-7]")))
                .isEmpty();
        assertThat(events(DocFixture.article().sentence(
                "Police/NNS arrested/VBD//arrest miners/NNS on/IN Sunday/NNP/DATE ./.",
                "[arrested-2 nsubj>Police-1 obj>miners-3 obl:on>[Sunday-5 case>on-4] punct>.-6]")))
                .hasSize(1).allMatch(e -> e.startsWith("Arrest"));
        assertThat(events(DocFixture.article().sentence(
                "Domestic/JJ demand/NN rose/VBD//rise ./.", "[rose-3 nsubj>[demand-2 amod>Domestic-1] punct>.-4]")))
                .isEmpty();
        assertThat(events(DocFixture.article().sentence(
                "Police/NNS arrested/VBD//arrest 14/CD/NUMBER//14.0 miners/NNS ./.",
                "[arrested-2 nsubj>Police-1 obj>[miners-4 nummod>14-3] punct>.-5]")))
                .hasSize(1).allMatch(e -> e.startsWith("Arrest"));
        assertThat(events(DocFixture.article().sentence(
                "Police/NNS arrested/VBD//arrest miners/NNS ./.", "[arrested-2 nsubj>Police-1 obj>miners-3 punct>.-4]")))
                .isEmpty();
    }
}
