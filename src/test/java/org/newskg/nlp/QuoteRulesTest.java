package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extraction.Quote;

/** The quote rules on hand-made articles, without models: a speaker each must find, and one it must not. */
class QuoteRulesTest {
    private static final String SAID_GORBINA = "“/`` We/PRP will/MD win/VB ,/, ”/'' Gorbina/NNP/PERSON said/VBD//say ./.";
    private static final String SAID_GORBINA_DEPS = "[said-8 ccomp>[win-4 nsubj>We-2 aux>will-3] nsubj>Gorbina-7 punct>.-9]";

    /** Each quote as "text -> speaker [rule]". */
    private static List<String> quotes(DocFixture doc) {
        DocumentContext ctx = doc.context();
        Facts f = new Facts();
        new QuoteAttributor().extract(ctx, f);
        return f.quotes.stream().map(q -> show(ctx, q)).toList();
    }

    private static String show(DocumentContext ctx, Quote q) {
        return q.text() + " -> " + (q.speaker() == null ? "none"
                : ctx.resolution().entity(q.speaker()).name() + " [" + q.attribution().extractor() + "]");
    }

    @Test
    void theSubjectOfAReportingVerbSaidIt() {
        assertThat(quotes(DocFixture.article().sentence(SAID_GORBINA, SAID_GORBINA_DEPS)))
                .containsExactly("We will win -> Gorbina [quote/reporting-verb]");
        assertThat(quotes(DocFixture.article().sentence(
                "“/`` We/PRP will/MD win/VB ,/, ”/'' read/VBD//read a/DT placard/NN ./.",
                "[read-7 ccomp>[win-4 nsubj>We-2 aux>will-3] nsubj>[placard-9 det>a-8] punct>.-10]")))
                .containsExactly("We will win -> none");
    }

    @Test
    void theSpeakerMayBeTheNameInsideAnAppositionsPhrase() {
        String deps = "[said-7 nsubj>[chairman-2 det>The-1 appos>[QC-6 compound>Guy-4 compound>Mansfield-5]] "
                + "ccomp>[wrong-11 nsubj>It-9 cop>is-10] punct>.-12]";
        assertThat(quotes(DocFixture.article().sentence("The/DT chairman/NN ,/, Guy/NNP/PERSON Mansfield/NNP/PERSON QC/NNP "
                + "said/VBD//say “/`` It/PRP is/VBZ//be wrong/JJ ./. ”/''", deps)))
                .containsExactly("It is wrong. -> Guy Mansfield [quote/reporting-verb]");
        assertThat(quotes(DocFixture.article().sentence("The/DT chairman/NN ,/, a/DT veteran/NN QC/NNP "
                + "said/VBD//say “/`` It/PRP is/VBZ//be wrong/JJ ./. ”/''",
                "[said-7 nsubj>[chairman-2 det>The-1 appos>[QC-6 det>a-4 compound>veteran-5]] "
                        + "ccomp>[wrong-11 nsubj>It-9 cop>is-10] punct>.-12]")))
                .containsExactly("It is wrong. -> none");
    }

    @Test
    void aPronounThatCoreferenceLeftOpenIsThePersonNamedLast() {
        String quote = "“/`` We/PRP will/MD not/RB give/VB up/RP ,/, ”/'' she/PRP said/VBD//say ./.";
        String deps = "[said-10 ccomp>[give-5 nsubj>We-2 aux>will-3 advmod>not-4 compound:prt>up-6] nsubj>she-9 punct>.-11]";
        assertThat(quotes(DocFixture.article().sentence("Gorbina/NNP/PERSON spoke/VBD//speak ./.", null).sentence(quote, deps)))
                .containsExactly("We will not give up -> Gorbina [quote/pronoun-last-person]");
        assertThat(quotes(DocFixture.article().sentence("The/DT crowd/NN cheered/VBD//cheer ./.", null).sentence(quote, deps)))
                .containsExactly("We will not give up -> none");
    }

    @Test
    void aQuoteOpeningTheParagraphAfterOneItsSpeakersQuoteEndsGoesOnInTheSameVoice() {
        String opens = "“/`` Blood/NN was/VBD//be spilled/VBN//spill ./. ”/'' Gorbina/NNP/PERSON also/RB spoke/VBD//speak ./.";
        String colon = "Gorbina/NNP/PERSON added/VBD//add :/: “/`` We/PRP will/MD win/VB ./. ”/''";
        String colonDeps = "[added-2 nsubj>Gorbina-1 punct>:-3 ccomp>[win-7 nsubj>We-5 aux>will-6]]";
        assertThat(quotes(DocFixture.article().sentence(colon, colonDeps).paragraph().sentence(opens, null)))
                .containsExactly("We will win. -> Gorbina [quote/reporting-verb]", "Blood was spilled. -> Gorbina [quote/continuation]");
        // the paragraph before goes on after its quote: the new paragraph's quote is not known to be hers
        assertThat(quotes(DocFixture.article().sentence(colon, colonDeps).sentence("The/DT crowd/NN cheered/VBD//cheer ./.", null)
                .paragraph().sentence(opens, null)))
                .containsExactly("We will win. -> Gorbina [quote/reporting-verb]", "Blood was spilled. -> none");
    }

    @Test
    void aVerbSetOffByCommasComesBeforeItsSpeakerEvenWithASubjectOfItsOwn() {
        assertThat(quotes(DocFixture.article().sentence(
                "The/DT comments/NNS//comment ,/, said/VBD//say Tanase/NNP/PERSON ,/, were/VBD//be “/`` too/RB weak/JJ to/TO matter/VB ”/'' ./.",
                "[said-4 nsubj>[comments-2 det>The-1] punct>,-3 obj>Tanase-5 punct>,-6 "
                        + "dep>[weak-10 cop>were-7 advmod>too-9 xcomp>[matter-12 mark>to-11]] punct>.-14]")))
                .containsExactly("too weak to matter -> Tanase [quote/reporting-verb]");
        assertThat(quotes(DocFixture.article().sentence(
                "The/DT minister/NN said/VBD//say Tanase/NNP/PERSON was/VBD//be “/`` too/RB weak/JJ to/TO matter/VB ”/'' ./.",
                "[said-3 nsubj>[minister-2 det>The-1] ccomp>[weak-8 nsubj>Tanase-4 cop>was-5 advmod>too-7 "
                        + "xcomp>[matter-10 mark>to-9]] punct>.-12]")))
                .containsExactly("too weak to matter -> none");
    }

    @Test
    void theSourceAnAccordingToPhraseNamesSaidIt() {
        assertThat(quotes(DocFixture.article().sentence(
                "They/PRP did/VBD//do “/`` everything/NN in/IN their/PRP$ powers/NNS ”/'' ,/, according/VBG to/IN Rees/NNP/PERSON ./.",
                "[did-2 nsubj>They-1 obj>[everything-4 nmod:in>[powers-7 case>in-5 nmod:poss>their-6]] "
                        + "obl:according_to>[Rees-12 case>according-10] punct>.-13]")))
                .containsExactly("everything in their powers -> Rees [quote/according-to]");
        assertThat(quotes(DocFixture.article().sentence(
                "They/PRP did/VBD//do “/`` everything/NN in/IN their/PRP$ powers/NNS ”/'' ,/, according/VBG to/IN reports/NNS ./.",
                "[did-2 nsubj>They-1 obj>[everything-4 nmod:in>[powers-7 case>in-5 nmod:poss>their-6]] "
                        + "obl:according_to>[reports-12 case>according-10] punct>.-13]")))
                .containsExactly("everything in their powers -> none");
        // a paragraph whose last sentence holds a quote of Rees's: the next paragraph's opening quote goes on
        assertThat(quotes(DocFixture.article().sentence(
                        "They/PRP did/VBD//do “/`` everything/NN in/IN their/PRP$ powers/NNS ”/'' ,/, according/VBG to/IN Rees/NNP/PERSON ./.",
                        "[did-2 nsubj>They-1 obj>[everything-4 nmod:in>[powers-7 case>in-5 nmod:poss>their-6]] "
                                + "obl:according_to>[Rees-12 case>according-10] punct>.-13]")
                .paragraph().sentence("“/`` Blood/NN was/VBD//be spilled/VBN//spill ./. ”/'' Others/NNS agreed/VBD//agree ./.", null)))
                .containsExactly("everything in their powers -> Rees [quote/according-to]", "Blood was spilled. -> Rees [quote/continuation]");
    }

    @Test
    void aQuoteThatMakesUpTheNextParagraphGoesOnInTheSameVoice() {
        String alone = "“/`` Blood/NN was/VBD//be spilled/VBN//spill ./. ”/''";
        assertThat(quotes(DocFixture.article().sentence(SAID_GORBINA, SAID_GORBINA_DEPS).paragraph().sentence(alone, null)))
                .containsExactly("We will win -> Gorbina [quote/reporting-verb]",
                        "Blood was spilled. -> Gorbina [quote/continuation]");
        assertThat(quotes(DocFixture.article().sentence(
                        "“/`` We/PRP will/MD win/VB ,/, ”/'' read/VBD//read a/DT placard/NN ./.", null)
                .paragraph().sentence(alone, null)))
                .containsExactly("We will win -> none", "Blood was spilled. -> none");
    }

    @Test
    void aNameRightAfterAVerbWithoutSubjectSaidIt() {
        assertThat(quotes(DocFixture.article().sentence(
                "“/`` We/PRP will/MD win/VB ,/, ”/'' said/VBD//say Gorbina/NNP/PERSON ./.",
                "[said-7 ccomp>[win-4 nsubj>We-2 aux>will-3] xcomp>Gorbina-8 punct>.-9]")))
                .containsExactly("We will win -> Gorbina [quote/reporting-verb]");
        assertThat(quotes(DocFixture.article().sentence(
                "“/`` We/PRP will/MD win/VB ,/, ”/'' said/VBD//say Minsk/NNP/CITY ./.",
                "[said-7 ccomp>[win-4 nsubj>We-2 aux>will-3] xcomp>Minsk-8 punct>.-9]")))
                .containsExactly("We will win -> none");
    }

    @Test
    void aDescriptionThatSaysItIsThePersonTheSentenceBeforeIsAbout() {
        String puzzled = "Cueto/NNP/PERSON was/VBD//be puzzled/VBN//puzzle by/IN Kaplan/NNP/PERSON ./.";
        String puzzledDeps = "[puzzled-3 nsubj:pass>Cueto-1 aux:pass>was-2 obl:agent>[Kaplan-5 case>by-4] punct>.-6]";
        String said = "“/`` We/PRP lost/VBD//lose again/RB ,/, ”/'' said/VBD//say the/DT Sale/NNP player/NN ./.";
        String saidDeps = "[said-7 ccomp>[lost-3 nsubj>We-2 advmod>again-4] obj>[player-10 det>the-8 compound>Sale-9] punct>.-11]";
        assertThat(quotes(DocFixture.article().sentence(puzzled, puzzledDeps).sentence(said, saidDeps)))
                .containsExactly("We lost again -> Cueto [quote/description-previous-subject]");
        String crowd = "“/`` We/PRP lost/VBD//lose again/RB ,/, ”/'' said/VBD//say the/DT Sale/NNP crowd/NN ./.";
        String crowdDeps = "[said-7 ccomp>[lost-3 nsubj>We-2 advmod>again-4] obj>[crowd-10 det>the-8 compound>Sale-9] punct>.-11]";
        // a crowd is no one person: this rule says nothing (the previous-sentence rule may still read the sentence before)
        assertThat(quotes(DocFixture.article().sentence(puzzled, puzzledDeps).sentence(crowd, crowdDeps)))
                .noneMatch(q -> q.contains("quote/description-previous-subject"));
        assertThat(quotes(DocFixture.article().sentence(puzzled, puzzledDeps).paragraph().sentence(said, saidDeps)))
                .noneMatch(q -> q.contains("quote/description-previous-subject"));
    }

    @Test
    void aPassiveSubjectTheParserGaveAnActiveReportingVerbIsItsSpeaker() {
        // the parser took the quote's "is" for the auxiliary of "added": "he" stays the speaker
        String added = "“/`` It/PRP is/VBZ//be exciting/JJ ,/, ”/'' he/PRP added/VBD//add ./.";
        String addedDeps = "[added-8 ccomp>[exciting-4 nsubj>It-2] aux:pass>is-3 nsubj:pass>he-7 punct>.-9]";
        assertThat(quotes(DocFixture.article().sentence("Gorbina/NNP/PERSON spoke/VBD//speak ./.", null).sentence(added, addedDeps)))
                .containsExactly("It is exciting -> Gorbina [quote/pronoun-last-person]");
        // a participle's passive subject is who was told, not who spoke
        String told = "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' he/PRP was/VBD//be told/VBN//tell ./.";
        String toldDeps = "[told-9 ccomp>[over-4 nsubj>It-2 cop>is-3] nsubj:pass>he-7 aux:pass>was-8 punct>.-10]";
        assertThat(quotes(DocFixture.article().sentence("Gorbina/NNP/PERSON spoke/VBD//speak ./.", null).sentence(told, toldDeps)))
                .containsExactly("It is over -> none");
    }

    @Test
    void aPersonNamedInsideTheQuoteIsNotWhoAPronounStandsFor() {
        String quote = "“/`` I/PRP met/VBD//meet Petrov/NNP/PERSON today/NN ,/, ”/'' she/PRP said/VBD//say ./.";
        String deps = "[said-9 ccomp>[met-3 nsubj>I-2 obj>Petrov-4 obl:tmod>today-5] nsubj>she-8 punct>.-10]";
        assertThat(quotes(DocFixture.article().sentence("Gorbina/NNP/PERSON spoke/VBD//speak ./.", null).sentence(quote, deps)))
                .containsExactly("I met Petrov today -> Gorbina [quote/pronoun-last-person]");
    }

    @Test
    void aPhraseQuotedInNarrationIsTheSubjectsWords() {
        assertThat(quotes(DocFixture.article().sentence(
                "Gorbina/NNP/PERSON called/VBD//call it/PRP “/`` pretty/RB damn/RB average/JJ ”/'' ./.",
                "[called-2 nsubj>Gorbina-1 obj>it-3 xcomp>[average-7 advmod>pretty-5 advmod>damn-6] punct>.-9]")))
                .containsExactly("pretty damn average -> Gorbina [quote/embedded-subject]");
        assertThat(quotes(DocFixture.article().sentence(
                "Critics/NNS called/VBD//call it/PRP “/`` pretty/RB damn/RB average/JJ ”/'' ./.",
                "[called-2 nsubj>Critics-1 obj>it-3 xcomp>[average-7 advmod>pretty-5 advmod>damn-6] punct>.-9]")))
                .containsExactly("pretty damn average -> none");
    }

    @Test
    void aQuoteAfterASentenceAboutAPersonIsThatPersonsWords() {
        String alone = "“/`` Blood/NN was/VBD//be spilled/VBN//spill ./. ”/''";
        assertThat(quotes(DocFixture.article()
                .sentence("Gorbina/NNP/PERSON appears/VBZ//appear angry/JJ ./.", "[appears-2 nsubj>Gorbina-1 xcomp>angry-3 punct>.-4]")
                .paragraph().sentence(alone, null)))
                .containsExactly("Blood was spilled. -> Gorbina [quote/previous-sentence-subject]");
        assertThat(quotes(DocFixture.article()
                .sentence("The/DT crowd/NN appears/VBZ//appear angry/JJ ./.", "[appears-3 nsubj>[crowd-2 det>The-1] xcomp>angry-4 punct>.-5]")
                .paragraph().sentence(alone, null)))
                .containsExactly("Blood was spilled. -> none");
    }

    @Test
    void quotationMarksArePairedTheWayNewsWritesThem() {
        String text = "\"We lost. \"They won,\" he said.\n\n\"A quote left open\n\n\"A new one.\"";
        List<String> spans = Quotations.paired(text).stream().map(q -> text.substring(q[0], q[1])).toList();
        assertThat(spans).containsExactly("We lost. ", "They won,", "A quote left open", "A new one.");
        String plain = "He said \"a b c\" and \"d e f\".";
        assertThat(Quotations.paired(plain).stream().map(q -> plain.substring(q[0], q[1])).toList())
                .containsExactly("a b c", "d e f");
    }

    @Test
    void aQuoteAfterNarrationThatSaysWhoSpeaksIsThatPersonsWords() {
        String alone = "“/`` Blood/NN was/VBD//be spilled/VBN//spill ./. ”/''";
        assertThat(quotes(DocFixture.article()
                .sentence("Players/NNS will/MD vanish/VB ,/, says/VBZ//say Pearson/NNP/PERSON ./.",
                        "[vanish-3 nsubj>Players-1 aux>will-2 parataxis>[says-5 xcomp>Pearson-6] punct>.-7]")
                .sentence(alone, null)))
                .containsExactly("Blood was spilled. -> Pearson [quote/previous-sentence-subject]");
    }

    @Test
    void aClosingMarkTheSplitterGaveToTheNextSentenceDoesNotStopTheContinuation() {
        String next = "”/'' “/`` Blood/NN was/VBD//be spilled/VBN//spill ./. ”/''";
        assertThat(quotes(DocFixture.article().sentence(SAID_GORBINA, SAID_GORBINA_DEPS).sentence(next, null)))
                .containsExactly("We will win -> Gorbina [quote/reporting-verb]",
                        "Blood was spilled. -> Gorbina [quote/continuation]");
    }

    private static final String OVER_SAID_THE_ARTISTS = "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' said/VBD//say the/DT artists/NNS//artist ./.";
    private static final String OVER_SAID_THE_ARTISTS_DEPS =
            "[said-7 ccomp>[over-4 nsubj>It-2 cop>is-3] obj>[artists-9 det>the-8] punct>.-10]";

    @Test
    void theNounTheArticleIntroducedANameWithStandsForThatName() {
        assertThat(quotes(DocFixture.article()
                .sentence("Artists/NNS//artist Langlands/NNP/ORGANIZATION Bell/NNP/ORGANIZATION spoke/VBD//speak ./.",
                        "[spoke-4 nsubj>[Bell-3 compound>Artists-1 compound>Langlands-2] punct>.-5]")
                .sentence(OVER_SAID_THE_ARTISTS, OVER_SAID_THE_ARTISTS_DEPS)))
                .containsExactly("It is over -> Langlands Bell [quote/description-introduced-name]");
        assertThat(quotes(DocFixture.article()
                .sentence("Langlands/NNP/ORGANIZATION Bell/NNP/ORGANIZATION spoke/VBD//speak ./.",
                        "[spoke-3 nsubj>[Bell-2 compound>Langlands-1] punct>.-4]")
                .sentence(OVER_SAID_THE_ARTISTS, OVER_SAID_THE_ARTISTS_DEPS)))
                .containsExactly("It is over -> none");
    }

    @Test
    void aNounForOrganizationsStandsForTheOrganizationNamedLast() {
        String before = "Amnesty/NNP/ORGANIZATION criticised/VBD//criticise it/PRP ./.";
        assertThat(quotes(DocFixture.article().sentence(before, null).sentence(
                "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' the/DT organisation/NN said/VBD//say ./.",
                "[said-9 ccomp>[over-4 nsubj>It-2 cop>is-3] nsubj>[organisation-8 det>the-7] punct>.-10]")))
                .containsExactly("It is over -> Amnesty [quote/description-last-organization]");
        assertThat(quotes(DocFixture.article().sentence(before, null).sentence(
                "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' the/DT audience/NN said/VBD//say ./.",
                "[said-9 ccomp>[over-4 nsubj>It-2 cop>is-3] nsubj>[audience-8 det>the-7] punct>.-10]")))
                .containsExactly("It is over -> none");
    }

    @Test
    void aPossessorRightAfterTheVerbIsNotTheSpeaker() {
        assertThat(quotes(DocFixture.article().sentence(
                "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' said/VBD//say Gorbina/NNP/PERSON 's/POS agent/NN Ivan/NNP/PERSON Petrov/NNP/PERSON ./.",
                "[said-7 ccomp>[over-4 nsubj>It-2 cop>is-3] "
                        + "obj>[Petrov-12 compound>[agent-10 nmod:poss>[Gorbina-8 case>'s-9]] compound>Ivan-11] punct>.-13]")))
                .containsExactly("It is over -> Ivan Petrov [quote/reporting-verb]");
        assertThat(quotes(DocFixture.article().sentence(
                "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' said/VBD//say Gorbina/NNP/PERSON 's/POS lawyer/NN ./.",
                "[said-7 ccomp>[over-4 nsubj>It-2 cop>is-3] obj>[lawyer-10 nmod:poss>[Gorbina-8 case>'s-9]] punct>.-11]")))
                .containsExactly("It is over -> none");
    }

    @Test
    void aSpokesmanThatCoreferenceTiedToItsPossessorIsNotThePossessor() {
        String said = "Tony/NNP/PERSON Blair/NNP/PERSON 's/POS spokesman/NN/TITLE said/VBD//say :/: “/`` It/PRP is/VBZ//be over/RB ./. ”/''";
        String deps = "[said-5 nsubj>[spokesman-4 nmod:poss>[Blair-2 compound>Tony-1 case>'s-3]] punct>:-6 "
                + "ccomp>[over-10 nsubj>It-8 cop>is-9]]";
        // coreference put "spokesman" in Blair's chain
        assertThat(quotes(DocFixture.article().sentence(said, deps).coref(new int[] {0, 0, 2}, new int[] {0, 3, 4})))
                .containsExactly("It is over. -> none");
        String own = "Tony/NNP/PERSON Blair/NNP/PERSON said/VBD//say :/: “/`` It/PRP is/VBZ//be over/RB ./. ”/''";
        assertThat(quotes(DocFixture.article().sentence(own,
                "[said-3 nsubj>[Blair-2 compound>Tony-1] punct>:-4 ccomp>[over-8 nsubj>It-6 cop>is-7]]")))
                .containsExactly("It is over. -> Tony Blair [quote/reporting-verb]");
    }

    @Test
    void theObjectOfTellIsTheListenerNotAClauseOfItsOwn() {
        String quote = "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' Errigo/NNP/PERSON told/VBD//tell the/DT BBC/NNP/ORGANIZATION ./.";
        // the parser hung "told" under a word of the quote
        String deps = "[over-4 nsubj>It-2 cop>is-3 dep>[told-8 nsubj>Errigo-7 obj>[BBC-10 det>the-9]] punct>.-11]";
        assertThat(quotes(DocFixture.article().sentence(quote, deps)))
                .containsExactly("It is over -> Errigo [quote/reporting-verb]");
        String said = "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' Errigo/NNP/PERSON said/VBD//say nothing/NN ./.";
        String saidDeps = "[over-4 nsubj>It-2 cop>is-3 dep>[said-8 nsubj>Errigo-7 obj>nothing-9] punct>.-10]";
        assertThat(quotes(DocFixture.article().sentence(said, saidDeps))).containsExactly("It is over -> none");
    }

    @Test
    void thePersonThePhraseAfterTheVerbNamesSaidIt() {
        assertThat(quotes(DocFixture.article().sentence(
                "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' said/VBD//say the/DT Observer/NNP/ORGANIZATION 's/POS Philip/NNP/PERSON French/NNP/PERSON ./.",
                "[said-7 ccomp>[over-4 nsubj>It-2 cop>is-3] obj>[French-12 nmod:poss>[Observer-9 det>the-8 case>'s-10] compound>Philip-11] punct>.-13]")))
                .containsExactly("It is over -> Philip French [quote/reporting-verb]");
        assertThat(quotes(DocFixture.article().sentence(
                "“/`` It/PRP is/VBZ//be over/RB ,/, ”/'' said/VBD//say the/DT Observer/NNP/ORGANIZATION 's/POS critic/NN ./.",
                "[said-7 ccomp>[over-4 nsubj>It-2 cop>is-3] obj>[critic-11 nmod:poss>[Observer-9 det>the-8 case>'s-10]] punct>.-12]")))
                .containsExactly("It is over -> none");
    }
}
