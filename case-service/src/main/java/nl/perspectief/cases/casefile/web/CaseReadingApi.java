package nl.perspectief.cases.casefile.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST controller that reads a case outside this package (compliance's), so its refused reads are answered
 * and logged as {@link CaseController}'s are ({@link CaseProblems}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CaseReadingApi {
}
