package nl.perspectief.training.enrolment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.perspectief.training.enrolment.contact.EnrolmentLinks;
import nl.perspectief.training.session.api.AcceptPlaceOfferCommand;
import nl.perspectief.training.session.api.Actor;
import nl.perspectief.training.session.api.CancelEnrolmentCommand;
import nl.perspectief.training.session.api.DeclinePlaceOfferCommand;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.api.FindSessionQuery;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.SessionView;

/**
 * A participant's own enrolment through the link in their mail, no account: the token must be one issued for that
 * enrolment ({@link EnrolmentLinks}), else it is not there at all. They may read its status, cancel it, and take or
 * decline a place offered to them; every step is the participant's ({@link Actor#participant()}) and the session's
 * rules decide it. Logs ids and steps only.
 */
@Component
class OwnEnrolments {

    private static final Logger log = LoggerFactory.getLogger(OwnEnrolments.class);

    private final EnrolmentLinks links;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;

    OwnEnrolments(EnrolmentLinks links, QueryGateway queries, CommandGateway commands, Clock clock) {
        this.links = links;
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    /** @throws EnrolmentLinkNotFoundException the link opens no enrolment */
    OwnEnrolment find(String enrolmentId, String token) {
        EnrolmentView enrolment = opened(enrolmentId, token);
        SessionView session = queries.query(new FindSessionQuery(enrolment.sessionId()),
                        ResponseTypes.optionalInstanceOf(SessionView.class)).join()
                .orElseThrow(EnrolmentLinkNotFoundException::new);
        Instant now = clock.instant();
        boolean active = enrolment.status() != EnrolmentStatus.CANCELLED;
        boolean sessionOn = session.status() != SessionStatus.COMPLETED && session.status() != SessionStatus.CANCELLED;
        boolean offerHolds = enrolment.status() == EnrolmentStatus.OFFERED && enrolment.offerExpiresAt() != null
                && now.isBefore(enrolment.offerExpiresAt());
        return new OwnEnrolment(enrolment.enrolmentId(), firstNameOf(enrolment), enrolment.status(),
                enrolment.status() == EnrolmentStatus.WAITING ? enrolment.waitingPosition() : null,
                enrolment.status() == EnrolmentStatus.OFFERED ? enrolment.offerId() : null,
                enrolment.status() == EnrolmentStatus.OFFERED ? enrolment.offerExpiresAt() : null,
                enrolment.endedBecause(), session.course().title(), session.days(), session.location().kind(),
                session.location().description(), session.status(), active && sessionOn,
                offerHolds && sessionOn && session.status() != SessionStatus.RUNNING);
    }

    void cancel(String enrolmentId, String token) {
        EnrolmentView enrolment = opened(enrolmentId, token);
        commands.sendAndWait(new CancelEnrolmentCommand(enrolment.sessionId(), enrolment.enrolmentId(),
                Actor.participant(), clock.instant()));
        log.info("Enrolment {} cancelled by its participant", enrolment.enrolmentId());
    }

    void accept(String enrolmentId, String token, String offerId) {
        EnrolmentView enrolment = opened(enrolmentId, token);
        commands.sendAndWait(new AcceptPlaceOfferCommand(enrolment.sessionId(), enrolment.enrolmentId(),
                offer(offerId), Actor.participant(), clock.instant()));
        log.info("Enrolment {}: the place offered taken by its participant", enrolment.enrolmentId());
    }

    void decline(String enrolmentId, String token, String offerId) {
        EnrolmentView enrolment = opened(enrolmentId, token);
        commands.sendAndWait(new DeclinePlaceOfferCommand(enrolment.sessionId(), enrolment.enrolmentId(),
                offer(offerId), Actor.participant(), clock.instant()));
        log.info("Enrolment {}: the place offered declined by its participant", enrolment.enrolmentId());
    }

    private EnrolmentView opened(String enrolmentId, String token) {
        UUID id = uuid(enrolmentId).orElseThrow(EnrolmentLinkNotFoundException::new);
        if (!links.opens(id, token)) {
            throw new EnrolmentLinkNotFoundException();
        }
        return queries.query(new FindEnrolmentQuery(id), ResponseTypes.optionalInstanceOf(EnrolmentView.class)).join()
                .orElseThrow(EnrolmentLinkNotFoundException::new);
    }

    /** An offer's id that cannot be one is bad input (400), not a rule of the session. */
    private static UUID offer(String offerId) {
        return uuid(offerId).orElseThrow(() -> new InvalidEnrolmentException(java.util.List.of(
                new nl.perspectief.problems.FieldProblem("offerId", "UUID", "must be the id of the offer"))));
    }

    static Optional<UUID> uuid(String text) {
        if (text == null || !text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }

    private static String firstNameOf(EnrolmentView enrolment) {
        if (enrolment.participant() == null || enrolment.participant().name() == null
                || enrolment.participant().name().isBlank()) {
            return null;
        }
        return enrolment.participant().name().strip().split("\\s+")[0];
    }
}
