package nl.perspectief.training.session.api;

import java.util.UUID;

/** Every fact of a session; sealed so projections, mails and mappers switch over them exhaustively. */
public sealed interface SessionEvent permits
        SessionPlannedEvent,
        EnrolmentOpenedEvent,
        EnrolmentRequestedEvent,
        EnrolmentConfirmedEvent,
        EnrolmentWaitlistedEvent,
        EnrolmentCancelledEvent,
        PlaceOfferedEvent,
        PlaceOfferDeclinedEvent,
        PlaceOfferExpiredEvent,
        WaitingListReorderedEvent,
        SessionStartedEvent,
        AttendanceRecordedEvent,
        ParticipantCompletedEvent,
        ParticipantNotCompletedEvent,
        SessionCompletedEvent,
        SessionCancelledEvent,
        CertificateIssuedEvent {

    UUID sessionId();
}
