package nl.perspectief.cases.casefile.web;

import nl.perspectief.cases.access.web.CompliancePages;
import nl.perspectief.cases.access.web.SignedInPerson;
import nl.perspectief.cases.steps.CaseStepPage;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header shows, the error pages' too: who is signed in, in which role. */
@ControllerAdvice(assignableTypes = {CasePages.class, CompliancePages.class, ErrorController.class},
        annotations = {CaseStepPage.class, StaffPage.class})
class PageModel {

    @ModelAttribute("person")
    SignedInPerson person(Authentication authentication) {
        return SignedInPerson.of(authentication).orElse(null);
    }
}
