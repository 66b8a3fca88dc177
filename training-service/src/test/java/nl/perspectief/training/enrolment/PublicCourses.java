package nl.perspectief.training.enrolment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;

import nl.perspectief.security.StaffRole;
import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.course.api.PlanCourseCommand;
import nl.perspectief.training.course.api.StaffMember;
import nl.perspectief.training.session.api.Location;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.PlanSessionCommand;
import nl.perspectief.training.session.api.SessionDay;

/**
 * Courses and sessions planned the way a trainer plans them (through the command gateway), with days a month ahead
 * and enrolment open now, and the bodies the public posts to enrol. Test data for the public door's tests.
 */
public final class PublicCourses {

    public static final StaffMember TRAINER = new StaffMember("8cd2be8d-58a4-4902-9b4c-effe317ee43f", StaffRole.TRAINER);
    public static final ZoneId UTRECHT = ZoneId.of("Europe/Amsterdam");
    public static final String TITLE = "Praten over schuld";

    private final CommandGateway commands;

    public PublicCourses(CommandGateway commands) {
        this.commands = commands;
    }

    /** A professionals' session of two days a month ahead, open for enrolment now, with this many places. */
    public UUID professionalsSession(int capacity) {
        return session(Audience.PROFESSIONALS, capacity, Instant.now().minus(Duration.ofHours(1)));
    }

    public UUID perpetratorsSession(int capacity) {
        return session(Audience.PERPETRATORS, capacity, Instant.now().minus(Duration.ofHours(1)));
    }

    /** A professionals' session whose enrolment opens only in a week. */
    public UUID sessionNotOpenYet(int capacity) {
        return session(Audience.PROFESSIONALS, capacity, Instant.now().plus(Duration.ofDays(7)));
    }

    /** A perpetrators' session whose enrolment opens only in a week. */
    public UUID perpetratorsSessionNotOpenYet(int capacity) {
        return session(Audience.PERPETRATORS, capacity, Instant.now().plus(Duration.ofDays(7)));
    }

    private UUID session(Audience audience, int capacity, Instant opensAt) {
        UUID courseId = UUID.randomUUID();
        boolean professionals = audience == Audience.PROFESSIONALS;
        CourseFacts facts = new CourseFacts(professionals ? TITLE : "Verantwoordelijkheid nemen", audience,
                new BigDecimal("12.0"), professionals ? new Accreditation("Kwaliteitsregister V&V", "KV-2026-0815") : null,
                new CompletionRule(1));
        commands.sendAndWait(new PlanCourseCommand(courseId, facts.title(), audience, "Twee dagen.", facts.netHours(),
                facts.accreditation(), facts.completionRule(), TRAINER, Instant.now()));
        LocalDate first = LocalDate.now(UTRECHT).plusDays(30);
        List<SessionDay> days = List.of(new SessionDay(first, LocalTime.of(9, 30), LocalTime.of(16, 30)),
                new SessionDay(first.plusDays(1), LocalTime.of(9, 30), LocalTime.of(16, 30)));
        UUID sessionId = UUID.randomUUID();
        commands.sendAndWait(new PlanSessionCommand(sessionId, courseId, facts, days,
                new Location(professionals ? LocationKind.OFFICE : LocationKind.PRISON,
                        professionals ? "Oudegracht 1, Utrecht" : "PI Nieuwegein"),
                List.of(TRAINER.staffId()), capacity, opensAt, first.minusDays(2).atStartOfDay(UTRECHT).toInstant(),
                Duration.ofDays(2), TRAINER, Instant.now()));
        return sessionId;
    }

    /** A professional's enrolment as the website posts it; {@code name} makes the e-mail address too. */
    public static Map<String, Object> enrolment(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.org");
        body.put("phone", "+31 30 123 4567");
        body.put("organisation", "Reclassering Nederland");
        body.put("professionalRegistrationNumber", "V&V-4711".replace("&", ""));
        body.put("privacyStatementAccepted", true);
        body.put("website", "");
        return body;
    }
}
