package nl.perspectief.cases.consent.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.ConsentId;
import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.consent.api.RecordConsentCommand;
import nl.perspectief.cases.consent.api.WithdrawConsentCommand;
import nl.perspectief.cases.consent.web.ConsentRequests.ConsentRequest;
import nl.perspectief.cases.consent.web.ConsentRequests.WithdrawalRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseSteps;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The one way in for the steps of the consents of a case: recording and withdrawing them, for the API and the pages
 * alike: each step made into its command from the request, with the ids and the moment this layer gives it, and sent
 * through {@link CaseSteps}.
 */
@Component
class ConsentSteps {

    private final CaseSteps steps;

    ConsentSteps(CaseSteps steps) {
        this.steps = steps;
    }

    CaseCommandAnswer recordConsent(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            ConsentRequest body) {
        UUID consentId = steps.newId();
        CaseCommandAnswer answer = steps.send(request, caseId, version,
                new RecordConsentCommand(CaseId.of(caseId), version.value(), ConsentId.of(consentId),
                PartyId.of(body.partyId()), body.purpose(), body.form(),
                body.recipient(), body.method(), body.givenAt(), by, steps.now()));
        // a consent that was already active keeps its first id; this one was never recorded
        return answer.changed() ? answer.withConsent(consentId) : answer;
    }

    CaseCommandAnswer withdrawConsent(HttpServletRequest request, StaffMember by, UUID caseId, UUID consentId,
            ExpectedVersion version, WithdrawalRequest body) {
        return steps.send(request, caseId, version,
                new WithdrawConsentCommand(CaseId.of(caseId), version.value(), ConsentId.of(consentId),
                body == null ? null : body.reason(), by,
                steps.now()));
    }
}
