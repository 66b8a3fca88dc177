package nl.perspectief.training.enrolment.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the public pages (no account: the calendar, enrolling, the links in mails, the certificate check):
 * {@link PublicPageAdvice} gives it the page calendar and answers its refusals with the public error page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicPage {
}
