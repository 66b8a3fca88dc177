package nl.perspectief.training.certificate.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import nl.perspectief.publicdefences.PublicEndpointFilter;
import nl.perspectief.training.enrolment.web.PublicPage;

/**
 * The public page that checks a certificate: a form for the code, and with {@code ?code=} the answer (valid for which
 * course and dates, or no certificate with this code). The form is a GET, so it changes nothing and needs no CSRF
 * token; a checked code is counted by the rate limit with the API's checks.
 */
@Controller
@PublicPage
class CertificateCheckPages {

    static final String PAGE = "/certificates/check";
    static final String TOO_MANY = "/certificates/too-many-requests";

    private final CertificateChecks checks;

    CertificateCheckPages(CertificateChecks checks) {
        this.checks = checks;
    }

    @GetMapping(PAGE)
    ModelAndView check(@RequestParam(required = false) String code) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("code", code == null ? "" : code);
        if (code == null) {
            return new ModelAndView("public/certificate-check", model);
        }
        try {
            model.put("result", checks.check(code));
            return new ModelAndView("public/certificate-check", model);
        } catch (CertificateChecks.MalformedCodeException malformed) {
            model.put("malformed", true);
            return new ModelAndView("public/certificate-check", model, HttpStatus.BAD_REQUEST);
        }
    }

    /** Where a browser refused by the rate limit is forwarded: the status and Retry-After are set already. */
    @RequestMapping(TOO_MANY)
    ModelAndView tooMany(@RequestAttribute(name = PublicEndpointFilter.RETRY_AFTER_ATTRIBUTE, required = false)
                         Long retryAfter) {
        ModelAndView page = new ModelAndView("public/too-many-requests", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("retryAfter", retryAfter == null ? 60 : retryAfter);
        page.addObject("back", PAGE);
        return page;
    }
}
