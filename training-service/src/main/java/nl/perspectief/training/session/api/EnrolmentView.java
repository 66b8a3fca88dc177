package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One enrolment, for the trainers' pages, the links in e-mails (cancel, take an offered place) and the mails.
 *
 * @param participant     null once the participant's data is erased
 * @param waitingPosition for {@link EnrolmentStatus#WAITING}: 1 the first; else null
 * @param offerId         the open offer, for {@link EnrolmentStatus#OFFERED}; else null
 * @param offerExpiresAt  until when the offer holds, for {@link EnrolmentStatus#OFFERED}; else null
 * @param endedBecause    why, for {@link EnrolmentStatus#CANCELLED}; else null
 * @param attendance      one mark per day marked, by day (the latest mark of each)
 * @param completion      once the session is completed, for a confirmed participant; else null
 * @param notCompleted    which part of the rule failed, for {@link CompletionOutcome#NOT_COMPLETED}; else null
 * @param verificationCode the certificate's code once issued; else null
 */
public record EnrolmentView(UUID enrolmentId, UUID sessionId, UUID participantId, Participant participant,
                            EnrolledBy enrolledBy, EnrolmentStatus status, Integer waitingPosition, UUID offerId,
                            Instant offerExpiresAt, EnrolmentEnd endedBecause, Instant requestedAt, Instant changedAt,
                            List<AttendanceView> attendance, CompletionOutcome completion,
                            NotCompletedReason notCompleted, UUID certificateId, String verificationCode) {
}
