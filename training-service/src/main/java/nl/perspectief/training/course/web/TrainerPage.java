package nl.perspectief.training.course.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the trainers' pages (courses, sessions): {@link TrainerPageAdvice} gives it the header's
 * person and calendar and turns its refusals into the trainers' error page. The public pages are not marked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TrainerPage {
}
