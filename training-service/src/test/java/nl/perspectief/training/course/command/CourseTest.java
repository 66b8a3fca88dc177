package nl.perspectief.training.course.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.perspectief.security.StaffRole;
import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CommandOutcome;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.course.api.CoursePlannedEvent;
import nl.perspectief.training.course.api.CourseRevisedEvent;
import nl.perspectief.training.course.api.PlanCourseCommand;
import nl.perspectief.training.course.api.ReviseCourseCommand;
import nl.perspectief.training.course.api.StaffMember;

/** The rules of the catalogue, as a course on guilt for probation officers and one on empathy in prison meet them. */
class CourseTest {

    private static final Instant AT = Instant.parse("2026-01-12T10:00:00Z");
    private static final StaffMember TRAINER = new StaffMember("trainer-ilse", StaffRole.TRAINER);
    private static final String TITLE = "Praten over schuld";
    private static final String DESCRIPTION = "Two days on talking with offenders about guilt and the victims.";
    private static final Accreditation V_EN_V = new Accreditation("Kwaliteitsregister V&V", "KV-2026-0815");

    private final UUID courseId = UUID.randomUUID();
    private AggregateTestFixture<Course> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Course.class);
    }

    private PlanCourseCommand plan(Audience audience, BigDecimal netHours, Accreditation accreditation,
                                   CompletionRule rule) {
        return new PlanCourseCommand(courseId, TITLE, audience, DESCRIPTION, netHours, accreditation, rule, TRAINER, AT);
    }

    private CoursePlannedEvent planned() {
        return new CoursePlannedEvent(courseId, TITLE, Audience.PROFESSIONALS, DESCRIPTION, new BigDecimal("12.0"), V_EN_V,
                new CompletionRule(1), TRAINER, AT);
    }

    @Test
    void plansACourseWithItsNetHoursToOneDecimal() {
        fixture.givenNoPriorActivity()
                .when(plan(Audience.PROFESSIONALS, new BigDecimal("12"), V_EN_V, new CompletionRule(1)))
                .expectEvents(planned())
                .expectResultMessagePayload(CommandOutcome.APPLIED);
    }

    @Test
    void takesPresenceOnEveryDayAsTheRuleWhenNoneIsGiven() {
        fixture.givenNoPriorActivity()
                .when(new PlanCourseCommand(courseId, "Slachtofferbewustzijn", Audience.PERPETRATORS, null,
                        new BigDecimal("3.50"), null, null, TRAINER, AT))
                .expectEvents(new CoursePlannedEvent(courseId, "Slachtofferbewustzijn", Audience.PERPETRATORS, null,
                        new BigDecimal("3.5"), null, CompletionRule.EVERY_DAY, TRAINER, AT));
    }

    @Test
    void planningTheSameCourseAgainChangesNothing() {
        fixture.given(planned())
                .when(plan(Audience.PROFESSIONALS, new BigDecimal("12"), V_EN_V, new CompletionRule(1)))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void refusesACourseWithoutATitle() {
        fixture.givenNoPriorActivity()
                .when(new PlanCourseCommand(courseId, "  ", Audience.PROFESSIONALS, DESCRIPTION, BigDecimal.TEN, null,
                        null, TRAINER, AT))
                .expectException(CourseNeedsATitleException.class);
    }

    @Test
    void refusesNetHoursOfZero() {
        fixture.givenNoPriorActivity()
                .when(plan(Audience.PROFESSIONALS, BigDecimal.ZERO, null, null))
                .expectException(NetHoursMustBePositiveException.class)
                .expectNoEvents();
    }

    @Test
    void refusesNetHoursWithMoreThanOneDecimal() {
        fixture.givenNoPriorActivity()
                .when(plan(Audience.PROFESSIONALS, new BigDecimal("6.25"), null, null))
                .expectException(NetHoursAtMostOneDecimalException.class);
    }

    @Test
    void accreditsOnlyCoursesForProfessionals() {
        fixture.givenNoPriorActivity()
                .when(plan(Audience.PERPETRATORS, new BigDecimal("6"), V_EN_V, null))
                .expectException(AccreditationOnlyForProfessionalsException.class);
    }

    @Test
    void refusesAnAccreditationWithoutItsActivity() {
        fixture.givenNoPriorActivity()
                .when(plan(Audience.PROFESSIONALS, new BigDecimal("6"), new Accreditation("Kwaliteitsregister V&V", ""),
                        null))
                .expectException(AccreditationNeedsRegisterAndActivityException.class);
    }

    @Test
    void refusesANegativeNumberOfExcusedDays() {
        fixture.givenNoPriorActivity()
                .when(plan(Audience.PROFESSIONALS, new BigDecimal("6"), null, new CompletionRule(-1)))
                .expectException(ExcusedDaysMustNotBeNegativeException.class);
    }

    @Test
    void revisesWhatACourseSays() {
        fixture.given(planned())
                .when(new ReviseCourseCommand(courseId, TITLE, DESCRIPTION, new BigDecimal("13.5"), V_EN_V,
                        new CompletionRule(0), TRAINER, AT))
                .expectEvents(new CourseRevisedEvent(courseId, TITLE, DESCRIPTION, new BigDecimal("13.5"), V_EN_V,
                        new CompletionRule(0), TRAINER, AT));
    }

    @Test
    void revisingWithNothingNewChangesNothing() {
        fixture.given(planned())
                .when(new ReviseCourseCommand(courseId, TITLE, DESCRIPTION, new BigDecimal("12.00"), V_EN_V,
                        new CompletionRule(1), TRAINER, AT))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void keepsTheRulesOnARevision() {
        fixture.given(new CoursePlannedEvent(courseId, "Slachtofferbewustzijn", Audience.PERPETRATORS, null,
                        new BigDecimal("3.5"), null, CompletionRule.EVERY_DAY, TRAINER, AT))
                .when(new ReviseCourseCommand(courseId, "Slachtofferbewustzijn", null, new BigDecimal("3.5"), V_EN_V,
                        null, TRAINER, AT))
                .expectException(AccreditationOnlyForProfessionalsException.class);
    }

    @Test
    void givesOnePointPerNetHour() {
        assertThat(new CourseFacts(TITLE, Audience.PROFESSIONALS, new BigDecimal("6.5"), V_EN_V, CompletionRule.EVERY_DAY)
                .accreditationPoints()).isEqualByComparingTo("6.5");
        assertThat(new CourseFacts(TITLE, Audience.PROFESSIONALS, new BigDecimal("6.5"), null, CompletionRule.EVERY_DAY)
                .accreditationPoints()).isNull();
    }
}
