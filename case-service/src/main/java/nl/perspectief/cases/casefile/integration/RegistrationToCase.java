package nl.perspectief.cases.casefile.integration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.PostalAddress;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.Story;
import nl.perspectief.events.intake.v1.RegistrationSubmitted;

/** Translates intake's published language into the case's own commands. */
final class RegistrationToCase {

    // changing this prefix would give every registration a second case: it is part of the data
    private static final String CASE_ID_NAMESPACE = "perspectief:case-of-registration:";

    /** The same registration always gives the same case id, so a redelivery opens nothing new. */
    static UUID caseIdOf(UUID registrationId) {
        return UUID.nameUUIDFromBytes((CASE_ID_NAMESPACE + registrationId).getBytes(StandardCharsets.UTF_8));
    }

    static OpenCaseFromRegistrationCommand openCase(RegistrationSubmitted registration, Instant openedAt) {
        RegistrationSubmitted.Applicant applicant = registration.applicant();
        return new OpenCaseFromRegistrationCommand(
                caseIdOf(registration.registrationId()),
                registration.registrationId(),
                registration.reference(),
                registration.source(),
                registration.submittedAt(),
                openedAt,
                applicantOf(applicant),
                otherPartyOf(registration.otherParty()),
                incidentOf(registration.incident()),
                registration.story() == null || applicant == null
                        ? null
                        : new Story(applicant.subjectId(), registration.story()),
                referrerOf(registration.referrer()));
    }

    private static Applicant applicantOf(RegistrationSubmitted.Applicant applicant) {
        if (applicant == null) {
            return null;
        }
        RegistrationSubmitted.PostalAddress address = applicant.postalAddress();
        return new Applicant(applicant.subjectId(), applicant.role(), applicant.fullName(), applicant.email(),
                applicant.phone(),
                address == null ? null
                        : new PostalAddress(address.street(), address.postalCode(), address.city(), address.country()),
                applicant.preferredChannel(), applicant.safeToLeaveMessages(), applicant.minor());
    }

    private static OtherParty otherPartyOf(RegistrationSubmitted.OtherParty otherParty) {
        return otherParty == null ? null
                : new OtherParty(otherParty.subjectId(), otherParty.known(), otherParty.fullName(),
                otherParty.relationship());
    }

    private static Incident incidentOf(RegistrationSubmitted.Incident incident) {
        return incident == null ? null
                : new Incident(incident.category(), incident.approximateDate(), incident.policeReportFiled(),
                incident.criminalProceedings());
    }

    private static Referrer referrerOf(RegistrationSubmitted.Referrer referrer) {
        return referrer == null ? null
                : new Referrer(referrer.subjectId(), referrer.organisation(), referrer.fullName(), referrer.email(),
                referrer.phone(), referrer.clientConsentConfirmed());
    }

    private RegistrationToCase() {
    }
}
