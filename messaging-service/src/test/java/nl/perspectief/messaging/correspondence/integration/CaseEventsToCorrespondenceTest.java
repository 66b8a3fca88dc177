package nl.perspectief.messaging.correspondence.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.deadletters.PoisonRecordException;
import nl.perspectief.events.cases.v1.MediatorAssigned;
import nl.perspectief.events.cases.v1.MessageExchangeClosed;
import nl.perspectief.events.cases.v1.MessageExchangeOpened;
import nl.perspectief.events.cases.v1.MessageExchangeResumed;
import nl.perspectief.events.cases.v1.MessageExchangeSuspended;
import nl.perspectief.events.cases.v1.PartySide;
import nl.perspectief.messaging.correspondence.api.CloseCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.OpenCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.ResumeCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.SetCorrespondenceMediatorCommand;
import nl.perspectief.messaging.correspondence.api.SuspendCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.SuspensionReason;

/** case-service's words on its topic become the correspondence's commands, each naming its case and exchange. */
class CaseEventsToCorrespondenceTest {

    private static final Instant AT = Instant.parse("2026-06-02T10:00:00Z");
    private final UUID caseId = UUID.randomUUID();
    private final UUID exchange = UUID.randomUUID();
    private final UUID gaby = UUID.randomUUID();
    private final UUID uncle = UUID.randomUUID();

    @Test
    void opensTheCorrespondenceBetweenTheApplicantAndTheOtherPartyWithTheExchangesMediator() {
        var opened = new MessageExchangeOpened(caseId, exchange, "mediator-marieke", List.of(
                new MessageExchangeOpened.Party(uncle, PartySide.OTHER_PARTY),
                new MessageExchangeOpened.Party(gaby, PartySide.APPLICANT)), AT);

        assertThat(CaseEventsToCorrespondence.commandFor(opened))
                .contains(new OpenCorrespondenceCommand(caseId, exchange, gaby, uncle, "mediator-marieke", AT));
    }

    @Test
    void followsTheMediatorAndTheExchangesSuspensionResumptionAndClosure() {
        assertThat(CaseEventsToCorrespondence.commandFor(new MediatorAssigned(caseId, "mediator-joost", null, AT)))
                .contains(new SetCorrespondenceMediatorCommand(caseId, "mediator-joost", AT));
        assertThat(CaseEventsToCorrespondence.commandFor(
                new MessageExchangeSuspended(caseId, exchange, nl.perspectief.events.cases.v1.SuspensionReason.CONSENT_WITHDRAWN, AT)))
                .contains(new SuspendCorrespondenceCommand(caseId, exchange, SuspensionReason.CONSENT_WITHDRAWN, AT));
        assertThat(CaseEventsToCorrespondence.commandFor(new MessageExchangeResumed(caseId, exchange, AT)))
                .contains(new ResumeCorrespondenceCommand(caseId, exchange, AT));
        assertThat(CaseEventsToCorrespondence.commandFor(new MessageExchangeClosed(caseId, exchange, AT)))
                .contains(new CloseCorrespondenceCommand(caseId, exchange, AT));
    }

    @Test
    void refusesAnOpeningThatNamesNoOtherParty() {
        var opened = new MessageExchangeOpened(caseId, exchange, "mediator-marieke", List.of(
                new MessageExchangeOpened.Party(gaby, PartySide.APPLICANT)), AT);

        assertThatThrownBy(() -> CaseEventsToCorrespondence.commandFor(opened))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("OTHER_PARTY");
    }
}
