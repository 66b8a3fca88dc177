package nl.perspectief.cases.casefile.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller outside this package (compliance's pages), so the pages' header model ({@link PageModel})
 * and error pages ({@link PageProblems}) apply to it as to every page of the case file.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StaffPage {
}
