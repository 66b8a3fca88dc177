package nl.perspectief.training.session.query;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.AttendanceRecordedEvent;
import nl.perspectief.training.session.api.AttendanceView;
import nl.perspectief.training.session.api.CertificateCheckView;
import nl.perspectief.training.session.api.CertificateIssuedEvent;
import nl.perspectief.training.session.api.CompletionOutcome;
import nl.perspectief.training.session.api.EnrolmentConfirmedEvent;
import nl.perspectief.training.session.api.EnrolmentEnd;
import nl.perspectief.training.session.api.EnrolmentRequestedEvent;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.EnrolmentWaitlistedEvent;
import nl.perspectief.training.session.api.FindSessionsQuery;
import nl.perspectief.training.session.api.IssuedCertificateView;
import nl.perspectief.training.session.api.Location;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.NotCompletedReason;
import nl.perspectief.training.session.api.PlaceOfferedEvent;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionPlannedEvent;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.SessionSummaryView;
import nl.perspectief.training.session.api.SessionView;
import nl.perspectief.training.session.api.WaitingListReorderedEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The session tables; documents through personal-data's mapper, so their personal parts are ciphertext. Waiting
 * positions are kept as the session keeps them: whoever leaves the list moves those behind up by one.
 */
@Repository
class SessionRepository {

    private static final ZoneId ORGANISATION_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String WITH_COUNTS = """
            select s.*,
                   (select count(*) from session_enrolment e where e.session_id = s.session_id and e.status = 'CONFIRMED') as confirmed,
                   (select count(*) from session_enrolment e where e.session_id = s.session_id and e.status = 'WAITING') as waiting,
                   (select count(*) from session_enrolment e where e.session_id = s.session_id and e.status = 'OFFERED') as offered
            from training_session s
            """;

    private final JdbcClient jdbc;
    private final JsonMapper documents;

    SessionRepository(JdbcClient jdbc, @Qualifier("personalDataJsonMapper") JsonMapper documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    // ---- written by the projection: the session

    void planned(SessionPlannedEvent planned) {
        CourseFacts course = planned.course();
        Accreditation accreditation = course.accreditation();
        jdbc.sql("""
                        insert into training_session (session_id, course_id, course_title, audience, net_hours,
                            accreditation_register, accreditation_activity_id, max_excused_days, first_day, last_day,
                            location_kind, location_description, trainer_ids, capacity, enrolment_opens_at,
                            enrolment_closes_at, offer_validity, status, version)
                        values (:session, :course, :title, :audience, :hours, :register, :activity, :excused, :first,
                            :last, :kind, :where, cast(:trainers as jsonb), :capacity, :opens, :closes, :validity,
                            :status, 0)""")
                .param("session", planned.sessionId()).param("course", planned.courseId())
                .param("title", course.title()).param("audience", course.audience().name())
                .param("hours", course.netHours())
                .param("register", accreditation == null ? null : accreditation.register())
                .param("activity", accreditation == null ? null : accreditation.activityId())
                .param("excused", course.completionRule().maxExcusedDays())
                .param("first", planned.days().getFirst().date()).param("last", planned.days().getLast().date())
                .param("kind", planned.location().kind().name()).param("where", planned.location().description())
                .param("trainers", documents.writeValueAsString(planned.trainerIds()))
                .param("capacity", planned.capacity())
                .param("opens", Timestamp.from(planned.enrolmentOpensAt()))
                .param("closes", Timestamp.from(planned.enrolmentClosesAt()))
                .param("validity", planned.offerValidity().toString())
                .param("status", SessionStatus.PLANNED.name())
                .update();
        for (SessionDay day : planned.days()) {
            jdbc.sql("""
                            insert into training_session_day (session_id, day, starts_at, ends_at)
                            values (:session, :day, :starts, :ends)""")
                    .param("session", planned.sessionId()).param("day", day.date())
                    .param("starts", day.start()).param("ends", day.end())
                    .update();
        }
    }

    void status(UUID sessionId, SessionStatus status) {
        jdbc.sql("update training_session set status = :status where session_id = :session")
                .param("status", status.name()).param("session", sessionId)
                .update();
    }

    void cancelled(UUID sessionId, String reason) {
        jdbc.sql("update training_session set status = :status, cancellation_reason = :reason where session_id = :session")
                .param("status", SessionStatus.CANCELLED.name()).param("reason", reason).param("session", sessionId)
                .update();
    }

    void versionIs(UUID sessionId, long sequence) {
        jdbc.sql("update training_session set version = :version where session_id = :session")
                .param("version", sequence).param("session", sessionId)
                .update();
    }

    // ---- written by the projection: enrolments

    void requested(EnrolmentRequestedEvent requested) {
        EnrolmentDocument document = new EnrolmentDocument(requested.participantId(), requested.participant(),
                requested.enrolledBy());
        jdbc.sql("""
                        insert into session_enrolment (enrolment_id, session_id, participant_id, channel, requested_at,
                            changed_at, document)
                        values (:enrolment, :session, :participant, :channel, :at, :at, :document)""")
                .param("enrolment", requested.enrolmentId()).param("session", requested.sessionId())
                .param("participant", requested.participantId())
                .param("channel", requested.enrolledBy().channel().name())
                .param("at", Timestamp.from(requested.at()))
                .param("document", documents.writeValueAsBytes(document))
                .update();
    }

    void confirmed(EnrolmentConfirmedEvent confirmed) {
        jdbc.sql("""
                        update session_enrolment set status = :status, offer_id = :offer, offer_expires_at = null,
                            changed_at = :at
                        where enrolment_id = :enrolment""")
                .param("status", EnrolmentStatus.CONFIRMED.name()).param("offer", confirmed.offerId())
                .param("at", Timestamp.from(confirmed.at())).param("enrolment", confirmed.enrolmentId())
                .update();
    }

    void waitlisted(EnrolmentWaitlistedEvent waitlisted) {
        jdbc.sql("""
                        update session_enrolment set waiting_position = waiting_position + 1
                        where session_id = :session and waiting_position >= :position""")
                .param("session", waitlisted.sessionId()).param("position", waitlisted.position())
                .update();
        jdbc.sql("""
                        update session_enrolment set status = :status, waiting_position = :position, changed_at = :at
                        where enrolment_id = :enrolment""")
                .param("status", EnrolmentStatus.WAITING.name()).param("position", waitlisted.position())
                .param("at", Timestamp.from(waitlisted.at())).param("enrolment", waitlisted.enrolmentId())
                .update();
    }

    void offered(PlaceOfferedEvent offered) {
        leaveWaitingList(offered.enrolmentId());
        jdbc.sql("""
                        update session_enrolment set status = :status, offer_id = :offer, offer_expires_at = :expires,
                            changed_at = :at
                        where enrolment_id = :enrolment""")
                .param("status", EnrolmentStatus.OFFERED.name()).param("offer", offered.offerId())
                .param("expires", Timestamp.from(offered.expiresAt())).param("at", Timestamp.from(offered.at()))
                .param("enrolment", offered.enrolmentId())
                .update();
    }

    void ended(UUID enrolmentId, EnrolmentEnd because, Instant at) {
        leaveWaitingList(enrolmentId);
        jdbc.sql("""
                        update session_enrolment set status = :status, ended_because = :because,
                            offer_expires_at = null, changed_at = :at
                        where enrolment_id = :enrolment""")
                .param("status", EnrolmentStatus.CANCELLED.name()).param("because", because.name())
                .param("at", Timestamp.from(at)).param("enrolment", enrolmentId)
                .update();
    }

    void reordered(WaitingListReorderedEvent reordered) {
        int from = reordered.fromPosition();
        int to = reordered.toPosition();
        jdbc.sql("""
                        update session_enrolment
                        set waiting_position = case when enrolment_id = :enrolment then :to
                                                    when :from < :to then waiting_position - 1
                                                    else waiting_position + 1 end
                        where session_id = :session and waiting_position between :low and :high""")
                .param("enrolment", reordered.enrolmentId()).param("from", from).param("to", to)
                .param("session", reordered.sessionId())
                .param("low", Math.min(from, to)).param("high", Math.max(from, to))
                .update();
    }

    void attendance(AttendanceRecordedEvent recorded) {
        jdbc.sql("""
                        insert into enrolment_attendance (enrolment_id, day, mark, recorded_by, recorded_at)
                        values (:enrolment, :day, :mark, :by, :at)
                        on conflict (enrolment_id, day) do update set mark = excluded.mark,
                            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                .param("enrolment", recorded.enrolmentId()).param("day", recorded.day())
                .param("mark", recorded.mark().name())
                .param("by", recorded.performedBy() == null ? null : recorded.performedBy().staffId())
                .param("at", Timestamp.from(recorded.at()))
                .update();
    }

    void completion(UUID enrolmentId, CompletionOutcome outcome, NotCompletedReason reason) {
        jdbc.sql("""
                        update session_enrolment set completion = :completion, not_completed_reason = :reason
                        where enrolment_id = :enrolment""")
                .param("completion", outcome.name()).param("reason", reason == null ? null : reason.name())
                .param("enrolment", enrolmentId)
                .update();
    }

    void certificate(CertificateIssuedEvent issued) {
        Accreditation accreditation = issued.accreditation();
        CertificateDocument document = new CertificateDocument(issued.participantId(), issued.participantName(),
                issued.professionalRegistrationNumber());
        jdbc.sql("""
                        insert into session_certificate (certificate_id, verification_code, session_id, enrolment_id,
                            participant_id, course_title, audience, net_hours, accreditation_register,
                            accreditation_activity_id, accreditation_points, issued_at, document)
                        values (:certificate, :code, :session, :enrolment, :participant, :title, :audience, :hours,
                            :register, :activity, :points, :at, :document)""")
                .param("certificate", issued.certificateId()).param("code", issued.verificationCode())
                .param("session", issued.sessionId()).param("enrolment", issued.enrolmentId())
                .param("participant", issued.participantId()).param("title", issued.courseTitle())
                .param("audience", issued.audience().name()).param("hours", issued.netHours())
                .param("register", accreditation == null ? null : accreditation.register())
                .param("activity", accreditation == null ? null : accreditation.activityId())
                .param("points", issued.accreditationPoints()).param("at", Timestamp.from(issued.at()))
                .param("document", documents.writeValueAsBytes(document))
                .update();
        jdbc.sql("""
                        update session_enrolment set certificate_id = :certificate, verification_code = :code
                        where enrolment_id = :enrolment""")
                .param("certificate", issued.certificateId()).param("code", issued.verificationCode())
                .param("enrolment", issued.enrolmentId())
                .update();
    }

    /** Those behind move up by one; the enrolment keeps no position. */
    private void leaveWaitingList(UUID enrolmentId) {
        jdbc.sql("""
                        update session_enrolment behind set waiting_position = behind.waiting_position - 1
                        from session_enrolment leaving
                        where leaving.enrolment_id = :enrolment and behind.session_id = leaving.session_id
                          and behind.waiting_position > leaving.waiting_position""")
                .param("enrolment", enrolmentId)
                .update();
        jdbc.sql("update session_enrolment set waiting_position = null where enrolment_id = :enrolment")
                .param("enrolment", enrolmentId)
                .update();
    }

    // ---- read by the query handler

    List<SessionSummaryView> list(FindSessionsQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (query.audience() != null) {
            where.append(" and s.audience = :audience");
            params.put("audience", query.audience().name());
        }
        if (query.from() != null) {
            where.append(" and s.last_day >= :fromDay");
            params.put("fromDay", LocalDate.ofInstant(query.from(), ORGANISATION_ZONE));
        }
        if (query.onlyOpenForEnrolment()) {
            // a planned session whose window began takes a request too: its opening comes with the request
            where.append(" and (s.status = 'OPEN' or s.status = 'PLANNED' and s.enrolment_opens_at <= :now)")
                    .append(" and s.enrolment_closes_at > :now");
            params.put("now", Timestamp.from(query.from() == null ? Instant.EPOCH : query.from()));
        }
        List<SessionRow> rows = jdbc.sql(WITH_COUNTS + where + " order by s.first_day, s.session_id limit 500")
                .params(params)
                .query((rs, row) -> sessionRow(rs))
                .list();
        Map<UUID, List<SessionDay>> days = daysOf(rows.stream().map(SessionRow::sessionId).toList());
        return rows.stream()
                .map(row -> new SessionSummaryView(row.sessionId(), row.courseId(), row.course().title(),
                        row.course().audience(), row.course().netHours(), row.course().accreditationPoints(),
                        days.getOrDefault(row.sessionId(), List.of()), row.location(), row.capacity(),
                        row.confirmed(), row.waiting(), row.shownStatus(), row.enrolmentOpensAt(),
                        row.enrolmentClosesAt()))
                .toList();
    }

    Optional<SessionView> find(UUID sessionId) {
        return jdbc.sql(WITH_COUNTS + " where s.session_id = :session")
                .param("session", sessionId)
                .query((rs, row) -> sessionRow(rs))
                .optional()
                .map(row -> new SessionView(row.sessionId(), row.courseId(), row.course(),
                        daysOf(List.of(sessionId)).getOrDefault(sessionId, List.of()), row.location(),
                        row.trainerIds(), row.capacity(), row.enrolmentOpensAt(), row.enrolmentClosesAt(),
                        row.offerValidity(), row.shownStatus(), row.cancellationReason(), row.confirmed(),
                        row.waiting(), row.offered(), enrolmentsOf(sessionId), row.version()));
    }

    Optional<EnrolmentView> enrolment(UUID enrolmentId) {
        Map<UUID, List<AttendanceView>> attendance = attendanceWhere("a.enrolment_id = :id", enrolmentId);
        return jdbc.sql("select * from session_enrolment where enrolment_id = :id")
                .param("id", enrolmentId)
                .query((rs, row) -> enrolmentView(rs, attendance))
                .optional();
    }

    CertificateCheckView check(String verificationCode) {
        if (verificationCode == null || verificationCode.isBlank()) {
            return CertificateCheckView.notIssued();
        }
        return jdbc.sql("select session_id, course_title from session_certificate where upper(verification_code) = upper(:code)")
                .param("code", verificationCode.strip())
                .query((rs, row) -> {
                    UUID sessionId = rs.getObject("session_id", UUID.class);
                    return new CertificateCheckView(true, rs.getString("course_title"), datesOf(sessionId));
                })
                .optional()
                .orElseGet(CertificateCheckView::notIssued);
    }

    Optional<IssuedCertificateView> issued(UUID certificateId) {
        return jdbc.sql("select * from session_certificate where certificate_id = :certificate")
                .param("certificate", certificateId)
                .query((rs, row) -> {
                    UUID sessionId = rs.getObject("session_id", UUID.class);
                    CertificateDocument document = documents.readValue(rs.getBytes("document"), CertificateDocument.class);
                    String register = rs.getString("accreditation_register");
                    return new IssuedCertificateView(certificateId, rs.getString("verification_code"), sessionId,
                            rs.getObject("enrolment_id", UUID.class), rs.getObject("participant_id", UUID.class),
                            document.participantName(), document.professionalRegistrationNumber(),
                            rs.getString("course_title"), Audience.valueOf(rs.getString("audience")),
                            datesOf(sessionId), rs.getBigDecimal("net_hours"),
                            register == null ? null : new Accreditation(register, rs.getString("accreditation_activity_id")),
                            rs.getBigDecimal("accreditation_points"), instant(rs, "issued_at"));
                })
                .optional();
    }

    private List<LocalDate> datesOf(UUID sessionId) {
        return daysOf(List.of(sessionId)).getOrDefault(sessionId, List.of()).stream().map(SessionDay::date).toList();
    }

    private Map<UUID, List<SessionDay>> daysOf(Collection<UUID> sessionIds) {
        Map<UUID, List<SessionDay>> days = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return days;
        }
        jdbc.sql("select * from training_session_day where session_id in (:sessions) order by session_id, day")
                .param("sessions", sessionIds)
                .query(rs -> {
                    days.computeIfAbsent(rs.getObject("session_id", UUID.class), id -> new ArrayList<>())
                            .add(new SessionDay(rs.getObject("day", LocalDate.class),
                                    rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)));
                });
        return days;
    }

    /** Confirmed and offered first, then the waiting list in order, then those who left it. */
    private List<EnrolmentView> enrolmentsOf(UUID sessionId) {
        Map<UUID, List<AttendanceView>> attendance = attendanceWhere("e.session_id = :id", sessionId);
        return jdbc.sql("""
                        select * from session_enrolment where session_id = :session
                        order by case status when 'CONFIRMED' then 0 when 'OFFERED' then 1 when 'WAITING' then 2 else 3 end,
                                 waiting_position nulls last, requested_at, enrolment_id""")
                .param("session", sessionId)
                .query((rs, row) -> enrolmentView(rs, attendance))
                .list();
    }

    private Map<UUID, List<AttendanceView>> attendanceWhere(String condition, UUID id) {
        Map<UUID, List<AttendanceView>> attendance = new LinkedHashMap<>();
        jdbc.sql("select a.* from enrolment_attendance a join session_enrolment e using (enrolment_id) where " + condition
                        + " order by a.enrolment_id, a.day")
                .param("id", id)
                .query(rs -> {
                    attendance.computeIfAbsent(rs.getObject("enrolment_id", UUID.class), key -> new ArrayList<>())
                            .add(new AttendanceView(rs.getObject("day", LocalDate.class),
                                    AttendanceMark.valueOf(rs.getString("mark")), rs.getString("recorded_by"),
                                    instant(rs, "recorded_at")));
                });
        return attendance;
    }

    private EnrolmentView enrolmentView(ResultSet rs, Map<UUID, List<AttendanceView>> attendance) throws SQLException {
        UUID enrolmentId = rs.getObject("enrolment_id", UUID.class);
        EnrolmentDocument document = documents.readValue(rs.getBytes("document"), EnrolmentDocument.class);
        int position = rs.getInt("waiting_position");
        Integer waitingPosition = rs.wasNull() ? null : position;
        return new EnrolmentView(enrolmentId, rs.getObject("session_id", UUID.class),
                rs.getObject("participant_id", UUID.class), document.participant(), document.enrolledBy(),
                valueOf(EnrolmentStatus.class, rs.getString("status")), waitingPosition,
                rs.getObject("offer_id", UUID.class), instant(rs, "offer_expires_at"),
                valueOf(EnrolmentEnd.class, rs.getString("ended_because")), instant(rs, "requested_at"),
                instant(rs, "changed_at"), List.copyOf(attendance.getOrDefault(enrolmentId, List.of())),
                valueOf(CompletionOutcome.class, rs.getString("completion")),
                valueOf(NotCompletedReason.class, rs.getString("not_completed_reason")),
                rs.getObject("certificate_id", UUID.class), rs.getString("verification_code"));
    }

    private SessionRow sessionRow(ResultSet rs) throws SQLException {
        String register = rs.getString("accreditation_register");
        CourseFacts course = new CourseFacts(rs.getString("course_title"), Audience.valueOf(rs.getString("audience")),
                rs.getBigDecimal("net_hours"),
                register == null ? null : new Accreditation(register, rs.getString("accreditation_activity_id")),
                new CompletionRule(rs.getInt("max_excused_days")));
        return new SessionRow(rs.getObject("session_id", UUID.class), rs.getObject("course_id", UUID.class), course,
                new Location(LocationKind.valueOf(rs.getString("location_kind")), rs.getString("location_description")),
                List.of(documents.readValue(rs.getString("trainer_ids"), String[].class)), rs.getInt("capacity"),
                instant(rs, "enrolment_opens_at"), instant(rs, "enrolment_closes_at"),
                Duration.parse(rs.getString("offer_validity")), SessionStatus.valueOf(rs.getString("status")),
                rs.getString("cancellation_reason"), rs.getInt("confirmed"), rs.getInt("waiting"), rs.getInt("offered"),
                rs.getLong("version"));
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A session's row with its counts. */
    private record SessionRow(UUID sessionId, UUID courseId, CourseFacts course, Location location,
                              List<String> trainerIds, int capacity, Instant enrolmentOpensAt,
                              Instant enrolmentClosesAt, Duration offerValidity, SessionStatus status,
                              String cancellationReason, int confirmed, int waiting, int offered, long version) {

        /** An open session with every place confirmed or held for an offer is full. */
        SessionStatus shownStatus() {
            return status == SessionStatus.OPEN && confirmed + offered >= capacity ? SessionStatus.FULL : status;
        }
    }
}
