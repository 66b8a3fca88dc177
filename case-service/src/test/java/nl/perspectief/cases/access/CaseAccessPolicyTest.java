package nl.perspectief.cases.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.perspectief.cases.access.CaseAccessPolicy.Acting;
import nl.perspectief.cases.access.CaseAccessPolicy.BreakGlass;
import nl.perspectief.cases.access.CaseAccessPolicy.Part;
import nl.perspectief.cases.access.CaseAccessPolicy.Reading;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CaseStatusView;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;

/** Need-to-know per role and case state, as CaseAccessPolicy decides it. */
class CaseAccessPolicyTest {

    private static final StaffMember DESK = new StaffMember("desk-1", StaffRole.DESK);
    private static final StaffMember ANNA = new StaffMember("anna", StaffRole.MEDIATOR);
    private static final StaffMember BRAM = new StaffMember("bram", StaffRole.MEDIATOR);
    private static final StaffMember COMPLIANCE = new StaffMember("compliance-1", StaffRole.COMPLIANCE);
    private static final StaffMember TRAINER = new StaffMember("trainer-1", StaffRole.TRAINER);
    private static final StaffMember ADMIN = new StaffMember("admin-1", StaffRole.ADMIN);

    private final CaseAccessPolicy policy = new CaseAccessPolicy();

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void letsComplianceReadEveryCaseWholeInEveryState(CaseStatus status) {
        CaseStatusView kase = kase(status, "anna");

        assertThat(policy.toRead(COMPLIANCE, kase, Part.DETAIL, false)).isEqualTo(Reading.WHOLE);
        assertThat(policy.toRead(COMPLIANCE, kase, Part.TIMELINE, false)).isEqualTo(Reading.WHOLE);
    }

    @Test
    void letsComplianceTakeNoStep() {
        assertThat(policy.toAct(COMPLIANCE, true, "anna", false)).isEqualTo(Acting.FORBIDDEN);
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"AWAITING_TRIAGE", "AWAITING_MEDIATOR"})
    void letsTheDeskReadACaseInTriageWhole(CaseStatus status) {
        CaseStatusView kase = kase(status, null);

        assertThat(policy.toRead(DESK, kase, Part.DETAIL, false)).isEqualTo(Reading.WHOLE);
        assertThat(policy.toRead(DESK, kase, Part.TIMELINE, false)).isEqualTo(Reading.WHOLE);
        assertThat(policy.seesListItemWhole(DESK, status)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"IN_PROGRESS", "CLOSED", "DECLINED"})
    void showsTheDeskOnlyStatusAndMediatorOnceACaseLeftTriage(CaseStatus status) {
        CaseStatusView kase = kase(status, status == CaseStatus.DECLINED ? null : "anna");

        assertThat(policy.toRead(DESK, kase, Part.DETAIL, false)).isEqualTo(Reading.STATUS_AND_MEDIATOR);
        assertThat(policy.toRead(DESK, kase, Part.TIMELINE, false)).isEqualTo(Reading.AS_IF_ABSENT);
        assertThat(policy.seesListItemWhole(DESK, status)).isFalse();
    }

    @Test
    void letsTheDeskSendStepsForTheCaseToDecide() {
        assertThat(policy.toAct(DESK, true, "anna", false)).isEqualTo(Acting.LET_THE_CASE_DECIDE);
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"IN_PROGRESS", "CLOSED"})
    void letsAMediatorReadAndActOnTheirOwnCase(CaseStatus status) {
        CaseStatusView kase = kase(status, "anna");

        assertThat(policy.toRead(ANNA, kase, Part.DETAIL, false)).isEqualTo(Reading.WHOLE);
        assertThat(policy.toRead(ANNA, kase, Part.TIMELINE, false)).isEqualTo(Reading.WHOLE);
        assertThat(policy.toAct(ANNA, true, "anna", false)).isEqualTo(Acting.LET_THE_CASE_DECIDE);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void hidesAColleaguesCaseFromAMediatorAsIfItDidNotExist(CaseStatus status) {
        CaseStatusView kase = kase(status, status == CaseStatus.IN_PROGRESS || status == CaseStatus.CLOSED ? "anna" : null);

        assertThat(policy.toRead(BRAM, kase, Part.DETAIL, false)).isEqualTo(Reading.AS_IF_ABSENT);
        assertThat(policy.toRead(BRAM, kase, Part.TIMELINE, false)).isEqualTo(Reading.AS_IF_ABSENT);
        assertThat(policy.toAct(BRAM, true, kase.mediatorId(), false)).isEqualTo(Acting.AS_IF_ABSENT);
    }

    @Test
    void answersAMediatorsStepOnNoCaseAsOnAColleaguesCase() {
        assertThat(policy.toAct(BRAM, false, null, false)).isEqualTo(policy.toAct(BRAM, true, "anna", false));
    }

    @Test
    void letsAMediatorWithABreakGlassGrantReadAColleaguesCaseButNotActOnIt() {
        CaseStatusView kase = kase(CaseStatus.IN_PROGRESS, "anna");

        assertThat(policy.toRead(BRAM, kase, Part.DETAIL, true)).isEqualTo(Reading.WHOLE_BY_BREAK_GLASS);
        assertThat(policy.toRead(BRAM, kase, Part.TIMELINE, true)).isEqualTo(Reading.WHOLE_BY_BREAK_GLASS);
        assertThat(policy.toAct(BRAM, true, "anna", true)).isEqualTo(Acting.BREAK_GLASS_IS_READ_ONLY);
    }

    @Test
    void grantsBreakGlassForAColleaguesCaseOnly() {
        assertThat(policy.toBreakGlass(BRAM, kase(CaseStatus.IN_PROGRESS, "anna"))).isEqualTo(BreakGlass.GRANTABLE);
        assertThat(policy.toBreakGlass(ANNA, kase(CaseStatus.IN_PROGRESS, "anna"))).isEqualTo(BreakGlass.NOT_NEEDED);
        assertThat(policy.toBreakGlass(BRAM, null)).isEqualTo(BreakGlass.AS_IF_ABSENT);
        assertThat(policy.toBreakGlass(DESK, kase(CaseStatus.IN_PROGRESS, "anna"))).isEqualTo(BreakGlass.FORBIDDEN);
    }

    @Test
    void keepsAMediatorsListToTheirOwnCasesWhateverTheyAskFor() {
        assertThat(policy.toList(ANNA, null, false).mediatorId()).isEqualTo("anna");
        assertThat(policy.toList(ANNA, "anna", true).mediatorId()).isEqualTo("anna");
        assertThat(policy.toList(ANNA, "bram", false).none()).isTrue();
        assertThat(policy.toList(DESK, "bram", false).mediatorId()).isEqualTo("bram");
        assertThat(policy.toList(COMPLIANCE, null, true).mediatorId()).isNull();
        assertThat(policy.toList(COMPLIANCE, null, true).none()).isFalse();
        assertThat(policy.toList(COMPLIANCE, null, true).onlyStatuses()).isEmpty();
    }

    @Test
    void filtersTheDesksListByCategoryOrDeadlineOnlyAmongCasesInTriage() {
        assertThat(policy.toList(DESK, null, true).onlyStatuses())
                .containsExactlyInAnyOrder(CaseStatus.AWAITING_TRIAGE, CaseStatus.AWAITING_MEDIATOR);
        assertThat(policy.toList(DESK, null, false).onlyStatuses()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void showsTrainersAndAdministratorsNoCaseContent(CaseStatus status) {
        CaseStatusView kase = kase(status, "anna");

        for (StaffMember who : new StaffMember[] {TRAINER, ADMIN}) {
            assertThat(policy.toRead(who, kase, Part.DETAIL, false)).isEqualTo(Reading.FORBIDDEN);
            assertThat(policy.toRead(who, kase, Part.TIMELINE, true)).isEqualTo(Reading.FORBIDDEN);
            assertThat(policy.toList(who, null, false).forbidden()).isTrue();
            assertThat(policy.toAct(who, true, "anna", false)).isEqualTo(Acting.FORBIDDEN);
        }
    }

    @Test
    void answersACaseThatDoesNotExistAsAbsentToEveryoneWhoMayReadCases() {
        for (StaffMember who : new StaffMember[] {DESK, ANNA, COMPLIANCE}) {
            assertThat(policy.toRead(who, null, Part.DETAIL, false)).isEqualTo(Reading.AS_IF_ABSENT);
        }
    }

    private static CaseStatusView kase(CaseStatus status, String mediatorId) {
        return new CaseStatusView(UUID.randomUUID(), "PH-2026-00042", status, mediatorId, 3);
    }
}
