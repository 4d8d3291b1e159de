package org.newskg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extraction.Extraction;
import org.newskg.extraction.Role;

/**
 * The rules of roles in time (rules/role-status.tokensregex, PastRoles) on hand-made sentences, without
 * models: each one a sentence it must read and one it must not. Roles are shown as "holder status title
 * [in organization] [rule]".
 */
class RoleRulesTest {
    private static List<String> roles(DocFixture doc) {
        DocumentContext ctx = doc.context();
        Facts f = new Facts();
        new RoleStatusExtractor().extract(ctx, f);
        return f.roles.stream().map(r -> show(ctx.resolution(), r)).toList();
    }

    private static String show(Resolution res, Role r) {
        return res.entity(r.holder()).name() + " " + r.status().localName().toLowerCase() + " " + r.title()
                + (r.organization() == null ? "" : " in " + res.entity(r.organization()).name())
                + " [" + r.provenance().extractor() + "]";
    }

    @Test
    void aStatusWordBeforeATitleAndANameGivesTheRoleItsStatus() {
        DocFixture former = DocFixture.article().sentence(
                "Former/JJ union/NN leader/NN/TITLE Bill/NNP/PERSON Morris/NNP/PERSON accused/VBD//accuse them/PRP ./.", null);
        assertThat(roles(former)).containsExactly("Bill Morris former union leader [role/status-before-name]");
        DocFixture acting = DocFixture.article().sentence(
                "The/DT acting/JJ chairman/NN/TITLE John/NNP/PERSON Smith/NNP/PERSON resigned/VBD//resign ./.", null);
        assertThat(roles(acting)).containsExactly("John Smith acting chairman [role/status-before-name]");
        DocFixture team = DocFixture.article().sentence(
                "He/PRP worked/VBD//work with/IN Wolves/NNP/ORGANIZATION caretaker/NN boss/NN Stuart/NNP/PERSON Gray/NNP/PERSON ./.",
                null);
        assertThat(roles(team)).containsExactly("Stuart Gray interim boss in Wolves [role/status-before-name]");
        DocFixture plain = DocFixture.article().sentence(
                "Union/NN leader/NN/TITLE Bill/NNP/PERSON Morris/NNP/PERSON accused/VBD//accuse them/PRP ./.", null);
        assertThat(roles(plain)).isEmpty();
        DocFixture noPerson = DocFixture.article().sentence(
                "He/PRP returned/VBD//return to/TO his/PRP$ former/JJ club/NN Southampton/NNP/ORGANIZATION ./.", null);
        assertThat(roles(noPerson)).isEmpty();
    }

    @Test
    void theTokenizersSplitPrefixStillMarksAPastRoleAndANameInItIsTheOrganization() {
        DocFixture then = DocFixture.article().sentence(
                "He/PRP advised/VBD//advise then/RB -/HYPH US/NNP/COUNTRY secretary/NN/TITLE of/IN/TITLE state/NN/TITLE "
                        + "George/NNP/PERSON Shultz/NNP/PERSON ./.", null);
        assertThat(roles(then)).containsExactly(
                "George Shultz former secretary of state in United States [role/status-before-name]");
        DocFixture dash = DocFixture.article().sentence(
                "He/PRP advised/VBD//advise US/NNP/COUNTRY secretary/NN/TITLE of/IN/TITLE state/NN/TITLE -/HYPH "
                        + "George/NNP/PERSON Shultz/NNP/PERSON ./.", null);
        assertThat(roles(dash)).isEmpty();
    }

    @Test
    void aStatusRoleInAnAppositionOrAfterACopulaIsTheNamesAndNamesItsOrganization() {
        DocFixture appos = DocFixture.article().sentence(
                "Stanley/NNP/PERSON Fischer/NNP/PERSON ,/, a/DT former/JJ IMF/NNP/ORGANIZATION official/NN ,/, "
                        + "spoke/VBD//speak ./.", null);
        assertThat(roles(appos)).containsExactly("Stanley Fischer former official in International Monetary Fund [role/status-of-name]");
        DocFixture copula = DocFixture.article().sentence(
                "Fischer/NNP/PERSON is/VBZ//be the/DT interim/JJ chairman/NN/TITLE of/IN Yukos/NNP/ORGANIZATION ./.", null);
        assertThat(roles(copula)).containsExactly("Fischer interim chairman in Yukos [role/status-of-name]");
        // "a former Eton pupil and joint leader of the hunt": the status is the first title's alone
        DocFixture both = DocFixture.article().sentence(
                "Ferry/NNP/PERSON ,/, a/DT former/JJ Eton/NNP/ORGANIZATION pupil/NN and/CC joint/JJ leader/NN/TITLE "
                        + "of/IN the/DT hunt/NN ,/, spoke/VBD//speak ./.", null);
        assertThat(roles(both)).containsExactly("Ferry former pupil in Eton [role/status-of-name]");
        DocFixture current = DocFixture.article().sentence(
                "Stanley/NNP/PERSON Fischer/NNP/PERSON ,/, a/DT senior/JJ IMF/NNP/ORGANIZATION official/NN ,/, "
                        + "spoke/VBD//speak ./.", null);
        assertThat(roles(current)).isEmpty();
    }

    @Test
    void aTitleAPersonHadWhenTheClauseWasPastIsAPastRole() {
        DocFixture when = DocFixture.article().sentence(
                "He/PRP tried/VBD//try it/PRP when/WRB Howard/NNP/PERSON was/VBD//be Home/NNP/TITLE Secretary/NNP/TITLE ./.",
                null);
        assertThat(roles(when)).containsExactly("Howard former Home Secretary [role/past-tense-role]");
        DocFixture young = DocFixture.article().sentence(
                "He/PRP tried/VBD//try it/PRP when/WRB Howard/NNP/PERSON was/VBD//be young/JJ ./.", null);
        assertThat(roles(young)).isEmpty();
    }

    @Test
    void aFormerRoleIsNoCurrentFactWhicheverRuleStatedItButAnActingOneIs() {
        Extraction former = DocFixture.article().sentence(
                        "Former/JJ union/NN leader/NN/TITLE Bill/NNP/PERSON Morris/NNP/PERSON accused/VBD//accuse them/PRP ./.",
                        null)
                .kbp(3, 5, "per:title", 2, 3, 0.9).extraction();
        assertThat(former.relations()).noneMatch(r -> r.object().endsWith("leader"));
        assertThat(former.roles()).hasSize(1);
        Extraction acting = DocFixture.article().sentence(
                        "Acting/JJ union/NN leader/NN/TITLE Bill/NNP/PERSON Morris/NNP/PERSON accused/VBD//accuse them/PRP ./.",
                        null)
                .kbp(3, 5, "per:title", 2, 3, 0.9).extraction();
        assertThat(acting.relations()).anyMatch(r -> r.object().endsWith("leader"));
    }
}
