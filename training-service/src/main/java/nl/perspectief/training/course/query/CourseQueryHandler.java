package nl.perspectief.training.course.query;

import java.util.List;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.training.course.api.CourseView;
import nl.perspectief.training.course.api.FindCourseQuery;
import nl.perspectief.training.course.api.FindCoursesQuery;

/** Answers what the pages and the API read of the catalogue; who may read it is the web layer's. */
@Component
class CourseQueryHandler {

    private final CourseRepository repository;

    CourseQueryHandler(CourseRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    List<CourseView> handle(FindCoursesQuery query) {
        return repository.list(query.audience());
    }

    @QueryHandler
    Optional<CourseView> handle(FindCourseQuery query) {
        return repository.find(query.courseId());
    }
}
