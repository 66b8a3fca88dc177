package nl.perspectief.training.session.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.AttendanceView;
import nl.perspectief.training.session.api.CompletionOutcome;
import nl.perspectief.training.session.api.EnrolmentChannel;
import nl.perspectief.training.session.api.EnrolmentEnd;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.Location;
import nl.perspectief.training.session.api.NotCompletedReason;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.ReferringProfessional;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.SessionView;

/**
 * The bodies and answers of the trainers' session API (the pages' forms bind the same fields). What a session's own
 * rules decide (days in order, a window before the first day, places above zero, a reason to cancel or to move someone
 * on the waiting list) is left to the session, which refuses by the rule's name; these check shape and size.
 */
final class SessionRequests {

    static final int MAX_REASON = 2_000;
    static final int MAX_MARKS = 500;

    private SessionRequests() {
    }

    /**
     * @param trainerIds    the trainers' staff ids (their sign-in subject); absent: the trainer who plans it
     * @param offerValidity how long a freed place is held for the next on the waiting list, such as {@code PT48H}
     */
    record PlanSessionRequest(@NotNull UUID courseId, @NotEmpty @Size(max = 30) List<@NotNull @Valid DayRequest> days,
                              @NotNull @Valid LocationRequest location,
                              @Size(max = 10) List<@NotBlank @Size(max = 255) String> trainerIds,
                              @NotNull Integer capacity, @NotNull Instant enrolmentOpensAt,
                              @NotNull Instant enrolmentClosesAt, @NotNull Duration offerValidity) {
    }

    /** A day on the organisation's calendar (Europe/Amsterdam), with its hours. */
    record DayRequest(@NotNull LocalDate date, @NotNull LocalTime start, @NotNull LocalTime end) {

        SessionDay day() {
            return new SessionDay(date, start, end);
        }
    }

    /** @param description the address, the prison's name, or how to join online */
    record LocationRequest(@NotNull LocationKind kind, @NotBlank @Size(max = 500) String description) {

        Location location() {
            return new Location(kind, description.strip());
        }
    }

    /** @param reason told to everyone enrolled; the session refuses a blank one (CancellationNeedsAReason) */
    record CancelSessionRequest(@NotNull @Size(max = MAX_REASON) String reason) {
    }

    /**
     * @param referredBy the professional who refers a perpetrator (a probation officer, prison staff): required for a
     *                   course for perpetrators, recorded with the enrolment; absent otherwise
     */
    record EnrolRequest(@NotNull @Valid ParticipantRequest participant, @Valid ProfessionalRequest referredBy) {
    }

    /**
     * @param professionalRegistrationNumber a professional's number in the register of an accredited course, as the
     *                                       certificate shows it
     */
    record ParticipantRequest(@NotBlank @Size(max = 200) String name, @Email @Size(max = 254) String email,
                              @Size(max = 40) String phone, @Size(max = 200) String organisation,
                              @Size(max = 60) String professionalRegistrationNumber) {

        Participant participant() {
            return new Participant(name.strip(), blankIsNull(email), blankIsNull(phone), blankIsNull(organisation),
                    blankIsNull(professionalRegistrationNumber));
        }
    }

    record ProfessionalRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String organisation,
                               @Email @Size(max = 254) String email) {

        ReferringProfessional professional() {
            return new ReferringProfessional(name.strip(), blankIsNull(organisation), blankIsNull(email));
        }
    }

    /** @param position 1 for the first on the list; @param reason kept with the move (the session refuses a blank one) */
    record PositionRequest(@NotNull Integer position, @NotNull @Size(max = MAX_REASON) String reason) {
    }

    /** One participant's mark on the day in the address. */
    record AttendanceRequest(@NotNull UUID enrolmentId, @NotNull AttendanceMark mark) {
    }

    /** What a step answers; the session's new version is also the {@code ETag}. */
    record StepAnswer(UUID sessionId, long version) {
    }

    /** @param waitingPosition its place on the waiting list when it waits; else null */
    record EnrolmentAnswer(UUID sessionId, UUID enrolmentId, EnrolmentStatus status, Integer waitingPosition,
                           long version) {
    }

    /** @param checkAddress the public page where anyone holding the certificate checks its code */
    record CertificateAnswer(UUID sessionId, UUID enrolmentId, UUID certificateId, String verificationCode,
                             URI checkAddress, long version) {
    }

    /**
     * A session as its trainers read it: its facts and status, those with a place or offered one ({@code enrolments}),
     * the waiting list in order, and those who left it ({@code ended}), each with who they are and who enrolled them.
     */
    record SessionDetail(UUID sessionId, UUID courseId, CourseFacts course, List<SessionDay> days, Location location,
                         List<String> trainerIds, int capacity, Instant enrolmentOpensAt, Instant enrolmentClosesAt,
                         Duration offerValidity, SessionStatus status, String cancellationReason, int confirmed,
                         int waiting, int offered, List<EnrolmentDetail> enrolments,
                         List<EnrolmentDetail> waitingList, List<EnrolmentDetail> ended, long version) {

        static SessionDetail of(SessionView view) {
            return new SessionDetail(view.sessionId(), view.courseId(), view.course(), view.days(), view.location(),
                    view.trainerIds(), view.capacity(), view.enrolmentOpensAt(), view.enrolmentClosesAt(),
                    view.offerValidity(), view.status(), view.cancellationReason(), view.confirmed(), view.waiting(),
                    view.offered(), in(view, EnrolmentStatus.CONFIRMED, EnrolmentStatus.OFFERED),
                    in(view, EnrolmentStatus.WAITING), in(view, EnrolmentStatus.CANCELLED), view.version());
        }

        private static List<EnrolmentDetail> in(SessionView view, EnrolmentStatus... statuses) {
            List<EnrolmentStatus> wanted = List.of(statuses);
            return view.enrolments().stream().filter(enrolment -> wanted.contains(enrolment.status()))
                    .map(EnrolmentDetail::of).toList();
        }
    }

    /**
     * One enrolment as the trainers read it, in clear: the view's own records carry the referring professional marked
     * as personal data, which the service's JSON would write as its encrypted envelope.
     *
     * @param referredBy the professional who referred the participant, or null
     */
    record EnrolmentDetail(UUID enrolmentId, UUID participantId, Participant participant, EnrolmentChannel channel,
                           String enrolledByStaffId, ReferringProfessional referredBy, EnrolmentStatus status,
                           Integer waitingPosition, UUID offerId, Instant offerExpiresAt, EnrolmentEnd endedBecause,
                           Instant requestedAt, Instant changedAt, List<AttendanceView> attendance,
                           CompletionOutcome completion, NotCompletedReason notCompleted, UUID certificateId,
                           String verificationCode) {

        static EnrolmentDetail of(EnrolmentView view) {
            return new EnrolmentDetail(view.enrolmentId(), view.participantId(), view.participant(),
                    view.enrolledBy().channel(), view.enrolledBy().staffId(), view.enrolledBy().professional(),
                    view.status(), view.waitingPosition(), view.offerId(), view.offerExpiresAt(), view.endedBecause(),
                    view.requestedAt(), view.changedAt(), view.attendance(), view.completion(), view.notCompleted(),
                    view.certificateId(), view.verificationCode());
        }
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
