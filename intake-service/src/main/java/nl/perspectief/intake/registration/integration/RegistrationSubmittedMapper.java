package nl.perspectief.intake.registration.integration;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.events.EventTypes;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.intake.v1.RegistrationSubmitted;
import nl.perspectief.intake.registration.api.Applicant;
import nl.perspectief.intake.registration.api.OtherParty;
import nl.perspectief.intake.registration.api.PostalAddress;
import nl.perspectief.intake.registration.api.Referrer;
import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;
import tools.jackson.databind.json.JsonMapper;

/** Translates the domain event into the published language; the only place that knows both. */
final class RegistrationSubmittedMapper {

    static final String PRODUCER = "intake-service";
    static final int SCHEMA_VERSION = 1;
    /** A mapper of its own: the contract's JSON must not change with the web's settings. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String toJson(Envelope<RegistrationSubmitted> envelope) {
        return JSON.writeValueAsString(envelope);
    }

    static Envelope<RegistrationSubmitted> toEnvelope(RegistrationSubmittedEvent event, UUID eventId, Instant occurredAt,
                                                      UUID correlationId, UUID causationId) {
        return new Envelope<>(eventId, EventTypes.REGISTRATION_SUBMITTED_V1, SCHEMA_VERSION, occurredAt,
                correlationId, causationId, PRODUCER, toPayload(event));
    }

    static RegistrationSubmitted toPayload(RegistrationSubmittedEvent event) {
        var incident = event.incident();
        return new RegistrationSubmitted(event.registrationId(), event.reference(), event.submittedAt(), event.source(),
                applicant(event.applicant()),
                new RegistrationSubmitted.Incident(incident.category(), incident.approximateDate(),
                        incident.policeReportFiled(), incident.criminalProceedings()),
                otherParty(event.otherParty()),
                event.applicant().story(),
                referrer(event.referrer()));
    }

    private static RegistrationSubmitted.Applicant applicant(Applicant applicant) {
        return new RegistrationSubmitted.Applicant(applicant.subjectId(), applicant.role(), applicant.fullName(),
                applicant.email(), applicant.phone(), postalAddress(applicant.postalAddress()),
                applicant.preferredChannel(), applicant.safeToLeaveMessages(), applicant.minor());
    }

    private static RegistrationSubmitted.PostalAddress postalAddress(PostalAddress address) {
        return address == null ? null
                : new RegistrationSubmitted.PostalAddress(address.street(), address.postalCode(), address.city(),
                        address.country());
    }

    private static RegistrationSubmitted.OtherParty otherParty(OtherParty otherParty) {
        return new RegistrationSubmitted.OtherParty(otherParty.subjectId(), otherParty.known(), otherParty.fullName(),
                otherParty.relationship());
    }

    private static RegistrationSubmitted.Referrer referrer(Referrer referrer) {
        return referrer == null ? null
                : new RegistrationSubmitted.Referrer(referrer.subjectId(), referrer.organisation(), referrer.fullName(),
                        referrer.email(), referrer.phone(), referrer.clientConsentConfirmed());
    }

    private RegistrationSubmittedMapper() {
    }
}
