package nl.perspectief.training.course.web;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;

/**
 * The bodies of the trainers' course steps, as the API takes them (the pages' forms bind the same fields). What a
 * course's own rules decide (a title, hours above zero with one decimal at most, an accreditation only for
 * professionals with a register and an activity, no negative number of excused days) is left to the course, which
 * refuses by the rule's name; these check only shape and size.
 */
final class CourseRequests {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4_000;

    private CourseRequests() {
    }

    /**
     * @param accreditation  absent for a course without accreditation
     * @param maxExcusedDays the completion rule: how many excused days still complete a session; absent for none
     */
    record PlanCourseRequest(@Size(max = MAX_TITLE) String title, @NotNull Audience audience,
                             @Size(max = MAX_DESCRIPTION) String description, @NotNull BigDecimal netHours,
                             @Valid AccreditationRequest accreditation, Integer maxExcusedDays) {
    }

    /** Every field is the course's new value; the audience stays what it was. */
    record ReviseCourseRequest(@Size(max = MAX_TITLE) String title, @Size(max = MAX_DESCRIPTION) String description,
                               @NotNull BigDecimal netHours, @Valid AccreditationRequest accreditation,
                               Integer maxExcusedDays) {
    }

    /** @param register the register's name, such as "Kwaliteitsregister V&amp;V"; the activity's id in it */
    record AccreditationRequest(@Size(max = 200) String register, @Size(max = 100) String activityId) {

        Accreditation accreditation() {
            return new Accreditation(register, activityId);
        }
    }

    static Accreditation accreditationOf(AccreditationRequest request) {
        return request == null ? null : request.accreditation();
    }

    static CompletionRule ruleOf(Integer maxExcusedDays) {
        return maxExcusedDays == null ? null : new CompletionRule(maxExcusedDays);
    }
}
