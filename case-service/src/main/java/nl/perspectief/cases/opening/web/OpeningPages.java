package nl.perspectief.cases.opening.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.cases.access.web.ActingStaffMember;
import nl.perspectief.cases.casefile.api.ApplicantRole;
import nl.perspectief.cases.casefile.api.CaseRuleException;
import nl.perspectief.cases.casefile.api.ContactChannel;
import nl.perspectief.cases.casefile.api.CriminalProceedings;
import nl.perspectief.cases.casefile.api.IncidentCategory;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.web.CasePages;
import nl.perspectief.cases.casefile.web.KeptInput;
import nl.perspectief.cases.casefile.web.StepRefusal;
import nl.perspectief.cases.opening.web.OpeningRequests.OpenCaseRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseStepPage;
import nl.perspectief.cases.steps.IdempotencyKey;
import nl.perspectief.cases.steps.StepForms.InvalidFormException;
import nl.perspectief.cases.steps.StepForms;
import nl.perspectief.cases.steps.StepPages;
import nl.perspectief.problems.FieldProblem;

/** The desk's new case from a phone call or an e-mail, as a page: taken by the same {@link OpeningSteps} as the API. */
@Controller
@CaseStepPage
class OpeningPages {

    static final String NEW_CASE = CasePages.CASES + "/new";
    private static final ZoneId CALENDAR = ZoneId.of("Europe/Amsterdam");

    private final OpeningSteps opening;
    private final StepForms forms;
    private final StepPages pages;
    private final ActingStaffMember acting;

    OpeningPages(OpeningSteps opening, StepForms forms, StepPages pages, ActingStaffMember acting) {
        this.opening = opening;
        this.forms = forms;
        this.pages = pages;
        this.acting = acting;
    }

    /** The idempotency key is made with the form, so sending it twice opens one case. */
    @GetMapping(NEW_CASE)
    String newCase(Model model) {
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("kept", KeptInput.of("open-case", Map.of("receivedAt",
                new String[] {LocalDateTime.now(CALENDAR).truncatedTo(ChronoUnit.MINUTES).toString()})));
        return newCaseForm(model);
    }

    @PostMapping(CasePages.CASES)
    CompletableFuture<String> open(HttpServletRequest request, HttpServletResponse response, Model model,
                                   RedirectAttributes flash) {
        StaffMember by = acting.of(request);
        Map<String, String[]> fields = request.getParameterMap();
        String key = StepForms.single(fields, "idempotencyKey");
        try {
            OpenCaseRequest body = forms.read(fields, OpenCaseRequest.class);
            CaseCommandAnswer opened = opening.open(request, by, IdempotencyKey.parse(key), body);
            flash.addFlashAttribute("done", "open-case");
            return pages.afterReadModel(opened.caseId(), opened.version());
        } catch (InvalidFormException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", StepRefusal.invalid("open-case", invalid.errors()));
        } catch (IdempotencyKey.IdempotencyKeyMalformedException malformed) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", StepRefusal.invalid("open-case", List.of(new FieldProblem(
                    "idempotencyKey", "IdempotencyKey", "must be 1 to 255 printable ASCII characters"))));
        } catch (CaseRuleException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", StepRefusal.rule("open-case", refused.rule(), List.of()));
        }
        model.addAttribute("idempotencyKey", key == null ? UUID.randomUUID().toString() : key);
        model.addAttribute("kept", KeptInput.of("open-case", fields));
        return CompletableFuture.completedFuture(newCaseForm(model));
    }

    private static String newCaseForm(Model model) {
        model.addAttribute("applicantRoles", ApplicantRole.values());
        model.addAttribute("contactChannels", ContactChannel.values());
        model.addAttribute("categories", IncidentCategory.values());
        model.addAttribute("proceedings", CriminalProceedings.values());
        return "new-case";
    }
}
