package nl.perspectief.training.enrolment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.session.api.FindSessionsQuery;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.SessionSummaryView;

/**
 * The professionals' sessions as the public sees them, from the calendar query (which holds no personal data). Only
 * sessions for professionals: perpetrators are enrolled by a trainer or by their professional through a trainer's
 * referral link, never on the public calendar, so a perpetrators' session is unknown here, as a session that does not
 * exist, except to {@link #referred} (the link's page).
 */
@Component
class PublicSessions {

    private final QueryGateway queries;
    private final Clock clock;

    PublicSessions(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The calendar: sessions that take enrolments now, by their first day. */
    List<PublicSession> calendar() {
        Instant now = clock.instant();
        return find(new FindSessionsQuery(Audience.PROFESSIONALS, true, now)).stream()
                .map(session -> publicOf(session, now))
                .toList();
    }

    /** A professionals' session whose last day has not passed, open for enrolment or not; empty for any other. */
    Optional<PublicSession> session(UUID sessionId) {
        return ahead(Audience.PROFESSIONALS, sessionId);
    }

    /**
     * A perpetrators' session whose last day has not passed, as a professional with a trainer's referral link sees it
     * (what, when, where, room); empty for any other.
     */
    Optional<PublicSession> referred(UUID sessionId) {
        return ahead(Audience.PERPETRATORS, sessionId);
    }

    private Optional<PublicSession> ahead(Audience audience, UUID sessionId) {
        Instant now = clock.instant();
        return find(new FindSessionsQuery(audience, false, now)).stream()
                .filter(session -> session.sessionId().equals(sessionId))
                .findFirst()
                .map(session -> publicOf(session, now));
    }

    private List<SessionSummaryView> find(FindSessionsQuery query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(SessionSummaryView.class)).join();
    }

    /**
     * A full session shows no place left; otherwise the places not confirmed (an open offer holds one too, which the
     * calendar does not count, so for as long as an offer is open a place may show that a request cannot have).
     */
    private static PublicSession publicOf(SessionSummaryView session, Instant now) {
        boolean full = session.status() == SessionStatus.FULL;
        int placesLeft = full ? 0 : Math.max(0, session.capacity() - session.confirmed());
        boolean open = (session.status() == SessionStatus.OPEN || full
                || session.status() == SessionStatus.PLANNED && !now.isBefore(session.enrolmentOpensAt()))
                && now.isBefore(session.enrolmentClosesAt());
        return new PublicSession(session.sessionId(), session.courseTitle(), session.netHours(),
                session.accreditationPoints(), session.days(), session.location().kind(),
                session.location().description(), session.capacity(), placesLeft, session.waiting(), open,
                session.enrolmentClosesAt());
    }
}
