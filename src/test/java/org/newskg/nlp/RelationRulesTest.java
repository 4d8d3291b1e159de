package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extraction.Relation;

/**
 * Every relation rule on a hand-made article, without models: one sentence it must read, one it must not.
 * Relations are compared as "subject-name predicate object-name-or-literal [rule]".
 */
class RelationRulesTest {
    private static List<String> facts(DocFixture doc, Extractor x) {
        DocumentContext ctx = doc.context();
        Facts f = new Facts();
        x.extract(ctx, f);
        return f.relations.stream().map(r -> show(ctx, r)).toList();
    }

    static String show(DocumentContext ctx, Relation r) {
        Resolution res = ctx.resolution();
        String o = r.objectIsEntity() ? res.entity(r.object()).name() : r.object();
        return res.entity(r.subject()).name() + " " + r.predicate().localName() + " " + o + " [" + r.provenance().extractor() + "]";
    }

    @Test
    void kbpTriplesBecomePropertiesAndWeakOrUnknownOnesAreDropped() {
        DocFixture doc = DocFixture.article()
                .sentence("President/NNP/TITLE Alexander/NNP/PERSON Lukashenko/NNP/PERSON leads/VBZ//lead Belarus/NNP/COUNTRY ./.",
                        "[leads-4 nsubj>[Lukashenko-3 compound>President-1 compound>Alexander-2] obj>Belarus-5 punct>.-6]")
                .kbp(1, 3, "per:title", 0, 1, 0.9)
                .kbp(4, 5, "org:top_members_employees", 1, 3, 0.8)
                .kbp(1, 3, "per:spouse", 4, 5, 0.3)
                .kbp(1, 3, "per:religion", 4, 5, 0.9);
        assertThat(facts(doc, new KbpExtractor())).containsExactly(
                "Alexander Lukashenko jobTitle President [kbp]",
                "Alexander Lukashenko leaderOf Belarus [kbp]");
    }

    @Test
    void kbpsNationalityToACountryNamedAsASportsTeamIsAnAffiliation() {
        DocFixture sport = DocFixture.article()
                .sentence("The/DT rugby/NN coach/NN praised/VBD the/DT squad/NN after/IN the/DT match/NN ./.", null)
                .sentence("The/DT season/NN final/NN was/VBD a/DT victory/NN ./.", null)
                .sentence("France/NNP/COUNTRY lost/VBD//lose to/TO Italy/NNP/COUNTRY ./.", null)
                .sentence("France/NNP/COUNTRY 's/POS Jimmy/NNP/PERSON Marlu/NNP/PERSON is/VBZ//be out/RB ./.", null)
                .kbp(2, 4, "per:origin", 0, 1, 0.9);
        assertThat(facts(sport, new KbpExtractor())).containsExactly("Jimmy Marlu affiliation France [kbp]");
        DocFixture news = DocFixture.article()
                .sentence("France/NNP/COUNTRY 's/POS Jimmy/NNP/PERSON Marlu/NNP/PERSON is/VBZ//be out/RB ./.", null)
                .kbp(2, 4, "per:origin", 0, 1, 0.9);
        assertThat(facts(news, new KbpExtractor())).containsExactly("Jimmy Marlu nationality France [kbp]");
    }

    @Test
    void aTitleThatEndsALongerTitleOfThePersonInItsSentenceIsThatTitleReadShort() {
        String davis = "He/PRP said/VBD//say shadow/NN home/NN/TITLE secretary/NN/TITLE David/NNP/PERSON Davis/NNP/PERSON "
                + "agreed/VBD//agree ./.";
        org.newskg.extraction.Extraction one = DocFixture.article().sentence(davis, null).kbp(5, 7, "per:title", 3, 5, 0.9)
                .extraction();
        assertThat(one.relations()).extracting(r -> r.object()).containsExactly("shadow home secretary");
        org.newskg.extraction.Extraction two = DocFixture.article()
                .sentence("Home/NNP/TITLE secretary/NN/TITLE David/NNP/PERSON Davis/NNP/PERSON agreed/VBD//agree ./.", null)
                .kbp(2, 4, "per:title", 0, 2, 0.9)
                .sentence(davis, null).extraction();
        assertThat(two.relations()).extracting(r -> r.object().toLowerCase())
                .containsExactlyInAnyOrder("home secretary", "shadow home secretary");
    }

    @Test
    void aKbpTitleThatLabelsAListItemIsNoTitle() {
        DocFixture list = DocFixture.article()
                .sentence("Picks/NNS :/: director/NN/TITLE -/: Clint/NNP/PERSON Eastwood/NNP/PERSON ;/: actor/NN/TITLE -/: "
                        + "Jamie/NNP/PERSON Foxx/NNP/PERSON ./.",
                        "[Picks-1 punct>:-2 dep>[Eastwood-6 compound>director-3 punct>--4 compound>Clint-5] "
                                + "dep>[Foxx-11 compound>actor-8 punct>--9 compound>Jamie-10] punct>.-12]")
                .kbp(4, 6, "per:title", 2, 3, 0.9)
                .kbp(9, 11, "per:title", 7, 8, 0.9);
        assertThat(facts(list, new KbpExtractor())).isEmpty();
        DocFixture title = DocFixture.article()
                .sentence("Picks/NNS of/IN director/NN/TITLE Clint/NNP/PERSON Eastwood/NNP/PERSON ./.",
                        "[Picks-1 nmod>[Eastwood-5 case>of-2 compound>director-3 compound>Clint-4] punct>.-6]")
                .kbp(3, 5, "per:title", 2, 3, 0.9);
        assertThat(facts(title, new KbpExtractor())).containsExactly("Clint Eastwood jobTitle director [kbp]");
    }

    @Test
    void aKbpTitleMustBeTiedToThePersonNotOnlyListedWithThem() {
        DocFixture list = DocFixture.article()
                .sentence("novelists/NNS Kunzru/NNP/PERSON and/CC Smith/NNP/PERSON ,/, director/NN/TITLE Eyre/NNP/PERSON ,/, judged/VBD//judge ./.",
                        "[judged-9 nsubj>[Kunzru-2 compound>novelists-1 conj:and>Smith-4 conj:and>[Eyre-7 compound>director-6]] punct>.-10]")
                .kbp(3, 4, "per:title", 5, 6, 0.9)
                .kbp(6, 7, "per:title", 5, 6, 0.9);
        assertThat(facts(list, new KbpExtractor())).containsExactly("Eyre jobTitle director [kbp]");
        // parsed as Smith's apposition, a title right before another person's name is still that person's
        DocFixture appos = DocFixture.article()
                .sentence("Smith/NNP/PERSON ,/, director/NN/TITLE Sir/NNP Eyre/NNP/PERSON ,/, judged/VBD//judge ./.",
                        "[judged-7 nsubj>[Smith-1 appos>[director-3 dep>[Eyre-5 compound>Sir-4]]] punct>.-8]")
                .kbp(0, 1, "per:title", 2, 3, 0.9)
                .kbp(4, 5, "per:title", 2, 3, 0.9);
        assertThat(facts(appos, new KbpExtractor())).containsExactly("Sir Eyre jobTitle director [kbp]");
    }

    @Test
    void anAgeBeforeANameIsThePersonsAndNotAThingsAge() {
        DocFixture person = DocFixture.article().sentence(
                "The/DT 26/CD -/HYPH year/NN -/HYPH old/JJ Gorbina/NNP/PERSON said/VBD//say ./.",
                "[said-8 nsubj>[Gorbina-7 det>The-1 amod>[old-6 obl:npmod>[year-4 nummod>26-2]]] punct>.-9]");
        assertThat(facts(person, new AgeExtractor())).containsExactly("Gorbina age 26 [age/year-old]");
        DocFixture thing = DocFixture.article().sentence(
                "The/DT 26/CD -/HYPH year/NN -/HYPH old/JJ building/NN collapsed/VBD//collapse ./.",
                "[collapsed-8 nsubj>[building-7 det>The-1 amod>[old-6 obl:npmod>[year-4 nummod>26-2]]] punct>.-9]");
        assertThat(facts(thing, new AgeExtractor())).isEmpty();
    }

    private static List<String> ages(DocFixture doc) {
        org.newskg.extraction.Extraction x = doc.extraction();
        return x.relations().stream().filter(r -> r.predicate() == org.newskg.extraction.RelationType.AGE)
                .map(r -> x.entities().stream().filter(e -> e.key().equals(r.subject())).findFirst().orElseThrow().name()
                        + " " + r.object()).toList();
    }

    @Test
    void anAgeWrittenOnceInASentenceIsOnePersonsAndWrittenTwiceTwoPeoples() {
        String twice = "Robert/NNP/PERSON Thame/NNP/PERSON ,/, 34/CD/NUMBER ,/, met/VBD//meet Richard/NNP/PERSON "
                + "Wakeham/NNP/PERSON ,/, 34/CD/NUMBER ./.";
        assertThat(ages(DocFixture.article().sentence(twice, null))).containsExactlyInAnyOrder("Robert Thame 34", "Richard Wakeham 34");
        String once = "Robert/NNP/PERSON Thame/NNP/PERSON ,/, 34/CD/NUMBER ,/, met/VBD//meet Richard/NNP/PERSON Wakeham/NNP/PERSON ./.";
        assertThat(ages(DocFixture.article().sentence(once, null).kbp(7, 9, "per:age", 3, 4, 0.8)))
                .containsExactly("Robert Thame 34");
    }

    @Test
    void anAgeInAnAppositionBelongsToTheNameBeforeIt() {
        DocFixture number = DocFixture.article().sentence(
                "Darya/NNP/PERSON Kukhta/NNP/PERSON ,/, 39/CD/NUMBER ,/, said/VBD//say so/RB ./.", null);
        assertThat(facts(number, new AgeExtractor())).containsExactly("Darya Kukhta age 39 [age/apposition]");
        DocFixture count = DocFixture.article().sentence(
                "Darya/NNP/PERSON Kukhta/NNP/PERSON ,/, 39/CD/NUMBER times/NNS//time ,/, said/VBD//say so/RB ./.", null);
        assertThat(facts(count, new AgeExtractor())).isEmpty();
        DocFixture yearOld = DocFixture.article().sentence(
                "Tikhanovskaya/NNP/PERSON ,/, a/DT 37/CD -/HYPH year/NN -/HYPH old/JJ teacher/NN/TITLE ,/, spoke/VBD//speak ./.",
                null);
        assertThat(facts(yearOld, new AgeExtractor())).containsExactly(
                "Tikhanovskaya age 37 [age/apposition-year-old]");
        DocFixture city = DocFixture.article().sentence(
                "Minsk/NNP/CITY ,/, a/DT 900/CD -/HYPH year/NN -/HYPH old/JJ city/NN ,/, grew/VBD//grow ./.", null);
        assertThat(facts(city, new AgeExtractor())).isEmpty();
    }

    @Test
    void aTitleInAnAppositionEndsWithItsLastTitleWord() {
        DocFixture title = DocFixture.article().sentence(
                "Yekaterina/NNP/PERSON Gorbina/NNP/PERSON ,/, a/DT 26/CD -/HYPH year/NN -/HYPH old/JJ content/NN manager/NN/TITLE ,/, said/VBD//say ./.",
                null);
        assertThat(facts(title, new AppositionTitleExtractor())).containsExactly(
                "Yekaterina Gorbina jobTitle content manager [title/apposition]");
        DocFixture runner = DocFixture.article().sentence(
                "Gorbina/NNP/PERSON ,/, a/DT keen/JJ runner/NN ,/, said/VBD//say ./.", null);
        assertThat(facts(runner, new AppositionTitleExtractor())).isEmpty();
        DocFixture unfinished = DocFixture.article().sentence(
                "Gorbina/NNP/PERSON ,/, a/DT manager/NN/TITLE 's/POS dream/NN ,/, said/VBD//say ./.", null);
        assertThat(facts(unfinished, new AppositionTitleExtractor())).isEmpty();
    }

    @Test
    void anOfficeBeforeANameGivesTheTitleAndTheCountryWhenTheArticleNamesIt() {
        DocFixture doc = DocFixture.article()
                .sentence("Russian/JJ/NATIONALITY President/NNP/TITLE Vladimir/NNP/PERSON Putin/NNP/PERSON spoke/VBD//speak ./.", null)
                .sentence("Russia/NNP/COUNTRY denied/VBD//deny it/PRP ./.", null);
        assertThat(facts(doc, new OfficeExtractor())).containsExactly(
                "Vladimir Putin jobTitle President [title/before-name]",
                "Vladimir Putin leaderOf Russia [office/country-before-title]");
        DocFixture noCountry = DocFixture.article()
                .sentence("French/JJ/NATIONALITY Foreign/NNP/TITLE Minister/NNP/TITLE Jean/NNP/PERSON Le/NNP/PERSON Drian/NNP/PERSON spoke/VBD//speak ./.", null);
        assertThat(facts(noCountry, new OfficeExtractor())).containsExactly(
                "Jean Le Drian jobTitle Foreign Minister [title/before-name]");
        DocFixture notAnOffice = DocFixture.article()
                .sentence("Russian/JJ/NATIONALITY businessman/NN Oleg/NNP/PERSON Deripaska/NNP/PERSON spoke/VBD//speak ./.", null)
                .sentence("Russia/NNP/COUNTRY denied/VBD//deny it/PRP ./.", null);
        assertThat(facts(notAnOffice, new OfficeExtractor())).isEmpty();
    }

    @Test
    void aPossessorGivesTheRoleOfTheNameAfterTheRoleNoun() {
        DocFixture son = DocFixture.article().sentence(
                "Lukashenko/NNP/PERSON 's/POS son/NN Nikolai/NNP/PERSON came/VBD//come ./.",
                "[came-5 nsubj>[son-3 nmod:poss>[Lukashenko-1 case>'s-2] appos>Nikolai-4] punct>.-6]");
        assertThat(facts(son, new RoleExtractor())).containsExactly("Lukashenko children Nikolai [role/possessive]");
        DocFixture car = DocFixture.article().sentence(
                "Lukashenko/NNP/PERSON 's/POS car/NN Nikolai/NNP/PERSON came/VBD//come ./.",
                "[came-5 nsubj>[car-3 nmod:poss>[Lukashenko-1 case>'s-2] appos>Nikolai-4] punct>.-6]");
        assertThat(facts(car, new RoleExtractor())).isEmpty();
        DocFixture its = DocFixture.article()
                .sentence("The/DT Coordination/NNP/ORGANIZATION Council/NNP/ORGANIZATION met/VBD//meet ./.", null)
                .sentence("Its/PRP$ chairman/NN ,/, Pavel/NNP/PERSON Latushko/NNP/PERSON ,/, spoke/VBD//speak ./.",
                        "[spoke-7 nsubj>[chairman-2 nmod:poss>Its-1 appos>Latushko-5] punct>.-8]");
        assertThat(facts(its, new RoleExtractor())).containsExactly(
                "Pavel Latushko leaderOf Coordination Council [role/possessive]");
    }

    @Test
    void twoPlacesInARowAreOneInTheOtherWhenTheTextAndTheirKindsSaySo() {
        DocFixture comma = DocFixture.article().sentence("They/PRP met/VBD//meet in/IN Minsk/NNP/CITY ,/, Belarus/NNP/COUNTRY ./.", null);
        assertThat(facts(comma, new PlacePairExtractor())).containsExactly(
                "Minsk containedInPlace Belarus [place/city-comma-country]");
        DocFixture backwards = DocFixture.article().sentence("They/PRP met/VBD//meet in/IN Belarus/NNP/COUNTRY ,/, Minsk/NNP/CITY ./.", null);
        assertThat(facts(backwards, new PlacePairExtractor())).isEmpty();
        DocFixture in = DocFixture.article().sentence(
                "They/PRP met/VBD//meet on/IN Independence/NNP/LOCATION Square/NNP/LOCATION in/IN Minsk/NNP/CITY ./.", null);
        assertThat(facts(in, new PlacePairExtractor())).containsExactly(
                "Independence Square containedInPlace Minsk [place/in]");
        DocFixture cityInSquare = DocFixture.article().sentence(
                "They/PRP met/VBD//meet in/IN Minsk/NNP/CITY in/IN Independence/NNP/LOCATION Square/NNP/LOCATION ./.", null);
        assertThat(facts(cityInSquare, new PlacePairExtractor())).isEmpty();
        DocFixture possessive = DocFixture.article().sentence(
                "They/PRP met/VBD//meet in/IN Lviv/NNP/CITY 's/POS Old/NNP/LOCATION Town/NNP/LOCATION ./.", null);
        assertThat(facts(possessive, new PlacePairExtractor())).containsExactly(
                "Old Town containedInPlace Lviv [place/possessive]");
    }

    @Test
    void aDistrictBeforeItsCityOrAPartOfItIsInIt() {
        DocFixture direction = DocFixture.article().sentence(
                "It/PRP is/VBZ in/IN Edgware/NNP/CITY in/IN north/JJ London/NNP/CITY and/CC Southwark/NNP/CITY ,/, south/JJ London/NNP/CITY ./.", null);
        assertThat(facts(direction, new PlacePairExtractor())).containsExactlyInAnyOrder(
                "Edgware containedInPlace London [place/in-direction]", "Southwark containedInPlace London [place/comma-direction]");
        DocFixture district = DocFixture.article().sentence(
                "It/PRP is/VBZ in/IN Kentish/NNP/LOCATION Town/NNP/LOCATION ,/, London/NNP/CITY ./.", null);
        assertThat(facts(district, new PlacePairExtractor())).containsExactly(
                "Kentish Town containedInPlace London [place/district-comma-city]");
        DocFixture cities = DocFixture.article().sentence(
                "They/PRP flew/VBD//fly to/TO Paris/NNP/CITY ,/, London/NNP/CITY and/CC Rome/NNP/CITY ./.", null);
        assertThat(facts(cities, new PlacePairExtractor())).isEmpty();
    }

    @Test
    void aCapitalNamedByItsDemonymLiesInThatCountryWhenTheArticleNamesIt() {
        DocFixture doc = DocFixture.article()
                .sentence("They/PRP met/VBD//meet in/IN the/DT Ukrainian/JJ/NATIONALITY capital/NN Kyiv/NNP/CITY ./.", null)
                .sentence("Ukraine/NNP/COUNTRY agreed/VBD//agree ./.", null);
        assertThat(facts(doc, new CapitalExtractor())).containsExactly("Kyiv containedInPlace Ukraine [place/capital-of-demonym]");
        DocFixture unnamed = DocFixture.article()
                .sentence("They/PRP met/VBD//meet in/IN the/DT Ukrainian/JJ/NATIONALITY capital/NN Kyiv/NNP/CITY ./.", null);
        assertThat(facts(unnamed, new CapitalExtractor())).isEmpty();
    }

    @Test
    void aKnownCapitalLiesInItsCountryWhenASentencePlacesSomethingThereWithTheDemonymOrTheDatelineNamesIt() {
        DocFixture demonym = DocFixture.article()
                .sentence("Belarusian/JJ/NATIONALITY supporters/NNS gathered/VBD//gather in/IN Minsk/NNP/CITY ./.",
                        "[gathered-3 nsubj>[supporters-2 amod>Belarusian-1] obl:in>[Minsk-5 case>in-4] punct>.-6]")
                .sentence("Belarus/NNP/COUNTRY voted/VBD//vote ./.", null);
        assertThat(facts(demonym, new KnownCapitalExtractor())).containsExactly("Minsk containedInPlace Belarus [place/known-capital]");
        DocFixture apart = DocFixture.article()
                .sentence("Supporters/NNS gathered/VBD//gather in/IN Minsk/NNP/CITY ./.",
                        "[gathered-2 nsubj>Supporters-1 obl:in>[Minsk-4 case>in-3] punct>.-5]")
                .sentence("Belarus/NNP/COUNTRY voted/VBD//vote ./.", null);
        assertThat(facts(apart, new KnownCapitalExtractor())).isEmpty();
        DocFixture sold = DocFixture.article()
                .sentence("It/PRP is/VBZ//be set/VBN in/IN Paris/NNP/CITY and/CC sold/VBN//sell in/IN France/NNP/COUNTRY ./.",
                        "[set-3 nsubjpass>It-1 aux>is-2 obl:in>[Paris-5 case>in-4] conj:and>[sold-7 obl:in>[France-9 case>in-8]] punct>.-10]");
        assertThat(facts(sold, new KnownCapitalExtractor())).isEmpty();
        DocFixture policy = DocFixture.article()
                .sentence("Chinese/JJ/NATIONALITY papers/NNS wrote/VBD//write on/IN Beijing/NNP/CITY 's/POS policy/NN ./.",
                        "[wrote-3 nsubj>[papers-2 amod>Chinese-1] obl:on>[policy-7 case>on-4 nmod:poss>[Beijing-5 case>'s-6]] punct>.-8]")
                .sentence("China/NNP/COUNTRY voted/VBD//vote ./.", null);
        assertThat(facts(policy, new KnownCapitalExtractor())).isEmpty();
        DocFixture dateline = DocFixture.article()
                .sentence("LVIV/NNP/CITY ,/, Ukraine/NNP/COUNTRY —/: Protesters/NNS gathered/VBD//gather ./.", null)
                .sentence("Leaders/NNS met/VBD//meet in/IN Kyiv/NNP/CITY ./.", null);
        assertThat(facts(dateline, new KnownCapitalExtractor())).containsExactly("Kyiv containedInPlace Ukraine [place/known-capital]");
    }

    @Test
    void anAppositionThatSaysWhereSomeoneIsFromGivesTheirHome() {
        DocFixture from = DocFixture.article().sentence(
                "John/NNP/PERSON Holliday/NNP/PERSON ,/, 37/CD/NUMBER ,/, a/DT huntsman/NN from/IN Ledbury/NNP/CITY ,/, spoke/VBD//speak ./.", null);
        assertThat(facts(from, new HomeExtractor())).containsExactly("John Holliday homeLocation Ledbury [home/from-apposition]");
        DocFixture returned = DocFixture.article().sentence(
                "John/NNP/PERSON Holliday/NNP/PERSON ,/, who/WP returned/VBD//return from/IN Ledbury/NNP/CITY ,/, spoke/VBD//speak ./.", null);
        assertThat(facts(returned, new HomeExtractor())).isEmpty();
    }

    @Test
    void aPlaceBasedOrganizationAndItsStaffInACityAreThere() {
        DocFixture based = DocFixture.article().sentence(
                "He/PRP bought/VBD//buy the/DT Cambridge/NNP/CITY -/HYPH based/VBN Morpheme/NNP/ORGANIZATION studio/NN ./.", null);
        assertThat(facts(based, new HomeExtractor())).containsExactly("Morpheme location Cambridge [home/place-based]");
        DocFixture staff = DocFixture.article().sentence(
                "said/VBD//say Paul/NNP/PERSON Sheard/NNP/PERSON ,/, economist/NN/TITLE at/IN Lehman/NNP/ORGANIZATION "
                        + "Brothers/NNP/ORGANIZATION in/IN Tokyo/NNP/CITY ./.", null);
        assertThat(facts(staff, new HomeExtractor())).containsExactlyInAnyOrder(
                "Lehman Brothers location Tokyo [home/staff-in-city]", "Paul Sheard homeLocation Tokyo [home/staff-in-city]");
        DocFixture visit = DocFixture.article().sentence(
                "Paul/NNP/PERSON Sheard/NNP/PERSON met/VBD//meet Lehman/NNP/ORGANIZATION Brothers/NNP/ORGANIZATION in/IN Tokyo/NNP/CITY ./.", null);
        assertThat(facts(visit, new HomeExtractor())).isEmpty();
    }

    @Test
    void aPhraseOfLivingBeforeAPlaceGivesTheHomeOfTheSentencesFirstPerson() {
        DocFixture exile = DocFixture.article().sentence(
                "From/IN exile/NN in/IN Lithuania/NNP/COUNTRY ,/, Svetlana/NNP/PERSON Tikhanovskaya/NNP/PERSON called/VBD//call ./.", null);
        assertThat(facts(exile, new HomeExtractor())).containsExactly(
                "Svetlana Tikhanovskaya homeLocation Lithuania [home/living-phrase]");
        DocFixture visit = DocFixture.article().sentence(
                "From/IN Lithuania/NNP/COUNTRY ,/, Svetlana/NNP/PERSON Tikhanovskaya/NNP/PERSON called/VBD//call ./.", null);
        assertThat(facts(visit, new HomeExtractor())).isEmpty();
    }

    @Test
    void anOrganizationBeforeATitleAndANameIsThePersonsAffiliation() {
        DocFixture team = DocFixture.article().sentence(
                "Gloucester/NNP/ORGANIZATION prop/NN Phil/NNP/PERSON Vickery/NNP/PERSON was/VBD//be hurt/VBN ./.", null);
        assertThat(facts(team, new AffiliationExtractor())).containsExactly(
                "Phil Vickery affiliation Gloucester [affiliation/org-title-person]",
                "Phil Vickery jobTitle prop [affiliation/org-title-person]");
        DocFixture past = DocFixture.article().sentence(
                "Former/JJ Gloucester/NNP/ORGANIZATION prop/NN Phil/NNP/PERSON Vickery/NNP/PERSON was/VBD//be hurt/VBN ./.",
                null);
        assertThat(facts(past, new AffiliationExtractor())).isEmpty();
        DocFixture region = DocFixture.article().sentence(
                "Norfolk/NNP/STATE_OR_PROVINCE farmer/NN Tony/NNP/PERSON Martin/NNP/PERSON was/VBD//be jailed/VBN ./.", null);
        assertThat(facts(region, new AffiliationExtractor())).isEmpty();
        DocFixture star = DocFixture.article().sentence(
                "Leicester/NNP/ORGANIZATION star/NN Lewis/NNP/PERSON Moody/NNP/PERSON was/VBD//be hurt/VBN ./.", null);
        assertThat(facts(star, new AffiliationExtractor())).containsExactly(
                "Lewis Moody affiliation Leicester [affiliation/org-title-person]",
                "Lewis Moody jobTitle star [affiliation/org-title-person]");
        DocFixture ex = DocFixture.article().sentence(
                "Tory/NNP/ORGANIZATION ex-minister/NN Douglas/NNP/PERSON Hogg/NNP/PERSON said/VBD//say so/RB ./.", null);
        assertThat(facts(ex, new AffiliationExtractor())).isEmpty();
        DocFixture tie = DocFixture.article().sentence(
                "Leicester/NNP/ORGANIZATION supporter/NN Lewis/NNP/PERSON Moody/NNP/PERSON was/VBD//be hurt/VBN ./.", null);
        assertThat(facts(tie, new AffiliationExtractor())).isEmpty();
        DocFixture students = DocFixture.article().sentence(
                "set/VBN//set up/RP by/IN Stanford/NNP/ORGANIZATION University/NNP/ORGANIZATION students/NNS//student "
                        + "David/NNP/PERSON Filo/NNP/PERSON and/CC Jerry/NNP/PERSON Yang/NNP/PERSON ./.", null);
        assertThat(facts(students, new AffiliationExtractor())).containsExactlyInAnyOrder(
                "David Filo affiliation Stanford University [affiliation/org-title-person]",
                "David Filo jobTitle students [affiliation/org-title-person]",
                "Jerry Yang affiliation Stanford University [affiliation/org-title-person]",
                "Jerry Yang jobTitle students [affiliation/org-title-person]");
        DocFixture pair = DocFixture.article().sentence(
                "turn/VB//turn to/IN Edinburgh/NNP/ORGANIZATION pair/NN Alasdair/NNP/PERSON Strokosch/NNP/PERSON and/CC "
                        + "Simon/NNP/PERSON Cross/NNP/PERSON ./.", null);
        assertThat(facts(pair, new AffiliationExtractor())).containsExactlyInAnyOrder(
                "Alasdair Strokosch affiliation Edinburgh [affiliation/org-title-person]",
                "Simon Cross affiliation Edinburgh [affiliation/org-title-person]");
        DocFixture singular = DocFixture.article().sentence(
                "Acme/NNP/ORGANIZATION chairman/NN/TITLE David/NNP/PERSON Filo/NNP/PERSON and/CC Jerry/NNP/PERSON Yang/NNP/PERSON met/VBD//meet ./.", null);
        assertThat(facts(singular, new AffiliationExtractor())).containsExactlyInAnyOrder(
                "David Filo affiliation Acme [affiliation/org-title-person]",
                "David Filo jobTitle chairman [affiliation/org-title-person]");
    }

    @Test
    void aCountryBeforeATitleIsANationalityUnlessTheTitleIsAStateOffice() {
        DocFixture actor = DocFixture.article().sentence(
                "US/NNP/COUNTRY actor/NN/TITLE Jamie/NNP/PERSON Foxx/NNP/PERSON won/VBD//win ./.", null);
        assertThat(facts(actor, new AffiliationExtractor())).containsExactly(
                "Jamie Foxx nationality United States [affiliation/org-title-person]",
                "Jamie Foxx jobTitle actor [affiliation/org-title-person]");
        DocFixture office = DocFixture.article().sentence(
                "Palaniappan/NNP/PERSON Chidambaram/NNP/PERSON ,/, India/NNP/COUNTRY 's/POS finance/NN/TITLE minister/NN/TITLE ,/, argued/VBD//argue ./.",
                null);
        assertThat(facts(office, new AffiliationExtractor())).containsExactly(
                "Palaniappan Chidambaram worksFor India [affiliation/person-possessive-title]",
                "Palaniappan Chidambaram jobTitle finance minister [affiliation/person-possessive-title]");
        DocFixture verb = DocFixture.article().sentence(
                "Palaniappan/NNP/PERSON Chidambaram/NNP/PERSON ,/, India/NNP/COUNTRY 's/POS finance/NN minister/NN said/VBD//say ,/, argued/VBD//argue ./.",
                null);
        assertThat(facts(verb, new AffiliationExtractor())).isEmpty();
    }

    @Test
    void aCapitalizedTitleCountsOnlyWhenItsLastWordIsAKnownTitleWord() {
        DocFixture secretary = DocFixture.article().sentence(
                "Acme/NNP/ORGANIZATION Treasury/NNP Secretary/NNP John/NNP/PERSON Snow/NNP/PERSON spoke/VBD//speak ./.", null);
        assertThat(facts(secretary, new AffiliationExtractor())).containsExactly(
                "John Snow affiliation Acme [affiliation/org-title-person]",
                "John Snow jobTitle Treasury Secretary [affiliation/org-title-person]");
        DocFixture film = DocFixture.article().sentence(
                "Acme/NNP/ORGANIZATION Aviator/NNP John/NNP/PERSON Snow/NNP/PERSON spoke/VBD//speak ./.", null);
        assertThat(facts(film, new AffiliationExtractor())).isEmpty();
    }

    @Test
    void aTitleAtAnOrganizationAfterANameIsThePersonsAffiliation() {
        DocFixture at = DocFixture.article().sentence(
                "Robert/NNP/PERSON Sinche/NNP/PERSON ,/, head/NN/TITLE of/IN currency/NN strategy/NN at/IN Acme/NNP/ORGANIZATION Bank/NNP/ORGANIZATION ,/, said/VBD//say ./.",
                null);
        assertThat(facts(at, new AffiliationExtractor())).containsExactly(
                "Robert Sinche affiliation Acme Bank [affiliation/person-title-of-org]",
                "Robert Sinche jobTitle head of currency strategy [affiliation/person-title-of-org]");
        DocFixture clause = DocFixture.article().sentence(
                "Robert/NNP/PERSON Sinche/NNP/PERSON ,/, who/WP spoke/VBD//speak at/IN Acme/NNP/ORGANIZATION Bank/NNP/ORGANIZATION ,/, agreed/VBD//agree ./.",
                null);
        assertThat(facts(clause, new AffiliationExtractor())).isEmpty();
    }

    @Test
    void aPersonOfACountryOrOrganizationIsTiedToIt() {
        DocFixture of = DocFixture.article().sentence(
                "Nicolas/NNP/PERSON Sarkozy/NNP/PERSON of/IN France/NNP/COUNTRY said/VBD//say so/RB ./.", null);
        assertThat(facts(of, new AffiliationExtractor())).containsExactly(
                "Nicolas Sarkozy nationality France [affiliation/person-of-org]");
        DocFixture possessive = DocFixture.article().sentence(
                "Nicolas/NNP/PERSON Sarkozy/NNP/PERSON of/IN France/NNP/COUNTRY 's/POS party/NN said/VBD//say so/RB ./.", null);
        assertThat(facts(possessive, new AffiliationExtractor())).isEmpty();
    }

    @Test
    void aPersonFromAnOrganizationSetOffByCommasIsTiedToIt() {
        DocFixture from = DocFixture.article().sentence(
                "Bob/NNP/PERSON Strauss/NNP/PERSON ,/, from/IN the/DT Daily/NNP/ORGANIZATION News/NNP/ORGANIZATION ,/, thinks/VBZ//think so/RB ./.", null);
        assertThat(facts(from, new AffiliationExtractor())).containsExactly(
                "Bob Strauss affiliation Daily News [affiliation/person-from-org]");
        DocFixture home = DocFixture.article().sentence(
                "Bob/NNP/PERSON Strauss/NNP/PERSON ,/, from/IN Leeds/NNP/CITY ,/, thinks/VBZ//think so/RB ./.", null);
        assertThat(facts(home, new AffiliationExtractor())).isEmpty();
    }

    @Test
    void aPersonAndAnOrganizationsTitleInAppositionIsTiedToIt() {
        DocFixture apposition = DocFixture.article().sentence(
                "Rob/NNP/PERSON McIvor/NNP/PERSON ,/, FSA/NNP/ORGANIZATION spokesman/NN/TITLE ,/, told/VBD//tell us/PRP ./.", null);
        assertThat(facts(apposition, new AffiliationExtractor())).containsExactly(
                "Rob McIvor affiliation FSA [affiliation/person-org-title]", "Rob McIvor jobTitle spokesman [affiliation/person-org-title]");
        DocFixture list = DocFixture.article().sentence(
                "Rob/NNP/PERSON McIvor/NNP/PERSON ,/, FSA/NNP/ORGANIZATION and/CC others/NNS ,/, told/VBD//tell us/PRP ./.", null);
        assertThat(facts(list, new AffiliationExtractor())).isEmpty();
    }

    @Test
    void aCountryInsideAnOrganizationsTitleIsNoNationality() {
        DocFixture editor = DocFixture.article().sentence(
                "Screen/NNP/ORGANIZATION International/NNP/ORGANIZATION 's/POS US/NNP/COUNTRY editor/NN/TITLE "
                        + "Mike/NNP/PERSON Goodridge/NNP/PERSON thinks/VBZ//think so/RB ./.", null);
        assertThat(facts(editor, new AffiliationExtractor())).containsExactly(
                "Mike Goodridge affiliation Screen International [affiliation/org-possessive]",
                "Mike Goodridge jobTitle US editor [affiliation/org-possessive]");
        DocFixture actor = DocFixture.article().sentence(
                "US/NNP/COUNTRY editor/NN/TITLE Mike/NNP/PERSON Goodridge/NNP/PERSON thinks/VBZ//think so/RB ./.", null);
        assertThat(facts(actor, new AffiliationExtractor())).containsExactly(
                "Mike Goodridge nationality United States [affiliation/org-title-person]",
                "Mike Goodridge jobTitle editor [affiliation/org-title-person]");
    }

    @Test
    void kbpTopMemberIsALeaderOnlyWithAHeadsTitle() {
        DocFixture chief = DocFixture.article()
                .sentence("Acme/NNP/ORGANIZATION chief/JJ/TITLE executive/NN/TITLE Jo/NNP/PERSON Bloggs/NNP/PERSON spoke/VBD//speak ./.", null)
                .kbp(3, 5, "per:top_member_employee_of", 0, 1, 0.9);
        assertThat(facts(chief, new KbpExtractor())).contains("Jo Bloggs leaderOf Acme [kbp]");
        DocFixture economist = DocFixture.article()
                .sentence("Acme/NNP/ORGANIZATION chief/JJ/TITLE economist/NN/TITLE Jo/NNP/PERSON Bloggs/NNP/PERSON spoke/VBD//speak ./.", null)
                .kbp(3, 5, "per:top_member_employee_of", 0, 1, 0.9);
        assertThat(facts(economist, new KbpExtractor())).contains("Jo Bloggs worksFor Acme [kbp]")
                .doesNotContain("Jo Bloggs leaderOf Acme [kbp]");
    }

    @Test
    void aTitleRightBeforeANameEndsInATitleWordAndIsNoPastOrPartialOne() {
        DocFixture critic = DocFixture.article().sentence(
                "said/VBD//say film/NN critic/NN/TITLE Glenn/NNP/PERSON Whipp/NNP/PERSON ./.", null);
        assertThat(facts(critic, new AppositionTitleExtractor())).containsExactly(
                "Glenn Whipp jobTitle film critic [title/noun-before-name]");
        DocFixture former = DocFixture.article().sentence(
                "said/VBD//say former/JJ critic/NN/TITLE Glenn/NNP/PERSON Whipp/NNP/PERSON ./.", null);
        assertThat(facts(former, new AppositionTitleExtractor())).isEmpty();
        DocFixture ex = DocFixture.article().sentence(
                "said/VBD//say ex-minister/NN/TITLE Douglas/NNP/PERSON Hogg/NNP/PERSON ./.", null);
        assertThat(facts(ex, new AppositionTitleExtractor())).isEmpty();
        DocFixture partial = DocFixture.article().sentence(
                "secretary/NN/TITLE of/IN state/NN/TITLE George/NNP/PERSON Shultz/NNP/PERSON spoke/VBD//speak ./.", null);
        assertThat(facts(partial, new AppositionTitleExtractor())).isEmpty();
    }

    private static DocFixture report(String headline) {
        return DocFixture.article().sentence(headline, null).paragraph()
                .sentence("The/DT rugby/NN coach/NN praised/VBD the/DT squad/NN after/IN the/DT match/NN ./.", null)
                .sentence("The/DT season/NN final/NN was/VBD a/DT victory/NN for/IN France/NNP/COUNTRY ./.", null)
                .sentence("France/NNP/COUNTRY lost/VBD to/TO Italy/NNP/COUNTRY ./.", null)
                .sentence("Wing/NNP Jimmy/NNP/PERSON Marlu/NNP/PERSON is/VBZ out/RB ,/, and/CC Brive/NNP/ORGANIZATION back/NN "
                        + "Julien/NNP/PERSON Laharrague/NNP/PERSON is/VBZ in/RB ./.", null)
                .sentence("Serge/NNP/PERSON Betsen/NNP/PERSON is/VBZ a/DT doubt/NN ,/, said/VBD//say Wasps/NNP coach/NN "
                        + "Warren/NNP/PERSON Gatland/NNP/PERSON ./.", null);
    }

    @Test
    void aPersonNamedInAReportAboutOneTeamIsItsMember() {
        assertThat(facts(report("Dominici/NNP/PERSON backs/VBZ//back France/NNP/COUNTRY"), new ReportTeamExtractor()))
                .containsExactlyInAnyOrder("Dominici affiliation France [affiliation/team-of-report]",
                        "Jimmy Marlu affiliation France [affiliation/team-of-report]",
                        "Serge Betsen affiliation France [affiliation/team-of-report]");
        assertThat(facts(report("France/NNP/COUNTRY v/CC Italy/NNP/COUNTRY"), new ReportTeamExtractor())).isEmpty();
        assertThat(facts(report("Italy/NNP/COUNTRY 17-18/CD France/NNP/COUNTRY"), new ReportTeamExtractor())).isEmpty();
        assertThat(facts(report("France/NNP/COUNTRY 17-18/CD win/NN"), new ReportTeamExtractor())).isEmpty();
    }

    @Test
    void aHeadlinesDemonymNamesItsCountrysTeam() {
        assertThat(facts(report("French/JJ suffer/VBP//suffer injury/NN blow/NN"), new ReportTeamExtractor()))
                .containsExactlyInAnyOrder("Jimmy Marlu affiliation France [affiliation/team-of-report]",
                        "Serge Betsen affiliation France [affiliation/team-of-report]");
        assertThat(facts(report("Injury/NN blow/NN for/IN coach/NN"), new ReportTeamExtractor())).isEmpty();
    }

    @Test
    void aPluralTitleBeforeNamesIsEachNamesInTheSingular() {
        DocFixture novelists = DocFixture.article().sentence(
                "including/VBG//include novelists/NNS//novelist Hari/NNP/PERSON Kunzru/NNP/PERSON and/CC Ali/NNP/PERSON "
                        + "Smith/NNP/PERSON ,/, director/NN/TITLE Richard/NNP/PERSON Eyre/NNP/PERSON ./.", null);
        assertThat(facts(novelists, new AppositionTitleExtractor())).containsExactlyInAnyOrder(
                "Hari Kunzru jobTitle novelist [title/noun-before-name]", "Ali Smith jobTitle novelist [title/noun-before-name]",
                "Richard Eyre jobTitle director [title/noun-before-name]");
        DocFixture plural = DocFixture.article().sentence(
                "including/VBG//include brothers/NNS//brother Hari/NNP/PERSON Kunzru/NNP/PERSON and/CC Ali/NNP/PERSON Smith/NNP/PERSON ./.", null);
        assertThat(facts(plural, new AppositionTitleExtractor())).isEmpty();
    }

    @Test
    void aCommonNounOfWhatSomeoneDoesBeforeANameIsTheirTitleButATieIsNot() {
        DocFixture frontbencher = DocFixture.article().sentence(
                "Tory/NNP/ORGANIZATION frontbencher/NN Patrick/NNP/PERSON Mercer/NNP/PERSON is/VBZ//be pursuing/VBG//pursue it/PRP ./.", null);
        assertThat(facts(frontbencher, new AppositionTitleExtractor())).containsExactly(
                "Patrick Mercer jobTitle frontbencher [title/person-noun-before-name]");
        DocFixture experts = DocFixture.article().sentence(
                "including/VBG//include experts/NNS//expert Hari/NNP/PERSON Kunzru/NNP/PERSON and/CC Ali/NNP/PERSON Smith/NNP/PERSON ./.", null);
        assertThat(facts(experts, new AppositionTitleExtractor())).containsExactlyInAnyOrder(
                "Hari Kunzru jobTitle expert [title/person-noun-before-name]", "Ali Smith jobTitle expert [title/person-noun-before-name]");
        DocFixture brother = DocFixture.article().sentence(
                "with/IN his/PRP$ brother/NN Patrick/NNP/PERSON Mercer/NNP/PERSON ./.", null);
        assertThat(facts(brother, new AppositionTitleExtractor())).isEmpty();
        DocFixture week = DocFixture.article().sentence(
                "Last/JJ week/NN Patrick/NNP/PERSON Mercer/NNP/PERSON spoke/VBD//speak ./.", null);
        assertThat(facts(week, new AppositionTitleExtractor())).isEmpty();
        DocFixture fellow = DocFixture.article().sentence(
                "attracting/VBG//attract fellow/JJ pupils/NNS//pupil Paul/NNP/PERSON Hewson/NNP/PERSON ./.", null);
        assertThat(facts(fellow, new AppositionTitleExtractor())).isEmpty();
        DocFixture verb = DocFixture.article().sentence(
                "a/DT film/NN to/TO star/NN Tom/NNP/PERSON Hanks/NNP/PERSON ./.", null);
        assertThat(facts(verb, new AppositionTitleExtractor())).isEmpty();
        DocFixture movement = DocFixture.article().sentence(
                "the/DT movement/NN Patrick/NNP/PERSON Mercer/NNP/PERSON founded/VBD//found ./.", null);
        assertThat(facts(movement, new AppositionTitleExtractor())).isEmpty();
    }

    @Test
    void aTeamPositionTheTaggerTookForAVerbBeforeANameIsStillATitle() {
        DocFixture prop = DocFixture.article().sentence(
                "Jason/NNP/PERSON White/NNP/PERSON and/CC prop/VB//prop Tom/NNP/PERSON Smith/NNP/PERSON have/VBP//have flu/NN ./.", null);
        assertThat(facts(prop, new AppositionTitleExtractor())).containsExactly(
                "Tom Smith jobTitle prop [title/noun-before-name]");
        DocFixture verb = DocFixture.article().sentence(
                "Fans/NNS back/VBP//back Tom/NNP/PERSON Smith/NNP/PERSON ./.", null);
        assertThat(facts(verb, new AppositionTitleExtractor())).isEmpty();
    }

    @Test
    void titlesAndOrganizationsJoinedByAndAreEachThePersons() {
        DocFixture two = DocFixture.article().sentence(
                "Flic/NNP/PERSON Everett/NNP/PERSON ,/, journalist/NN/TITLE and/CC dating/NN expert/NN for/IN Company/NNP/ORGANIZATION magazine/NN and/CC the/DT Daily/NNP/ORGANIZATION Express/NNP/ORGANIZATION ,/, said/VBD//say ./.",
                null);
        assertThat(facts(two, new AffiliationExtractor())).containsExactly(
                "Flic Everett affiliation Company [affiliation/person-title-of-org]",
                "Flic Everett affiliation Daily Express [affiliation/person-title-of-org]",
                "Flic Everett jobTitle journalist [affiliation/person-title-of-org]",
                "Flic Everett jobTitle dating expert [affiliation/person-title-of-org]");
        // a person after "and" is no second employer, and "head of currency strategy" is one title
        DocFixture person = DocFixture.article().sentence(
                "Robert/NNP/PERSON Sinche/NNP/PERSON ,/, head/NN/TITLE of/IN currency/NN strategy/NN at/IN Acme/NNP/ORGANIZATION and/CC Tony/NNP/PERSON Blair/NNP/PERSON agreed/VBD//agree ./.",
                null);
        assertThat(facts(person, new AffiliationExtractor())).containsExactly(
                "Robert Sinche affiliation Acme [affiliation/person-title-of-org]",
                "Robert Sinche jobTitle head of currency strategy [affiliation/person-title-of-org]");
    }

    @Test
    void aHyphenatedTitleTheTokenizerSplitIsOneTitle() {
        DocFixture fly = DocFixture.article().sentence(
                "Fly/VB -/HYPH half/NN Andy/NNP/PERSON Goode/NNP/PERSON is/VBZ//be fit/JJ ./.", null);
        assertThat(facts(fly, new AppositionTitleExtractor())).containsExactly(
                "Andy Goode jobTitle Fly-half [title/noun-before-name]");
        DocFixture team = DocFixture.article().sentence(
                "Leicester/NNP/ORGANIZATION tight/JJ -/HYPH head/NN Julian/NNP/PERSON White/NNP/PERSON was/VBD//be hurt/VBN ./.",
                null);
        assertThat(facts(team, new AffiliationExtractor())).containsExactly(
                "Julian White affiliation Leicester [affiliation/org-title-person]",
                "Julian White jobTitle tight-head [affiliation/org-title-person]");
        DocFixture ex = DocFixture.article().sentence(
                "Tory/NNP/ORGANIZATION ex/FW -/HYPH minister/NN Douglas/NNP/PERSON Hogg/NNP/PERSON said/VBD//say so/RB ./.", null);
        assertThat(facts(ex, new AffiliationExtractor())).isEmpty();
        assertThat(facts(ex, new AppositionTitleExtractor())).isEmpty();
        DocFixture dash = DocFixture.article().sentence(
                "Ukraine/NNP/COUNTRY —/HYPH Russian/NNP/NATIONALITY President/NNP/TITLE Vladimir/NNP/PERSON Putin/NNP/PERSON "
                        + "spoke/VBD//speak ./.", null);
        assertThat(facts(dash, new AffiliationExtractor())).isEmpty();
    }

    @Test
    void aTitleBeforeANameMayBeATeamPositionAndBeginWithTheSentencesCapitalButNotWithAName() {
        DocFixture wing = DocFixture.article().sentence(
                "Wing/NNP Christophe/NNP/PERSON Dominici/NNP/PERSON says/VBZ//say so/RB ./.", null);
        assertThat(facts(wing, new AppositionTitleExtractor())).containsExactly(
                "Christophe Dominici jobTitle Wing [title/noun-before-name]");
        DocFixture shadow = DocFixture.article().sentence(
                "Shadow/NNP home/NN/TITLE secretary/NN/TITLE David/NNP/PERSON Davis/NNP/PERSON said/VBD//say so/RB ./.", null);
        assertThat(facts(shadow, new AppositionTitleExtractor())).containsExactly(
                "David Davis jobTitle Shadow home secretary [title/noun-before-name]");
        DocFixture actress = DocFixture.article().sentence(
                "with/IN French/JJ actress/NN/TITLE Audrey/NNP/PERSON Tautou/NNP/PERSON ./.", null);
        assertThat(facts(actress, new AppositionTitleExtractor())).containsExactly(
                "Audrey Tautou jobTitle actress [title/noun-before-name]");
        DocFixture president = DocFixture.article().sentence(
                "Russian/JJ/NATIONALITY president/NN/TITLE Vladimir/NNP/PERSON Putin/NNP/PERSON said/VBD//say so/RB ./.", null);
        assertThat(facts(president, new AppositionTitleExtractor())).containsExactly(
                "Vladimir Putin jobTitle president [title/noun-before-name]");
        DocFixture bath = DocFixture.article().sentence(
                "with/IN Bath/NNP prop/NN David/NNP/PERSON Barnes/NNP/PERSON ./.", null);
        assertThat(facts(bath, new AppositionTitleExtractor())).containsExactly(
                "David Barnes jobTitle prop [title/noun-before-name]");
        DocFixture walk = DocFixture.article().sentence(
                "Meanwhile/RB Wing/NNP Christophe/NNP/PERSON Dominici/NNP/PERSON says/VBZ//say so/RB ./.", null);
        assertThat(facts(walk, new AppositionTitleExtractor())).isEmpty();
    }
}
