package nl.perspectief.cases.triage.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseSteps;
import nl.perspectief.cases.steps.ExpectedVersion;
import nl.perspectief.cases.triage.api.AcceptCaseCommand;
import nl.perspectief.cases.triage.api.AssignMediatorCommand;
import nl.perspectief.cases.triage.api.DeclineCaseCommand;
import nl.perspectief.cases.triage.api.LinkCaseCommand;
import nl.perspectief.cases.triage.web.TriageRequests.AssignMediatorRequest;
import nl.perspectief.cases.triage.web.TriageRequests.DeclineRequest;
import nl.perspectief.cases.triage.web.TriageRequests.LinkRequest;

/**
 * The one way in for the steps of the desk's triage of a case: accept, decline, link, assign a mediator, for the API
 * and the pages alike: each step made into its command from the request, with the ids and the moment this layer gives
 * it, and sent through {@link CaseSteps}.
 */
@Component
class TriageSteps {

    private final CaseSteps steps;

    TriageSteps(CaseSteps steps) {
        this.steps = steps;
    }

    CaseCommandAnswer accept(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version) {
        return steps.send(request, caseId, version,
                new AcceptCaseCommand(CaseId.of(caseId), version.value(), by, steps.now()));
    }

    CaseCommandAnswer decline(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            DeclineRequest body) {
        return steps.send(request, caseId, version,
                new DeclineCaseCommand(CaseId.of(caseId), version.value(), body.reason(), by, steps.now()));
    }

    CaseCommandAnswer link(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            LinkRequest body) {
        return steps.send(request, caseId, version,
                new LinkCaseCommand(CaseId.of(caseId), version.value(), CaseId.of(body.linkedCaseId()),
                body.linkType(), by, steps.now()));
    }

    CaseCommandAnswer assignMediator(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            AssignMediatorRequest body) {
        return steps.send(request, caseId, version,
                new AssignMediatorCommand(CaseId.of(caseId), version.value(), body.mediatorId(), by, steps.now()));
    }
}
