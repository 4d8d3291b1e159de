package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extraction.Entity;
import org.newskg.extraction.EntityType;

/**
 * The rules that decide what the entities of an article are (which names are one entity, its type, its
 * link), each on a hand-made article without models: one case it must decide, one it must leave alone.
 * Entities are shown as "name [TYPE] link".
 */
class EntityRulesTest {
    private static List<String> entities(DocFixture doc) {
        return doc.context().resolution().entities().stream().map(EntityRulesTest::show).toList();
    }

    private static String show(Entity e) {
        return e.name() + " [" + e.type() + "]" + (e.wikiTitle() != null ? " " + e.wikiTitle() : "");
    }

    private static Entity named(DocFixture doc, String name) {
        return doc.context().resolution().entities().stream()
                .filter(e -> e.name().equals(name) || e.altNames().contains(name)).findFirst().orElseThrow();
    }

    // names

    @Test
    void aFormOfAddressIsNotPartOfTheName() {
        DocFixture doc = DocFixture.article()
                .sentence("David/NNP/PERSON Davis/NNP/PERSON spoke/VBD ./.", null)
                .sentence("Mr/NNP/PERSON Davis/NNP/PERSON said/VBD so/RB ./.", null);
        assertThat(entities(doc)).containsExactly("David Davis [PERSON]");
        DocFixture other = DocFixture.article()
                .sentence("David/NNP/PERSON Davis/NNP/PERSON spoke/VBD ./.", null)
                .sentence("Mr/NNP/PERSON Yeo/NNP/PERSON said/VBD so/RB ./.", null);
        assertThat(entities(other)).hasSize(2);
    }

    @Test
    void aRankIsKeptWithTheNameAndAFormOfAddressIsNot() {
        DocFixture lord = DocFixture.article()
                .sentence("Peter/NNP/PERSON Goldsmith/NNP/PERSON wrote/VBD ./.", null)
                .sentence("Lord/NNP Goldsmith/NNP/PERSON said/VBD so/RB ./.", null);
        assertThat(entities(lord)).containsExactly("Peter Goldsmith [PERSON]");
        assertThat(named(lord, "Peter Goldsmith").altNames()).contains("Lord Goldsmith");
        DocFixture mister = DocFixture.article().sentence("Mr/NNP Goldsmith/NNP/PERSON said/VBD so/RB ./.", null);
        assertThat(named(mister, "Goldsmith").altNames()).isEmpty();
    }

    @Test
    void aGenerationalSuffixIsNotTheSurname() {
        DocFixture doc = DocFixture.article()
                .sentence("Larry/NNP/PERSON Mullen/NNP/PERSON Jr/NNP/PERSON played/VBD ./.", null)
                .sentence("Mullen/NNP/PERSON said/VBD so/RB ./.", null);
        assertThat(entities(doc)).containsExactly("Larry Mullen Jr [PERSON]");
        DocFixture other = DocFixture.article()
                .sentence("Larry/NNP/PERSON Mullen/NNP/PERSON Jr/NNP/PERSON played/VBD ./.", null)
                .sentence("Jr/NNP/PERSON said/VBD so/RB ./.", null);
        assertThat(entities(other)).hasSize(2);
    }

    @Test
    void anAcronymWithFullStopsIsTheAcronym() {
        DocFixture doc = DocFixture.article()
                .sentence("U.S./NNP/COUNTRY officials/NNS met/VBD ./.", null)
                .sentence("The/DT US/NNP/COUNTRY agreed/VBD ./.", null);
        assertThat(entities(doc)).containsExactly("United States [COUNTRY] United_States");
        DocFixture other = DocFixture.article()
                .sentence("U.N./NNP/ORGANIZATION officials/NNS met/VBD ./.", null)
                .sentence("The/DT US/NNP/COUNTRY agreed/VBD ./.", null);
        assertThat(entities(other)).hasSize(2);
    }

    @Test
    void anotherNameOfACountryIsThatCountry() {
        DocFixture doc = DocFixture.article()
                .sentence("Britain/NNP/COUNTRY voted/VBD ./.", null)
                .sentence("The/DT UK/NNP/COUNTRY agreed/VBD ./.", null);
        assertThat(entities(doc)).containsExactly("United Kingdom [COUNTRY] United_Kingdom");
        DocFixture other = DocFixture.article()
                .sentence("Ireland/NNP/COUNTRY voted/VBD ./.", null)
                .sentence("The/DT UK/NNP/COUNTRY agreed/VBD ./.", null);
        assertThat(entities(other)).hasSize(2);
    }

    @Test
    void aCountryNameTaggedAsANationalityIsTheCountry() {
        DocFixture doc = DocFixture.article().sentence("They/PRP came/VBD from/IN Myanmar/NNP/NATIONALITY ./.", null);
        assertThat(entities(doc)).containsExactly("Myanmar [COUNTRY]");
        DocFixture adjective = DocFixture.article().sentence("Burmese/JJ/NATIONALITY migrants/NNS came/VBD ./.", null);
        assertThat(entities(adjective)).isEmpty();
    }

    // merging

    @Test
    void coreferenceJoinsPlacesOrOrganizationsOnlyWhenTheirNamesAreRelated() {
        DocFixture unrelated = DocFixture.article()
                .sentence("The/DT US/NNP/COUNTRY said/VBD ./.", null)
                .sentence("China/NNP/COUNTRY agreed/VBD ./.", null)
                .coref(new int[] {0, 1, 2}, new int[] {1, 0, 1});
        assertThat(entities(unrelated)).hasSize(2);
        DocFixture related = DocFixture.article()
                .sentence("Hereford/NNP/ORGANIZATION County/NNP/ORGANIZATION Hospital/NNP/ORGANIZATION said/VBD ./.", null)
                .sentence("Hereford/NNP/ORGANIZATION Hospital/NNP/ORGANIZATION Trust/NNP/ORGANIZATION agreed/VBD ./.", null)
                .coref(new int[] {0, 0, 3}, new int[] {1, 0, 3});
        assertThat(entities(related)).hasSize(1);
    }

    @Test
    void anAcronymDoesNotJoinANameOfTheOtherKind() {
        DocFixture otherKind = DocFixture.article()
                .sentence("University/NNP/ORGANIZATION of/IN/ORGANIZATION Sheffield/NNP/ORGANIZATION said/VBD ./.", null)
                .sentence("US/NNP/LOCATION officials/NNS agreed/VBD ./.", null);
        assertThat(entities(otherKind)).hasSize(2);
        DocFixture sameKind = DocFixture.article()
                .sentence("World/NNP/ORGANIZATION Anti-Doping/NNP/ORGANIZATION Agency/NNP/ORGANIZATION said/VBD ./.", null)
                .sentence("WADA/NNP/ORGANIZATION agreed/VBD ./.", null);
        assertThat(entities(sameKind)).hasSize(1);
    }

    @Test
    void anOrganizationWrittenShorterIsOneOrganization() {
        DocFixture inner = DocFixture.article()
                .sentence("Powys/NNP/ORGANIZATION Local/NNP/ORGANIZATION Health/NNP/ORGANIZATION Board/NNP/ORGANIZATION met/VBD ./.", null)
                .sentence("Powys/NNP/ORGANIZATION Health/NNP/ORGANIZATION Board/NNP/ORGANIZATION agreed/VBD ./.", null);
        assertThat(entities(inner)).containsExactly("Powys Local Health Board [ORGANIZATION]");
        DocFixture joined = DocFixture.article()
                .sentence("US/NNP/ORGANIZATION National/NNP/ORGANIZATION Science/NNP/ORGANIZATION Foundation/NNP/ORGANIZATION met/VBD ./.", null)
                .sentence("The/DT National/NNP/ORGANIZATION Science/NNP/ORGANIZATION Foundation/NNP/ORGANIZATION agreed/VBD in/IN the/DT US/NNP/COUNTRY ./.", null);
        assertThat(entities(joined)).containsExactlyInAnyOrder("US National Science Foundation [ORGANIZATION]",
                "United States [COUNTRY] United_States");
        DocFixture notAPlace = DocFixture.article()
                .sentence("New/NNP/ORGANIZATION National/NNP/ORGANIZATION Science/NNP/ORGANIZATION Foundation/NNP/ORGANIZATION met/VBD ./.", null)
                .sentence("The/DT National/NNP/ORGANIZATION Science/NNP/ORGANIZATION Foundation/NNP/ORGANIZATION agreed/VBD ./.", null);
        assertThat(entities(notAPlace)).hasSize(2);
        DocFixture different = DocFixture.article()
                .sentence("Bank/NNP/ORGANIZATION of/IN/ORGANIZATION England/NNP/ORGANIZATION Museum/NNP/ORGANIZATION opened/VBD ./.", null)
                .sentence("Bank/NNP/ORGANIZATION of/IN/ORGANIZATION England/NNP/ORGANIZATION agreed/VBD ./.", null);
        assertThat(entities(different)).hasSize(2);
    }

    @Test
    void aSurnameTaggedAsAnOrganizationIsTheOnePersonWithThatSurname() {
        DocFixture one = DocFixture.article()
                .sentence("Paul/NNP/PERSON McGuinness/NNP/PERSON managed/VBD them/PRP ./.", null)
                .sentence("McGuinness/NNP/ORGANIZATION said/VBD so/RB ./.", null);
        assertThat(entities(one)).containsExactly("Paul McGuinness [PERSON]");
        DocFixture two = DocFixture.article()
                .sentence("Paul/NNP/PERSON McGuinness/NNP/PERSON met/VBD Martin/NNP/PERSON McGuinness/NNP/PERSON ./.", null)
                .sentence("McGuinness/NNP/ORGANIZATION said/VBD so/RB ./.", null);
        assertThat(entities(two)).hasSize(3);
    }

    @Test
    void aSurnameNerMissedIsTheNameOfThePersonNamedInFull() {
        DocFixture missed = DocFixture.article()
                .sentence("Svetlana/NNP/PERSON Tikhanovskaya/NNP/PERSON left/VBD//leave ./.", null)
                .sentence("They/PRP support/VBP//support Tikhanovskaya/NN ,/, a/DT 37/CD -/HYPH year/NN -/HYPH old/JJ ./.", null);
        assertThat(named(missed, "Svetlana Tikhanovskaya").mentions()).hasSize(2);
        assertThat(facts(missed)).contains("Svetlana Tikhanovskaya age 37");
        DocFixture word = DocFixture.article()
                .sentence("Gordon/NNP/PERSON Brown/NNP/PERSON left/VBD//leave ./.", null)
                .sentence("The/DT brown/JJ dog/NN saw/VBD//see Brown/NNP ./.", null);
        assertThat(named(word, "Gordon Brown").mentions()).hasSize(1);
    }

    private static List<String> facts(DocFixture doc) {
        org.newskg.extraction.Extraction x = doc.extraction();
        return x.relations().stream().map(r -> x.entities().stream().filter(e -> e.key().equals(r.subject())).findFirst()
                .orElseThrow().name() + " " + r.predicate().localName() + " " + r.object()).toList();
    }

    @Test
    void aSurnameTwoPeopleShareIsTheOneNamedLastInASentenceOfItsOwn() {
        DocFixture cowell = DocFixture.article()
                .sentence("Simon/NNP/PERSON Cowell/NNP/PERSON has/VBZ//have a/DT brother/NN ./.", null)
                .sentence("Writer/NN Tony/NNP/PERSON Cowell/NNP/PERSON judges/VBZ//judge ./.", null)
                .sentence("Cowell/NNP/PERSON said/VBD//say so/RB ./.", null)
                .coref(new int[] {0, 0, 2}, new int[] {2, 0, 1});
        assertThat(named(cowell, "Tony Cowell").altNames()).contains("Cowell");
        DocFixture blair = DocFixture.article()
                .sentence("Tony/NNP/PERSON Blair/NNP/PERSON and/CC Cherie/NNP/PERSON Blair/NNP/PERSON came/VBD//come ./.", null)
                .sentence("Blair/NNP/PERSON said/VBD//say so/RB ./.", null);
        assertThat(entities(blair)).hasSize(3);
    }

    @Test
    void anInitialedNameIsTheOnePersonWithThatSurnameAndInitial() {
        DocFixture one = DocFixture.article()
                .sentence("Cristian/NNP/PERSON Stoica/NNP/PERSON scored/VBD ./.", null)
                .sentence("C/NNP Stoica/NNP/PERSON played/VBD ./.", null);
        assertThat(entities(one)).containsExactly("Cristian Stoica [PERSON]");
        DocFixture otherInitial = DocFixture.article()
                .sentence("Cristian/NNP/PERSON Stoica/NNP/PERSON scored/VBD ./.", null)
                .sentence("M/NNP Stoica/NNP/PERSON played/VBD ./.", null);
        assertThat(entities(otherInitial)).hasSize(2);
        DocFixture two = DocFixture.article()
                .sentence("Mirco/NNP/PERSON Bergamasco/NNP/PERSON and/CC Mauro/NNP/PERSON Bergamasco/NNP/PERSON scored/VBD ./.", null)
                .sentence("M/NNP Bergamasco/NNP/PERSON played/VBD ./.", null);
        assertThat(entities(two)).hasSize(3);
    }

    @Test
    void initialedNamesListedInASentenceArePeople() {
        DocFixture sheet = DocFixture.article().sentence(
                "C/NNP Paterson/NNP/PERSON ;/: A/DT Craig/NNP/PERSON ,/, C/NNP Cusiter/NNP ,/, S/NNP Orlando/NNP/CITY ,/, "
                        + "CA/NNP/STATE_OR_PROVINCE del/NNP Fava/NNP/MISC ./.", null);
        assertThat(entities(sheet)).containsExactlyInAnyOrder("C Paterson [PERSON]", "A Craig [PERSON]",
                "C Cusiter [PERSON]", "S Orlando [PERSON]", "CA del Fava [PERSON]");
        DocFixture two = DocFixture.article().sentence(
                "He/PRP met/VBD a/DT Craig/NNP/PERSON ,/, S/NNP Orlando/NNP/CITY and/CC C/NNP Cusiter/NNP ./.", null);
        assertThat(entities(two)).containsExactlyInAnyOrder("Craig [PERSON]", "Orlando [CITY]");
        DocFixture parties = DocFixture.article().sentence(
                "UK/NNP/COUNTRY Independence/NNP/ORGANIZATION Party/NNP/ORGANIZATION ,/, US/NNP/COUNTRY Democrats/NNPS/ORGANIZATION ,/, "
                        + "EU/NNP/ORGANIZATION Council/NNP/ORGANIZATION ,/, UN/NNP/ORGANIZATION Council/NNP/ORGANIZATION ./.", null);
        assertThat(entities(parties)).noneMatch(e -> e.endsWith("[PERSON]"));
    }

    @Test
    void theSubjectPronounOfWhatAPersonSaysIsThatPerson() {
        DocFixture said = DocFixture.article().sentence(
                "Douglas/NNP/PERSON Hogg/NNP/PERSON said/VBD//say he/PRP opposed/VBD//oppose it/PRP ./.",
                "[said-3 nsubj>[Hogg-2 compound>Douglas-1] ccomp>[opposed-5 nsubj>he-4 obj>it-6] punct>.-7]");
        assertThat(said.context().resolution().at(0, 3)).isEqualTo(named(said, "Douglas Hogg").key());
        DocFixture other = DocFixture.article().sentence(
                "Douglas/NNP/PERSON Hogg/NNP/PERSON knew/VBD//know he/PRP opposed/VBD//oppose it/PRP ./.",
                "[knew-3 nsubj>[Hogg-2 compound>Douglas-1] ccomp>[opposed-5 nsubj>he-4 obj>it-6] punct>.-7]");
        // not a reported clause: the narrated-subject rule resolves it (the person named last before it)
        assertThat(other.context().resolution().at(0, 3)).isEqualTo(named(other, "Douglas Hogg").key());
        DocFixture next = DocFixture.article()
                .sentence("Matthew/NNP/PERSON Taylor/NNP/PERSON said/VBD//say so/RB ./.", "[said-3 nsubj>[Taylor-2 compound>Matthew-1] advmod>so-4 punct>.-5]")
                .sentence("But/CC he/PRP said/VBD//say more/JJR ./.", "[said-3 cc>But-1 nsubj>he-2 obj>more-4 punct>.-5]");
        assertThat(next.context().resolution().at(1, 1)).isEqualTo(named(next, "Matthew Taylor").key());
        DocFixture gap = DocFixture.article()
                .sentence("Matthew/NNP/PERSON Taylor/NNP/PERSON arrived/VBD//arrive ./.", "[arrived-3 nsubj>[Taylor-2 compound>Matthew-1] punct>.-4]")
                .sentence("But/CC he/PRP said/VBD//say more/JJR ./.", "[said-3 cc>But-1 nsubj>he-2 obj>more-4 punct>.-5]");
        assertThat(gap.context().resolution().at(1, 1)).isNull();
        DocFixture she = DocFixture.article()
                .sentence("Matthew/NNP/PERSON Taylor/NNP/PERSON said/VBD//say so/RB ./.", "[said-3 nsubj>[Taylor-2 compound>Matthew-1] advmod>so-4 punct>.-5]")
                .sentence("But/CC she/PRP said/VBD//say more/JJR ./.", "[said-3 cc>But-1 nsubj>she-2 obj>more-4 punct>.-5]");
        assertThat(she.context().resolution().at(1, 1)).isNull();
    }

    @Test
    void aSubjectPronounOfNarrationIsThePersonNamedLastOutsideQuotes() {
        DocFixture narrated = DocFixture.article()
                .sentence("Sundar/NNP/PERSON Katwala/NNP/PERSON spoke/VBD//speak ./.", null)
                .sentence("He/PRP backed/VBD//back peers/NNS ./.", "[backed-2 nsubj>He-1 obj>peers-3 punct>.-4]");
        assertThat(narrated.context().resolution().at(1, 0)).isEqualTo(named(narrated, "Sundar Katwala").key());
        // a person named only inside a quote is not who the narration's "he" is
        DocFixture quoted = DocFixture.article()
                .sentence("“/`` I/PRP met/VBD//meet Petrov/NNP/PERSON ./. ”/''", null)
                .sentence("He/PRP backed/VBD//back peers/NNS ./.", "[backed-2 nsubj>He-1 obj>peers-3 punct>.-4]");
        assertThat(quoted.context().resolution().at(1, 0)).isNull();
        // more than three sentences of narration back: nobody
        DocFixture far = DocFixture.article()
                .sentence("Sundar/NNP/PERSON Katwala/NNP/PERSON spoke/VBD//speak ./.", null)
                .sentence("Rain/NN fell/VBD//fall ./.", null).sentence("Rain/NN fell/VBD//fall ./.", null)
                .sentence("Rain/NN fell/VBD//fall ./.", null)
                .sentence("He/PRP backed/VBD//back peers/NNS ./.", "[backed-2 nsubj>He-1 obj>peers-3 punct>.-4]");
        assertThat(far.context().resolution().at(4, 0)).isNull();
    }

    // types

    @Test
    void aPlaceNamedBeforeATeamRoleIsTheTeam() {
        DocFixture team = DocFixture.article().sentence(
                "Gloucester/NNP/CITY prop/NN Phil/NNP/PERSON Vickery/NNP/PERSON was/VBD hurt/VBN ./.", null);
        assertThat(entities(team)).contains("Gloucester [ORGANIZATION]");
        DocFixture town = DocFixture.article().sentence("Gloucester/NNP/CITY council/NN met/VBD ./.", null);
        assertThat(entities(town)).containsExactly("Gloucester [CITY]");
    }

    @Test
    void countriesPlayingEachOtherAreTeamsAndLoseTheCountrysPage() {
        DocFixture versus = DocFixture.article().sentence("England/NNP/COUNTRY v/CC Wales/NNP/COUNTRY ended/VBD level/JJ ./.", null)
                .wiki("England", "England").wiki("Wales", "Wales");
        assertThat(entities(versus)).containsExactly("England [COUNTRY]", "Wales [COUNTRY]");
        DocFixture beat = DocFixture.article().sentence("France/NNP/COUNTRY beat/VBD//beat Scotland/NNP/COUNTRY ./.",
                "[beat-2 nsubj>France-1 obj>Scotland-3 punct>.-4]").wiki("France", "France").wiki("Scotland", "Scotland");
        assertThat(entities(beat)).containsExactly("France [COUNTRY]", "Scotland [COUNTRY]");
        DocFixture visit = DocFixture.article().sentence("France/NNP/COUNTRY visited/VBD//visit Scotland/NNP/COUNTRY ./.",
                "[visited-2 nsubj>France-1 obj>Scotland-3 punct>.-4]").wiki("France", "France").wiki("Scotland", "Scotland");
        assertThat(entities(visit)).containsExactly("France [COUNTRY] France", "Scotland [COUNTRY] Scotland");
    }

    @Test
    void inASportsReportACountryOrCityNotThePlaceOfSomethingIsATeam() {
        DocFixture report = DocFixture.article()
                .sentence("The/DT rugby/NN coach/NN praised/VBD the/DT squad/NN after/IN the/DT match/NN ./.", null)
                .sentence("The/DT season/NN final/NN was/VBD a/DT victory/NN ./.", null)
                .sentence("Italy/NNP/COUNTRY lost/VBD in/IN Sapporo/NNP/CITY ,/, Japan/NNP/COUNTRY ./.", null)
                .sentence("Juventus/NNP/ORGANIZATION ,/, Lyon/NNP/CITY ./.", null).wiki("Juventus", "Juventus_F.C.");
        assertThat(named(report, "Italy").merges()).anyMatch(m -> m.startsWith("type/team"));
        assertThat(named(report, "Japan").merges()).noneMatch(m -> m.startsWith("type/team"));
        assertThat(named(report, "Sapporo").type()).isEqualTo(EntityType.CITY);
        assertThat(named(report, "Lyon").type()).isEqualTo(EntityType.ORGANIZATION);
        DocFixture modifier = DocFixture.article()
                .sentence("The/DT rugby/NN coach/NN praised/VBD the/DT squad/NN after/IN the/DT match/NN ./.", null)
                .sentence("The/DT season/NN final/NN was/VBD a/DT victory/NN ./.", null)
                .sentence("Scotland/NNP/COUNTRY doctor/NN James/NNP/PERSON Robson/NNP/PERSON spoke/VBD ./.", null)
                .sentence("US/NNP/COUNTRY team/NN Cloud9/NNP/ORGANIZATION won/VBD ./.", null);
        assertThat(named(modifier, "Scotland").merges()).anyMatch(m -> m.startsWith("type/team"));
        assertThat(named(modifier, "US").merges()).noneMatch(m -> m.startsWith("type/team"));
        DocFixture fewCues = DocFixture.article()
                .sentence("The/DT rugby/NN coach/NN praised/VBD the/DT squad/NN ./.", null)
                .sentence("Italy/NNP/COUNTRY lost/VBD ./.", null);
        assertThat(named(fewCues, "Italy").merges()).noneMatch(m -> m.startsWith("type/team"));
    }

    @Test
    void inASportsReportACityBeforeWhatSomeoneIsOrItsPossessiveOfAPlayerIsATeam() {
        DocFixture report = DocFixture.article()
                .sentence("The/DT rugby/NN coach/NN praised/VBD the/DT squad/NN after/IN the/DT match/NN ./.", null)
                .sentence("The/DT season/NN final/NN was/VBD a/DT victory/NN ./.", null)
                .sentence("Leicester/NNP/CITY star/NN Lewis/NNP/PERSON Moody/NNP/PERSON is/VBZ fit/JJ ./.", null)
                .sentence("He/PRP chose/VBD from/IN Gloucester/NNP/CITY 's/POS Andy/NNP/PERSON Hazell/NNP/PERSON ./.", null)
                .sentence("London/NNP/CITY mayor/NN/TITLE Ken/NNP/PERSON Lee/NNP/PERSON came/VBD ./.", null)
                .sentence("They/PRP flew/VBD from/IN Bristol/NNP/CITY 's/POS airport/NN ./.", null);
        assertThat(named(report, "Leicester").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(report, "Gloucester").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(report, "London").type()).isEqualTo(EntityType.CITY);
        assertThat(named(report, "Bristol").type()).isEqualTo(EntityType.CITY);
    }

    @Test
    void aPlaceBeforeANounForATeamsPeopleIsTheTeam() {
        DocFixture pair = DocFixture.article().sentence(
                "Edinburgh/NNP/CITY pair/NN Alasdair/NNP/PERSON Strokosch/NNP/PERSON trained/VBD ./.", null);
        assertThat(named(pair, "Edinburgh").type()).isEqualTo(EntityType.ORGANIZATION);
        DocFixture council = DocFixture.article().sentence(
                "Edinburgh/NNP/CITY council/NN Alasdair/NNP/PERSON Strokosch/NNP/PERSON trained/VBD ./.", null);
        assertThat(named(council, "Edinburgh").type()).isEqualTo(EntityType.CITY);
    }

    @Test
    void aPlaceWithAPluralVerbIsATeam() {
        DocFixture plural = DocFixture.article().sentence("Liverpool/NNP/CITY are/VBP through/RB ./.",
                "[through-3 nsubj>Liverpool-1 cop>are-2 punct>.-4]");
        assertThat(entities(plural)).containsExactly("Liverpool [ORGANIZATION]");
        DocFixture singular = DocFixture.article().sentence("Liverpool/NNP/CITY is/VBZ big/JJ ./.",
                "[big-3 nsubj>Liverpool-1 cop>is-2 punct>.-4]");
        assertThat(entities(singular)).containsExactly("Liverpool [CITY]");
        DocFixture coordinated = DocFixture.article().sentence(
                "Malaysia/NNP/COUNTRY and/CC Indonesia/NNP/COUNTRY have/VBP agreed/VBN ./.",
                "[agreed-5 nsubj>[Malaysia-1 conj>Indonesia-3 cc>and-2] aux>have-4 punct>.-6]")
                .wiki("Malaysia", "Malaysia").wiki("Indonesia", "Indonesia");
        assertThat(entities(coordinated)).containsExactly("Malaysia [COUNTRY] Malaysia", "Indonesia [COUNTRY] Indonesia");
    }

    @Test
    void aPlaceAfterClubOrAResultIsATeamAndSoIsACityListedWithATeam() {
        DocFixture club = DocFixture.article().sentence("He/PRP left/VBD former/JJ club/NN Southampton/NNP/CITY ./.", null);
        assertThat(entities(club)).containsExactly("Southampton [ORGANIZATION]");
        DocFixture result = DocFixture.article().sentence("It/PRP was/VBD a/DT win/NN over/IN Bath/NNP/CITY ./.", null);
        assertThat(entities(result)).containsExactly("Bath [ORGANIZATION]");
        DocFixture score = DocFixture.article().sentence(
                "It/PRP was/VBD Gloucester/NNP/CITY 's/POS 17/CD -/HYPH 16/CD win/NN ./.", null);
        assertThat(entities(score)).containsExactly("Gloucester [ORGANIZATION]");
        DocFixture range = DocFixture.article().sentence(
                "It/PRP was/VBD Gloucester/NNP/CITY 's/POS 17/CD -/HYPH year/NN plan/NN ./.", null);
        assertThat(entities(range)).containsExactly("Gloucester [CITY]");
        DocFixture trip = DocFixture.article().sentence("It/PRP was/VBD a/DT trip/NN to/IN Bath/NNP/CITY ./.", null);
        assertThat(entities(trip)).containsExactly("Bath [CITY]");
        DocFixture listed = DocFixture.article().sentence("Chelsea/NNP/CITY and/CC Barcelona/NNP/CITY are/VBP favourites/NNS ./.",
                "[favourites-5 nsubj>[Chelsea-1 conj>Barcelona-3 cc>and-2] cop>are-4 punct>.-6]").wiki("Chelsea", "Chelsea_F.C.");
        assertThat(entities(listed)).containsExactly("Chelsea F.C. [ORGANIZATION] Chelsea_F.C.", "Barcelona [ORGANIZATION]");
        DocFixture cities = DocFixture.article().sentence("London/NNP/CITY and/CC Barcelona/NNP/CITY are/VBP big/JJ ./.",
                "[big-5 nsubj>[London-1 conj>Barcelona-3 cc>and-2] cop>are-4 punct>.-6]");
        assertThat(entities(cities)).containsExactly("London [CITY]", "Barcelona [CITY]");
    }

    @Test
    void anEntityLinkedToAnOrganizationsPageIsAnOrganization() {
        DocFixture club = DocFixture.article().sentence("Chelsea/NNP/CITY won/VBD again/RB ./.", null).wiki("Chelsea", "Chelsea_F.C.");
        assertThat(entities(club)).containsExactly("Chelsea F.C. [ORGANIZATION] Chelsea_F.C.");
        DocFixture district = DocFixture.article().sentence("Chelsea/NNP/CITY grew/VBD again/RB ./.", null).wiki("Chelsea", "Chelsea,_London");
        assertThat(entities(district)).containsExactly("Chelsea [CITY] Chelsea,_London");
    }

    @Test
    void aPersonsNameTaggedOtherwiseIsAPersonWhenCoordinatedWithOne() {
        String deps = "[trained-6 nsubj>[Strokosch-2 compound>Alasdair-1 conj>[Cross-5 compound>Simon-4] cc>and-3] punct>.-7]";
        DocFixture person = DocFixture.article().sentence(
                "Alasdair/NNP/PERSON Strokosch/NNP/PERSON and/CC Simon/NNP/ORGANIZATION Cross/NNP/ORGANIZATION trained/VBD ./.", deps);
        assertThat(entities(person)).contains("Simon Cross [PERSON]");
        DocFixture firm = DocFixture.article().sentence(
                "Alasdair/NNP/PERSON Strokosch/NNP/PERSON and/CC Young/NNP/ORGANIZATION &/CC/ORGANIZATION Rubicam/NNP/ORGANIZATION trained/VBD ./.",
                "[trained-7 nsubj>[Strokosch-2 compound>Alasdair-1 conj>[Rubicam-6 compound>Young-4 cc>&-5] cc>and-3] punct>.-8]");
        assertThat(entities(firm)).contains("Young & Rubicam [ORGANIZATION]");
    }

    @Test
    void aChainWithHeOrSheMakesAGivenNameAPersonAndOneWithItAnOrganization() {
        DocFixture he = DocFixture.article().sentence("Martin/NNP/ORGANIZATION Lewis/NNP/ORGANIZATION arrived/VBD ./.", null)
                .sentence("He/PRP said/VBD so/RB ./.", null).coref(new int[] {0, 0, 2}, new int[] {1, 0, 1});
        assertThat(entities(he)).containsExactly("Martin Lewis [PERSON]");
        DocFixture it = DocFixture.article().sentence("Martin/NNP/ORGANIZATION Lewis/NNP/ORGANIZATION arrived/VBD ./.", null)
                .sentence("It/PRP said/VBD so/RB ./.", null).coref(new int[] {0, 0, 2}, new int[] {1, 0, 1});
        assertThat(entities(it)).containsExactly("Martin Lewis [ORGANIZATION]");
        DocFixture blog = DocFixture.article().sentence("Technorati/NNP/PERSON tracks/VBZ blogs/NNS ./.", null)
                .sentence("It/PRP grew/VBD ./.", null).coref(new int[] {0, 0, 1}, new int[] {1, 0, 1});
        assertThat(entities(blog)).containsExactly("Technorati [ORGANIZATION]");
        DocFixture man = DocFixture.article().sentence("Technorati/NNP/PERSON tracks/VBZ blogs/NNS ./.", null)
                .sentence("He/PRP grew/VBD ./.", null).coref(new int[] {0, 0, 1}, new int[] {1, 0, 1});
        assertThat(entities(man)).containsExactly("Technorati [PERSON]");
    }

    // not entities

    @Test
    void aNameAfterANounForAWorkOrBeforeByAndAnAuthorIsAWork() {
        DocFixture film = DocFixture.article().sentence("He/PRP starred/VBD in/IN the/DT film/NN Ray/NNP/PERSON ./.", null);
        assertThat(entities(film)).isEmpty();
        DocFixture chef = DocFixture.article().sentence("He/PRP met/VBD the/DT chef/NN Ray/NNP/PERSON ./.", null);
        assertThat(entities(chef)).containsExactly("Ray [PERSON]");
        DocFixture verb = DocFixture.article().sentence("England/NNP/COUNTRY play/VBP Ireland/NNP/COUNTRY ./.", null);
        assertThat(entities(verb)).containsExactly("England [COUNTRY]", "Ireland [COUNTRY]");
        DocFixture book = DocFixture.article().sentence(
                "Winners/NNS include/VBP Teeth/NNP/PERSON by/IN Zadie/NNP/PERSON Smith/NNP/PERSON ./.", null);
        assertThat(entities(book)).containsExactly("Zadie Smith [PERSON]");
        DocFixture founded = DocFixture.article().sentence(
                "Acme/NNP/ORGANIZATION was/VBD founded/VBN by/IN Zadie/NNP/PERSON Smith/NNP/PERSON ./.", null);
        assertThat(entities(founded)).hasSize(2);
    }

    @Test
    void anAwardOrACompetitionIsNotAnEntity() {
        DocFixture award = DocFixture.article().sentence(
                "He/PRP won/VBD a/DT Golden/NNP/ORGANIZATION Globe/NNP/ORGANIZATION Award/NNP/ORGANIZATION ./.", null);
        assertThat(entities(award)).isEmpty();
        DocFixture group = DocFixture.article().sentence(
                "He/PRP joined/VBD Golden/NNP/ORGANIZATION Globe/NNP/ORGANIZATION Group/NNP/ORGANIZATION ./.", null);
        assertThat(entities(group)).containsExactly("Golden Globe Group [ORGANIZATION]");
    }

    // links

    @Test
    void aNamesakesPageWithAQualifierIsLinkedOnlyWhenTheArticleSaysWhatItDescribes() {
        assertThat(LinkValidator.qualifierFits("Tony_Martin_(farmer)", "the norfolk farmer shot a burglar")).isTrue();
        assertThat(LinkValidator.qualifierFits("Tony_Martin_(entertainer)", "the norfolk farmer shot a burglar")).isFalse();
        assertThat(LinkValidator.qualifierFits("David_Davis_(British_politician)", "the shadow home secretary said")).isTrue();
        assertThat(LinkValidator.qualifierFits("Bill_Morris_(Australian_rules_footballer)", "the union leader said")).isFalse();
        assertThat(LinkValidator.qualifierFits("Tony_Blair", "anything")).isTrue();
        DocFixture doc = DocFixture.article().sentence("Tony/NNP/PERSON Martin/NNP/PERSON sang/VBD ./.", null)
                .wiki("Tony Martin", "Tony_Martin_(farmer)");
        assertThat(entities(doc)).containsExactly("Tony Martin [PERSON]");
    }

    @Test
    void aPageWithAWordInsideTheNameIsNotTheNamesPage() {
        assertThat(LinkValidator.accept("BBC News", EntityType.ORGANIZATION, "BBC_Weekend_News")).isFalse();
        assertThat(LinkValidator.accept("Labour", EntityType.ORGANIZATION, "Labour_Party")).isTrue();
    }

    @Test
    void anAcronymsPageUnderAnotherNameNeedsThatNameInTheArticle() {
        assertThat(LinkValidator.expansionStated("ICA", "Independent_Computing_Architecture", "the ica in london")).isFalse();
        assertThat(LinkValidator.expansionStated("ICA", "Independent_Computing_Architecture",
                "the independent computing architecture (ica)")).isTrue();
        assertThat(LinkValidator.expansionStated("NATO", "NATO", "nato met")).isTrue();
    }

    @Test
    void aNameTheArticleAlsoWritesAsACommonNounIsNotLinkedToThatWordsPage() {
        DocFixture generic = DocFixture.article()
                .sentence("Church/NNP/ORGANIZATION officials/NNS said/VBD the/DT church/NN grew/VBD ./.", null)
                .wiki("Church", "Church");
        assertThat(entities(generic)).containsExactly("Church [ORGANIZATION]");
        DocFixture name = DocFixture.article().sentence("Church/NNP/ORGANIZATION officials/NNS said/VBD so/RB ./.", null)
                .wiki("Church", "Church");
        assertThat(entities(name)).containsExactly("Church [ORGANIZATION] Church");
    }

    @Test
    void anOldTitleIsReadAsTheCurrentOne() {
        DocFixture doc = DocFixture.article().sentence("Kiev/NNP/CITY voted/VBD ./.", null).wiki("Kiev", "Kiev");
        assertThat(named(doc, "Kiev").wikiTitle()).isEqualTo("Kyiv");
        DocFixture same = DocFixture.article().sentence("Minsk/NNP/CITY voted/VBD ./.", null).wiki("Minsk", "Minsk");
        assertThat(named(same, "Minsk").wikiTitle()).isEqualTo("Minsk");
    }

    @Test
    void aNameEndingInAWordForAnOrganizationIsOneAndItsAcronymMayKeepAnInnerAcronym() {
        DocFixture party = DocFixture.article()
                .sentence("The/DT UK/NNP/COUNTRY Independence/NNP/COUNTRY Party/NNP/COUNTRY won/VBD//win ./.", null)
                .sentence("UKIP/NNP/ORGANIZATION agreed/VBD//agree ./.", null);
        assertThat(entities(party)).containsExactly("UK Independence Party [ORGANIZATION]");
        DocFixture country = DocFixture.article()
                .sentence("The/DT United/NNP/COUNTRY Kingdom/NNP/COUNTRY won/VBD//win ./.", null);
        assertThat(entities(country)).containsExactly("United Kingdom [COUNTRY]");
    }

    @Test
    void aNameAfterANounForAnOrganizationIsOneEvenWhereNerMissedIt() {
        DocFixture band = DocFixture.article()
                .sentence("Simpson/NNP/PERSON took/VBD//take his/PRP$ new/JJ band/NN Fightstar/NNP on/IN tour/NN ./.", null)
                .sentence("Fightstar/NNP/PERSON played/VBD//play ./.", null);
        assertThat(entities(band)).containsExactly("Simpson [PERSON]", "Fightstar [ORGANIZATION]");
        DocFixture singer = DocFixture.article()
                .sentence("Simpson/NNP/PERSON praised/VBD//praise the/DT band/NN 's/POS Fightstar/NNP/PERSON ./.", null);
        assertThat(entities(singer)).containsExactly("Simpson [PERSON]", "Fightstar [PERSON]");
        // a given name does not stop it, unless "he" or "she" refers to the name
        DocFixture agency = DocFixture.article()
                .sentence("They/PRP signed/VBD//sign with/IN literary/JJ agency/NN Curtis/NNP/PERSON Brown/NNP/PERSON ./.", null);
        assertThat(entities(agency)).containsExactly("Curtis Brown [ORGANIZATION]");
        DocFixture agent = DocFixture.article()
                .sentence("They/PRP signed/VBD//sign with/IN literary/JJ agency/NN Curtis/NNP/PERSON Brown/NNP/PERSON ./.", null)
                .sentence("He/PRP said/VBD so/RB ./.", null).coref(new int[] {0, 5, 7}, new int[] {1, 0, 1});
        assertThat(entities(agent)).containsExactly("Curtis Brown [PERSON]");
    }

    @Test
    void aOneNamePersonWithAVerbInThePluralIsABandOrATeam() {
        DocFixture plural = DocFixture.article().sentence("Technorati/NNP/PERSON are/VBP//be growing/VBG//grow ./.",
                "[growing-3 nsubj>Technorati-1 aux>are-2 punct>.-4]");
        assertThat(entities(plural)).containsExactly("Technorati [ORGANIZATION]");
        DocFixture singular = DocFixture.article().sentence("Technorati/NNP/PERSON is/VBZ//be growing/VBG//grow ./.",
                "[growing-3 nsubj>Technorati-1 aux>is-2 punct>.-4]");
        assertThat(entities(singular)).containsExactly("Technorati [PERSON]");
    }

    @Test
    void anInitialBeforeASurnameIsPartOfTheName() {
        DocFixture list = DocFixture.article().sentence("C/NNP Paterson/NNP/PERSON ,/, S/NNP Lamont/NNP/PERSON ./.", null);
        assertThat(entities(list)).containsExactly("C Paterson [PERSON]", "S Lamont [PERSON]");
        DocFixture article = DocFixture.article().sentence("A/DT Paterson/NNP/PERSON try/NN won/VBD//win it/PRP ./.", null);
        assertThat(entities(article)).containsExactly("Paterson [PERSON]");
    }

    @Test
    void aMatchNounBeforeAgainstMakesTheCountryATeamAndDropsTheCountrysPage() {
        DocFixture games = DocFixture.article().sentence(
                "They/PRP play/VBP games/NNS against/IN France/NNP/COUNTRY ./.", null).wiki("France", "France");
        assertThat(entities(games)).containsExactly("France [COUNTRY]");
        DocFixture trade = DocFixture.article().sentence(
                "They/PRP imposed/VBD//impose sanctions/NNS against/IN France/NNP/COUNTRY ./.", null).wiki("France", "France");
        assertThat(entities(trade)).containsExactly("France [COUNTRY] France");
    }

    @Test
    void coreferenceDoesNotJoinTwoPeopleKnownByDifferentSingleNames() {
        DocFixture two = DocFixture.article()
                .sentence("Lord/NNP/PERSON Falconer/NNP/PERSON spoke/VBD//speak ./.", null)
                .sentence("Goldsmith/NNP/PERSON agreed/VBD//agree ./.", null)
                .coref(new int[] {0, 0, 2}, new int[] {1, 0, 1});
        assertThat(entities(two)).hasSize(2);
        DocFixture one = DocFixture.article()
                .sentence("Lord/NNP/PERSON Goldsmith/NNP/PERSON spoke/VBD//speak ./.", null)
                .sentence("Goldsmith/NNP/PERSON agreed/VBD//agree ./.", null)
                .coref(new int[] {0, 0, 2}, new int[] {1, 0, 1});
        assertThat(entities(one)).hasSize(1);
    }

    @Test
    void anOfficeBeforeANameIsNoPartOfItNorAnInitial() {
        DocFixture mp = DocFixture.article().sentence("MP/NNP/PERSON Michael/NNP/PERSON Mates/NNP/PERSON spoke/VBD//speak ./.", null);
        assertThat(entities(mp)).containsExactly("Michael Mates [PERSON]");
        DocFixture untagged = DocFixture.article().sentence("Labour/NNP MP/NNP Michael/NNP/PERSON Mates/NNP/PERSON spoke/VBD//speak ./.", null);
        assertThat(entities(untagged)).containsExactly("Michael Mates [PERSON]");
        DocFixture cleric = DocFixture.article().sentence(
                "Ayatollah/NNP/PERSON Ali/NNP/PERSON Khamenei/NNP/PERSON spoke/VBD//speak ./.", null);
        assertThat(entities(cleric)).containsExactly("Ali Khamenei [PERSON]");
    }

    @Test
    void aRankAndTheCapitalizedWordsNerLeftOutAfterItAreAPersonsName() {
        DocFixture peer = DocFixture.article().sentence(
                "Labour/NN peer/NN Lord/NNP Dubs/VBZ spoke/VBD//speak ./.", null);
        assertThat(entities(peer)).containsExactly("Lord Dubs [PERSON]");
        DocFixture french = DocFixture.article().sentence("Mr/NNP French/NNP/NATIONALITY spoke/VBD//speak ./.", null);
        assertThat(entities(french)).containsExactly("French [PERSON]");
        DocFixture office = DocFixture.article().sentence("The/DT Lord/NNP Chancellor/NNP spoke/VBD//speak ./.", null);
        assertThat(entities(office)).isEmpty();
        DocFixture phrase = DocFixture.article().sentence(
                "I/PRP am/VBP//be not/RB the/DT Mr/NNP Nasty/NNP of/IN books/NNS ./.", null);
        assertThat(entities(phrase)).isEmpty();
    }

    @Test
    void capitalizedWordsNerLeftOutThatEmployANamedPersonAreAnOrganization() {
        DocFixture possessive = DocFixture.article()
                .sentence("So/RB said/VBD//say Heat/NNP 's/POS Charles/NNP/PERSON Gant/NNP/PERSON ./.", null)
                .sentence("It/PRP is/VBZ//be in/IN Heat/NNP ./.", null);
        assertThat(entities(possessive)).containsExactly("Heat [ORGANIZATION]", "Charles Gant [PERSON]");
        assertThat(named(possessive, "Heat").mentions()).hasSize(2);
        DocFixture after = DocFixture.article().sentence(
                "Charles/NNP/PERSON Gant/NNP/PERSON ,/, film/NN editor/NN of/IN Heat/NNP ,/, said/VBD//say so/RB ./.", null);
        assertThat(entities(after)).containsExactly("Charles Gant [PERSON]", "Heat [ORGANIZATION]");
        // a sentence's first word (a film's name), a bare apostrophe not after an s, a form of address: nothing
        DocFixture first = DocFixture.article().sentence(
                "Sideways/NNP '/POS Alexander/NNP/PERSON Payne/NNP/PERSON won/VBD//win ./.", null);
        assertThat(entities(first)).containsExactly("Alexander Payne [PERSON]");
        DocFixture nickname = DocFixture.article().sentence(
                "They/PRP met/VBD//meet Lil/NNP '/POS Kim/NNP/PERSON ./.", null);
        assertThat(entities(nickname)).containsExactly("Kim [PERSON]");
        DocFixture address = DocFixture.article().sentence(
                "They/PRP met/VBD//meet Mr/NNP Dams/NNP 's/POS Tony/NNP/PERSON Blair/NNP/PERSON ./.", null);
        assertThat(entities(address)).doesNotContain("Dams [ORGANIZATION]");
    }

    @Test
    void lettersAfterAPersonsNameAreNoEntity() {
        DocFixture qc = DocFixture.article().sentence(
                "Guy/NNP/PERSON Mansfield/NNP/PERSON QC/NNP/STATE_OR_PROVINCE warned/VBD//warn ./.", null);
        assertThat(entities(qc)).containsExactly("Guy Mansfield [PERSON]");
        DocFixture quebec = DocFixture.article().sentence(
                "Montreal/NNP/CITY ,/, QC/NNP/STATE_OR_PROVINCE voted/VBD//vote ./.", null);
        assertThat(entities(quebec)).hasSize(2);
    }

    @Test
    void aPersonNerRanIntoAnOrganizationsNameIsSplitOff() {
        DocFixture run = DocFixture.article()
                .sentence("University/NNP/ORGANIZATION of/IN/ORGANIZATION Texas/NNP/ORGANIZATION Arlington/NNP/ORGANIZATION "
                        + "Amneh/NNP/ORGANIZATION Jafari/NNP/ORGANIZATION spoke/VBD//speak ./.", null)
                .sentence("Jafari/NNP/PERSON agreed/VBD//agree ./.", null);
        assertThat(entities(run)).containsExactly("University of Texas Arlington [ORGANIZATION]", "Amneh Jafari [PERSON]");
        DocFixture bank = DocFixture.article()
                .sentence("Bank/NNP/ORGANIZATION of/IN/ORGANIZATION New/NNP/ORGANIZATION South/NNP/ORGANIZATION "
                        + "Wales/NNP/ORGANIZATION said/VBD//say so/RB ./.", null);
        assertThat(entities(bank)).containsExactly("Bank of New South Wales [ORGANIZATION]");
    }

    @Test
    void aCountryASportsReportNeverNamesAsAPlaceIsItsTeam() {
        String cues = "The/DT coach/NN said/VBD//say the/DT squad/NN needs/VBZ//need a/DT try/NN ,/, a/DT goal/NN and/CC a/DT "
                + "victory/NN in/IN the/DT cup/NN ./.";
        DocFixture report = DocFixture.article().sentence(cues, null)
                .sentence("Italy/NNP/COUNTRY lost/VBD//lose again/RB ./.", null).wiki("Italy", "Italy")
                .sentence("They/PRP play/VBP in/IN Japan/NNP/COUNTRY ./.", null).wiki("Japan", "Japan");
        assertThat(entities(report)).containsExactly("Italy [COUNTRY]", "Japan [COUNTRY] Japan");
        DocFixture news = DocFixture.article()
                .sentence("Italy/NNP/COUNTRY lost/VBD//lose again/RB ./.", null).wiki("Italy", "Italy");
        assertThat(entities(news)).containsExactly("Italy [COUNTRY] Italy");
    }

    @Test
    void inAReportOnSingleCompetitorsACountryNeverNamedAsAPlaceStaysTheCountry() {
        String cues = "The/DT seeded/JJ coach/NN said/VBD//say the/DT tennis/NN match/NN needs/VBZ//need a/DT goal/NN and/CC a/DT "
                + "victory/NN in/IN the/DT cup/NN ./.";
        DocFixture tennis = DocFixture.article().sentence(cues, null)
                .sentence("France/NNP/COUNTRY 's/POS Dechy/NNP/PERSON won/VBD//win ./.", null).wiki("France", "France");
        assertThat(entities(tennis)).containsExactly("France [COUNTRY] France", "Dechy [PERSON]");
        // the same report with a team's words: the team
        DocFixture rugby = DocFixture.article().sentence(cues.replace("tennis/NN", "squad/NN").replace("seeded/JJ", "winger/NN"), null)
                .sentence("France/NNP/COUNTRY 's/POS Dechy/NNP/PERSON won/VBD//win ./.", null).wiki("France", "France");
        assertThat(entities(rugby)).containsExactly("France [COUNTRY]", "Dechy [PERSON]");
    }

    @Test
    void aPartysOtherNamesInTheGazetteerAreOneEntityWithTheGazetteersPage() {
        DocFixture party = DocFixture.article()
                .sentence("The/DT Tories/NNPS/ORGANIZATION attacked/VBD//attack ./.", null).wiki("Tories", "Tory")
                .sentence("The/DT Conservatives/NNPS/ORGANIZATION agreed/VBD//agree ./.", null);
        assertThat(entities(party)).hasSize(1).allMatch(e -> e.endsWith("Conservative_Party_(UK)"));
        DocFixture other = DocFixture.article()
                .sentence("The/DT Whigs/NNPS/ORGANIZATION attacked/VBD//attack ./.", null).wiki("Whigs", "Whig");
        assertThat(entities(other)).containsExactly("Whig [ORGANIZATION] Whig");
    }
}
