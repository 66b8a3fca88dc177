package nl.perspectief.training.course.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CourseView;
import nl.perspectief.training.course.api.FindCourseQuery;
import nl.perspectief.training.course.api.FindCoursesQuery;
import nl.perspectief.training.course.api.PlanCourseCommand;
import nl.perspectief.training.course.api.ReviseCourseCommand;
import nl.perspectief.training.course.api.StaffMember;
import nl.perspectief.training.course.web.CourseRequests.PlanCourseRequest;
import nl.perspectief.training.course.web.CourseRequests.ReviseCourseRequest;

/**
 * The catalogue as trainers keep it, the one way in for the API and the pages: ids and time are given here (time from
 * the service's {@link Clock} only), the course decides the rest. A course holds no personal data, so reading it is
 * not logged.
 */
@Service
class Courses {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    Courses(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** @param audience null for every course */
    List<CourseView> list(Audience audience) {
        return queries.query(new FindCoursesQuery(audience), ResponseTypes.multipleInstancesOf(CourseView.class)).join();
    }

    /** @throws CourseNotFoundException for an id not in the catalogue */
    CourseView find(UUID courseId) {
        return queries.query(new FindCourseQuery(courseId), ResponseTypes.optionalInstanceOf(CourseView.class)).join()
                .orElseThrow(() -> new CourseNotFoundException(courseId));
    }

    CourseView plan(StaffMember who, PlanCourseRequest request) {
        UUID courseId = UUID.randomUUID();
        commands.sendAndWait(new PlanCourseCommand(courseId, request.title(), request.audience(), request.description(),
                request.netHours(), CourseRequests.accreditationOf(request.accreditation()),
                CourseRequests.ruleOf(request.maxExcusedDays()), who, clock.instant()));
        return find(courseId);
    }

    /** @throws CourseNotFoundException for an id not in the catalogue, before anything is sent */
    CourseView revise(StaffMember who, UUID courseId, ReviseCourseRequest request) {
        find(courseId);
        commands.sendAndWait(new ReviseCourseCommand(courseId, request.title(), request.description(),
                request.netHours(), CourseRequests.accreditationOf(request.accreditation()),
                CourseRequests.ruleOf(request.maxExcusedDays()), who, clock.instant()));
        return find(courseId);
    }
}
