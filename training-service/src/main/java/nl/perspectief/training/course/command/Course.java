package nl.perspectief.training.course.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CommandOutcome;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CoursePlannedEvent;
import nl.perspectief.training.course.api.CourseRevisedEvent;
import nl.perspectief.training.course.api.PlanCourseCommand;
import nl.perspectief.training.course.api.ReviseCourseCommand;

/**
 * A course in the catalogue, and the rules of what it says: a title, net hours (more than zero, one decimal at most),
 * an accreditation only for professionals, and its completion rule. Sessions copy what it says when they are planned,
 * so a revision reaches only the sessions planned after it.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Course {

    @AggregateIdentifier
    private UUID courseId;
    private Audience audience;
    private Terms terms;

    Course() {
        // Axon rebuilds it from its events, and creates an empty one for CREATE_IF_MISSING
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(PlanCourseCommand command) {
        if (courseId != null) {
            return CommandOutcome.UNCHANGED;
        }
        Terms planned = Terms.checked(command.courseId(), command.audience(), command.title(), command.description(),
                command.netHours(), command.accreditation(), command.completionRule());
        apply(new CoursePlannedEvent(command.courseId(), planned.title(), command.audience(), planned.description(),
                planned.netHours(), planned.accreditation(), planned.completionRule(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(ReviseCourseCommand command) {
        Terms revised = Terms.checked(courseId, audience, command.title(), command.description(), command.netHours(),
                command.accreditation(), command.completionRule());
        if (revised.equals(terms)) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CourseRevisedEvent(courseId, revised.title(), revised.description(), revised.netHours(),
                revised.accreditation(), revised.completionRule(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @EventSourcingHandler
    void on(CoursePlannedEvent event) {
        courseId = event.courseId();
        audience = event.audience();
        terms = new Terms(event.title(), event.description(), event.netHours(), event.accreditation(),
                event.completionRule());
    }

    @EventSourcingHandler
    void on(CourseRevisedEvent event) {
        terms = new Terms(event.title(), event.description(), event.netHours(), event.accreditation(),
                event.completionRule());
    }

    /** What a course says, as its rules allow it: net hours with exactly one decimal, a rule always there. */
    record Terms(String title, String description, BigDecimal netHours, Accreditation accreditation,
                 CompletionRule completionRule) {

        static Terms checked(UUID courseId, Audience audience, String title, String description, BigDecimal netHours,
                             Accreditation accreditation, CompletionRule completionRule) {
            if (title == null || title.isBlank()) {
                throw new CourseNeedsATitleException(courseId);
            }
            return new Terms(title.strip(), description, oneDecimal(courseId, netHours),
                    accreditation(courseId, audience, accreditation), rule(courseId, completionRule));
        }

        private static BigDecimal oneDecimal(UUID courseId, BigDecimal netHours) {
            if (netHours == null || netHours.signum() <= 0) {
                throw new NetHoursMustBePositiveException(courseId, netHours);
            }
            BigDecimal exact = netHours.stripTrailingZeros();
            if (exact.scale() > 1) {
                throw new NetHoursAtMostOneDecimalException(courseId, netHours);
            }
            return exact.setScale(1);
        }

        private static Accreditation accreditation(UUID courseId, Audience audience, Accreditation accreditation) {
            if (accreditation == null) {
                return null;
            }
            if (audience != Audience.PROFESSIONALS) {
                throw new AccreditationOnlyForProfessionalsException(courseId);
            }
            if (blank(accreditation.register()) || blank(accreditation.activityId())) {
                throw new AccreditationNeedsRegisterAndActivityException(courseId);
            }
            return new Accreditation(accreditation.register().strip(), accreditation.activityId().strip());
        }

        private static CompletionRule rule(UUID courseId, CompletionRule completionRule) {
            if (completionRule == null) {
                return CompletionRule.EVERY_DAY;
            }
            if (completionRule.maxExcusedDays() < 0) {
                throw new ExcusedDaysMustNotBeNegativeException(courseId, completionRule.maxExcusedDays());
            }
            return completionRule;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
