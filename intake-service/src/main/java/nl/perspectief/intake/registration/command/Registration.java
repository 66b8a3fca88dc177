package nl.perspectief.intake.registration.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import nl.perspectief.events.intake.v1.RegistrationSource;
import nl.perspectief.intake.registration.api.Applicant;
import nl.perspectief.intake.registration.api.Incident;
import nl.perspectief.intake.registration.api.OtherParty;
import nl.perspectief.intake.registration.api.Referrer;
import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;
import nl.perspectief.intake.registration.api.SubmitRegistrationCommand;

/**
 * One registration for mediation. It is created by {@link RegistrationSubmission}, which allocates
 * the human reference in the same transaction; the aggregate itself decides whether the
 * registration is acceptable, with everything it needs on the command.
 */
@Aggregate
class Registration {

    /**
     * The latest time zone on earth: a date that is still in the future there is in the future
     * everywhere, so the rule never refuses what the web layer (in the organisation's zone) accepted.
     */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    @AggregateIdentifier
    private UUID registrationId;

    Registration(SubmitRegistrationCommand command, String reference) {
        refuseIfUnacceptable(command);
        apply(new RegistrationSubmittedEvent(command.registrationId(), reference, command.submittedAt(),
                RegistrationSource.WEBSITE, command.applicant(), command.incident(), command.otherParty(),
                command.referrer()));
    }

    /**
     * The registration's rules, each refusal its own exception. {@link RegistrationSubmission} asks before it takes a
     * reference, so a refused registration uses no number; the constructor asks again, so no other way in skips them.
     */
    static void refuseIfUnacceptable(SubmitRegistrationCommand command) {
        requirePrivacyStatementAccepted(command);
        requireReachable(command.applicant());
        requireDetailForPreferredChannel(command.applicant());
        requireConsistentOtherParty(command.otherParty());
        requireClientConsent(command.referrer());
        requirePlausibleIncidentDate(command.incident(), command.submittedAt().atOffset(LATEST_ZONE).toLocalDate());
    }

    private static void requirePrivacyStatementAccepted(SubmitRegistrationCommand command) {
        if (!command.privacyStatementAccepted()) {
            throw new PrivacyStatementNotAcceptedException();
        }
    }

    private static void requireReachable(Applicant applicant) {
        if (!applicant.hasEmail() && !applicant.hasPhone() && !applicant.hasPostalAddress()) {
            throw new ApplicantUnreachableException();
        }
    }

    private static void requireDetailForPreferredChannel(Applicant applicant) {
        boolean present = switch (applicant.preferredChannel()) {
            case EMAIL -> applicant.hasEmail();
            case PHONE -> applicant.hasPhone();
            case POST -> applicant.hasPostalAddress();
        };
        if (!present) {
            throw new PreferredChannelWithoutContactDetailException(applicant.preferredChannel());
        }
    }

    private static void requireConsistentOtherParty(OtherParty otherParty) {
        if (otherParty.known() && !otherParty.hasFullName() && !otherParty.hasRelationship()) {
            throw new KnownOtherPartyWithoutDetailsException();
        }
        if (!otherParty.known() && otherParty.hasFullName()) {
            throw new UnknownOtherPartyWithNameException();
        }
    }

    private static void requireClientConsent(Referrer referrer) {
        if (referrer != null && !referrer.clientConsentConfirmed()) {
            throw new ReferrerWithoutClientConsentException();
        }
    }

    private static void requirePlausibleIncidentDate(Incident incident, LocalDate latestPossibleToday) {
        if (incident.approximateDate() == null) {
            return;
        }
        LocalDate earliest = ApproximateDate.earliestDayOf(incident.approximateDate())
                .orElseThrow(IncidentDateNotARealDateException::new);
        if (earliest.isAfter(latestPossibleToday)) {
            throw new IncidentDateInTheFutureException();
        }
    }

    @EventSourcingHandler
    void on(RegistrationSubmittedEvent event) {
        registrationId = event.registrationId();
    }

    /** For Axon, which rebuilds the aggregate from its events. */
    Registration() {
    }
}
