package nl.perspectief.cases.steps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a feature's REST controller of case steps, so the steps' refusals are answered alike in every feature
 * ({@link CaseCommandProblems}), wherever the controller lives.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CaseStepApi {
}
