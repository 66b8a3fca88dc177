package nl.perspectief.cases.opening.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.api.Story;
import nl.perspectief.cases.opening.api.OpenCaseByDeskCommand;
import nl.perspectief.cases.opening.web.OpeningRequests.ApplicantRequest;
import nl.perspectief.cases.opening.web.OpeningRequests.OpenCaseRequest;
import nl.perspectief.cases.opening.web.OpeningRequests.ReferrerRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseCommandRequests;
import nl.perspectief.cases.steps.CaseSteps;
import nl.perspectief.cases.steps.IdempotencyKey;

/**
 * The one way in for the desk's opening of a case from a phone call or an e-mail, for the API and the pages alike:
 * the ids of the case and its people made here, never taken from the client, and the request's hash kept with its
 * idempotency key so that a repeat opens nothing new.
 */
@Component
class OpeningSteps {

    private static final JsonMapper REQUEST_JSON = JsonMapper.builder().build();

    private final CaseSteps steps;

    OpeningSteps(CaseSteps steps) {
        this.steps = steps;
    }

    CaseCommandAnswer open(HttpServletRequest request, StaffMember by, IdempotencyKey key, OpenCaseRequest body) {
        UUID caseId = steps.newId();
        UUID applicantId = steps.newId();
        UUID otherPartyId = body.otherParty() == null ? null : steps.newId();
        request.setAttribute(CaseSteps.CREATED_CASE, caseId);
        return steps.open(request, new OpenCaseByDeskCommand(CaseId.of(caseId), body.source().source(),
                body.receivedAt(),
                steps.now(), applicant(applicantId, body.applicant()), otherParty(otherPartyId, body), incident(body),
                story(applicantId, body.story()), referrer(body.referrer()), by,
                key.value(), key.value() == null ? null : sha256Of(body)));
    }

    /**
     * The hash of the request as parsed, so a repeat that differs only in whitespace or field order still
     * matches. Written by a mapper of its own: the hash must not change with the web's JSON settings.
     */
    private static String sha256Of(OpenCaseRequest body) {
        try {
            byte[] canonical = REQUEST_JSON.writeValueAsBytes(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Applicant applicant(UUID subjectId, ApplicantRequest a) {
        return new Applicant(subjectId, a.role(), a.fullName(), a.email(), a.phone(),
                CaseCommandRequests.postalAddress(a.postalAddress()), a.preferredChannel(), a.safeToLeaveMessages(),
                a.minor());
    }

    private static OtherParty otherParty(UUID subjectId, OpenCaseRequest body) {
        return body.otherParty() == null ? null : new OtherParty(subjectId, body.otherParty().known(),
                body.otherParty().fullName(), body.otherParty().relationship());
    }

    private static Incident incident(OpenCaseRequest body) {
        return new Incident(body.incident().category(), body.incident().approximateDate(),
                body.incident().policeReportFiled(), body.incident().criminalProceedings());
    }

    private static Story story(UUID tellerId, String text) {
        return text == null || text.isBlank() ? null : new Story(tellerId, text);
    }

    private Referrer referrer(ReferrerRequest r) {
        return r == null ? null : new Referrer(steps.newId(), r.organisation(), r.fullName(), r.email(), r.phone(),
                r.clientConsentConfirmed());
    }
}
