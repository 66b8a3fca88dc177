package nl.perspectief.training.course.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.training.course.api.CourseEvent;
import nl.perspectief.training.course.api.CoursePlannedEvent;
import nl.perspectief.training.course.api.CourseRevisedEvent;

/**
 * The catalogue from the courses' events, in the command's own transaction (processing group {@value #PROCESSING_GROUP}
 * is subscribing). One handler over the sealed events, so a new event does not compile until it is decided what it
 * shows.
 */
@Component
@ProcessingGroup(CourseProjection.PROCESSING_GROUP)
class CourseProjection {

    static final String PROCESSING_GROUP = "course-view";

    private final CourseRepository repository;

    CourseProjection(CourseRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(CourseEvent event) {
        switch (event) {
            case CoursePlannedEvent planned -> repository.planned(planned);
            case CourseRevisedEvent revised -> repository.revised(revised);
        }
    }
}
