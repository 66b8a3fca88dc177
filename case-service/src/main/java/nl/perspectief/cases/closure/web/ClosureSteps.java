package nl.perspectief.cases.closure.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.closure.api.CloseCaseCommand;
import nl.perspectief.cases.closure.api.RecordAftercareContactCommand;
import nl.perspectief.cases.closure.api.ReopenCaseCommand;
import nl.perspectief.cases.closure.api.ShareOutcomeCommand;
import nl.perspectief.cases.closure.web.ClosureRequests.AftercareContactRequest;
import nl.perspectief.cases.closure.web.ClosureRequests.ClosureRequest;
import nl.perspectief.cases.closure.web.ClosureRequests.OutcomeShareRequest;
import nl.perspectief.cases.closure.web.ClosureRequests.ReopenRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseSteps;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The one way in for the steps of closing a case, sharing its outcome, aftercare and reopening, for the API and the
 * pages alike: each step made into its command from the request, with the ids and the moment this layer gives it, and
 * sent through {@link CaseSteps}.
 */
@Component
class ClosureSteps {

    private final CaseSteps steps;

    ClosureSteps(CaseSteps steps) {
        this.steps = steps;
    }

    CaseCommandAnswer close(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            ClosureRequest body) {
        return steps.send(request, caseId, version,
                new CloseCaseCommand(CaseId.of(caseId), version.value(), body.outcome(), body.note(), by, steps.now()));
    }

    CaseCommandAnswer shareOutcome(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            OutcomeShareRequest body) {
        UUID shareId = steps.newId();
        return steps.send(request, caseId, version,
                new ShareOutcomeCommand(CaseId.of(caseId), version.value(), shareId, body.recipient(), body.form(),
                body.content(),
                body.sharedAt(), by, steps.now())).withOutcomeShare(shareId);
    }

    CaseCommandAnswer aftercareContact(HttpServletRequest request, StaffMember by, UUID caseId,
            ExpectedVersion version, AftercareContactRequest body) {
        return steps.send(request, caseId, version,
                new RecordAftercareContactCommand(CaseId.of(caseId), version.value(), PartyId.of(body.partyId()),
                body.summary(), by, steps.now()));
    }

    CaseCommandAnswer reopen(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            ReopenRequest body) {
        return steps.send(request, caseId, version,
                new ReopenCaseCommand(CaseId.of(caseId), version.value(), body.reason(), by, steps.now()));
    }
}
