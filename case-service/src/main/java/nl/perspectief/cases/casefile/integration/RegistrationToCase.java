package nl.perspectief.cases.casefile.integration;

import nl.perspectief.cases.casefile.api.CaseId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.ApplicantRole;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.ContactChannel;
import nl.perspectief.cases.casefile.api.CriminalProceedings;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.IncidentCategory;
import nl.perspectief.cases.opening.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.PostalAddress;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.Story;
import nl.perspectief.events.intake.v1.RegistrationSource;
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
                CaseId.of(caseIdOf(registration.registrationId())),
                registration.registrationId(),
                registration.reference(),
                sourceOf(registration.source()),
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
        return new Applicant(applicant.subjectId(), roleOf(applicant.role()), applicant.fullName(), applicant.email(),
                applicant.phone(),
                address == null ? null
                        : new PostalAddress(address.street(), address.postalCode(), address.city(), address.country()),
                channelOf(applicant.preferredChannel()), applicant.safeToLeaveMessages(), applicant.minor());
    }

    private static OtherParty otherPartyOf(RegistrationSubmitted.OtherParty otherParty) {
        return otherParty == null ? null
                : new OtherParty(otherParty.subjectId(), otherParty.known(), otherParty.fullName(),
                otherParty.relationship());
    }

    private static Incident incidentOf(RegistrationSubmitted.Incident incident) {
        return incident == null ? null
                : new Incident(categoryOf(incident.category()), incident.approximateDate(),
                incident.policeReportFiled(),
                proceedingsOf(incident.criminalProceedings()));
    }

    private static Referrer referrerOf(RegistrationSubmitted.Referrer referrer) {
        return referrer == null ? null
                : new Referrer(referrer.subjectId(), referrer.organisation(), referrer.fullName(), referrer.email(),
                referrer.phone(), referrer.clientConsentConfirmed());
    }

    // intake's words mapped to the case's one by one: a word intake adds to its contract does not compile here
    // until someone decides what it means for a case, and the case's stored events never name intake's types

    private static CaseSource sourceOf(RegistrationSource source) {
        return source == null ? null : switch (source) {
            case WEBSITE -> CaseSource.WEBSITE;
        };
    }

    private static ApplicantRole roleOf(nl.perspectief.events.intake.v1.ApplicantRole role) {
        return role == null ? null : switch (role) {
            case VICTIM -> ApplicantRole.VICTIM;
            case BEREAVED_RELATIVE -> ApplicantRole.BEREAVED_RELATIVE;
            case OFFENDER -> ApplicantRole.OFFENDER;
            case CAUSED_ACCIDENT -> ApplicantRole.CAUSED_ACCIDENT;
            case FAMILY_MEMBER -> ApplicantRole.FAMILY_MEMBER;
            case WITNESS -> ApplicantRole.WITNESS;
            case OTHER -> ApplicantRole.OTHER;
        };
    }

    private static ContactChannel channelOf(nl.perspectief.events.intake.v1.ContactChannel channel) {
        return channel == null ? null : switch (channel) {
            case EMAIL -> ContactChannel.EMAIL;
            case PHONE -> ContactChannel.PHONE;
            case POST -> ContactChannel.POST;
        };
    }

    private static IncidentCategory categoryOf(nl.perspectief.events.intake.v1.IncidentCategory category) {
        return category == null ? null : switch (category) {
            case SEXUAL_TRANSGRESSION -> IncidentCategory.SEXUAL_TRANSGRESSION;
            case NUDE_IMAGE_LEAK -> IncidentCategory.NUDE_IMAGE_LEAK;
            case THREAT_OR_INTIMIDATION -> IncidentCategory.THREAT_OR_INTIMIDATION;
            case THEFT_OR_FRAUD -> IncidentCategory.THEFT_OR_FRAUD;
            case TRAFFIC_ACCIDENT -> IncidentCategory.TRAFFIC_ACCIDENT;
            case VIOLENCE -> IncidentCategory.VIOLENCE;
            case HOMICIDE -> IncidentCategory.HOMICIDE;
            case SPORTS_TRANSGRESSION -> IncidentCategory.SPORTS_TRANSGRESSION;
            case OTHER -> IncidentCategory.OTHER;
        };
    }

    private static CriminalProceedings proceedingsOf(nl.perspectief.events.intake.v1.CriminalProceedings proceedings) {
        return proceedings == null ? null : switch (proceedings) {
            case NONE -> CriminalProceedings.NONE;
            case INVESTIGATION -> CriminalProceedings.INVESTIGATION;
            case AWAITING_TRIAL -> CriminalProceedings.AWAITING_TRIAL;
            case CONVICTED -> CriminalProceedings.CONVICTED;
            case UNKNOWN -> CriminalProceedings.UNKNOWN;
        };
    }

    private RegistrationToCase() {
    }
}
