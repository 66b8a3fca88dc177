package nl.perspectief.training.course.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CourseView;
import nl.perspectief.training.course.web.CourseRequests.PlanCourseRequest;
import nl.perspectief.training.course.web.CourseRequests.ReviseCourseRequest;

/** The trainers' API of the catalogue: list, read, plan and revise courses (role TRAINER). */
@RestController
@RequestMapping(path = "/api/courses", produces = MediaType.APPLICATION_JSON_VALUE)
class CourseController {

    private final Courses courses;

    CourseController(Courses courses) {
        this.courses = courses;
    }

    /** @param audience {@code PERPETRATORS} or {@code PROFESSIONALS}; absent for every course */
    @GetMapping
    List<CourseView> list(@RequestParam(required = false) Audience audience) {
        ActingStaff.trainer();
        return courses.list(audience);
    }

    @GetMapping("/{courseId}")
    CourseView course(@PathVariable UUID courseId) {
        ActingStaff.trainer();
        return courses.find(courseId);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CourseView> plan(@Valid @RequestBody PlanCourseRequest request) {
        CourseView planned = courses.plan(ActingStaff.trainer(), request);
        return ResponseEntity.created(URI.create("/api/courses/" + planned.courseId())).body(planned);
    }

    @PostMapping(path = "/{courseId}/revise", consumes = MediaType.APPLICATION_JSON_VALUE)
    CourseView revise(@PathVariable UUID courseId, @Valid @RequestBody ReviseCourseRequest request) {
        return courses.revise(ActingStaff.trainer(), courseId, request);
    }
}
