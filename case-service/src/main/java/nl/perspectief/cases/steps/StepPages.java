package nl.perspectief.cases.steps;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.cases.access.web.ActingStaffMember;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.cases.casefile.api.CaseRuleException;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.command.NotTheAssignedMediatorException;
import nl.perspectief.cases.casefile.web.CaseNotFoundException;
import nl.perspectief.cases.casefile.web.CasePage;
import nl.perspectief.cases.casefile.web.CasePages;
import nl.perspectief.cases.casefile.web.KeptInput;
import nl.perspectief.cases.casefile.web.StepRefusal;
import nl.perspectief.cases.consent.api.ConsentNotActiveException;
import nl.perspectief.cases.steps.StepForms.InvalidFormException;
import nl.perspectief.security.StaffRole;

/**
 * How a form of the case page takes its step, for every feature's page controller: the form read as the API's
 * request record (the same checks), the version the page was made from as the API's {@code If-Match}, the step
 * taken through the feature's own application service (the one the API calls), then Post/Redirect/Get with a flash
 * message once the read model shows the step. A refused step renders the case again beside its form, with what was
 * typed and the refusal by its type: bad input (400), someone else's change (409), a rule of the case (422).
 */
@Component
public class StepPages {

    private final StepForms forms;
    private final CasePage casePage;
    private final ActingStaffMember acting;
    private final ReadModelCatchUp readModel;

    StepPages(StepForms forms, CasePage casePage, ActingStaffMember acting, ReadModelCatchUp readModel) {
        this.forms = forms;
        this.casePage = casePage;
        this.acting = acting;
        this.readModel = readModel;
    }

    /** A step as a feature's application service takes it, from what the page's form said. */
    @FunctionalInterface
    public interface Step<T> {
        CaseCommandAnswer take(StaffMember by, ExpectedVersion version, T body);
    }

    /**
     * Takes the step, or renders the case again with the reason it was not taken beside its form. A mediator's step
     * on a case not hers never gets here (MediatorsOwnCasesOnly answers it as a case that does not exist).
     *
     * @param form the form as the page names it ("withdrawal:&lt;consent id&gt;" for one consent's withdrawal)
     * @param type the API's request record, {@code null} for a step that takes nothing but the version
     */
    public <T> CompletableFuture<String> take(String form, Class<T> type, UUID caseId, HttpServletRequest request,
                                              HttpServletResponse response, Model model, RedirectAttributes flash,
                                              Step<T> step) {
        StaffMember by = acting.of(request);
        Map<String, String[]> fields = request.getParameterMap();
        try {
            ExpectedVersion version = StepForms.versionOf(fields);
            T body = type == null ? null : forms.read(fields, type);
            CaseCommandAnswer answer = step.take(by, version, body);
            flash.addFlashAttribute("done", StepRefusal.kindOf(form));
            return afterReadModel(caseId, answer.version());
        } catch (InvalidFormException invalid) {
            CaseCommandLog.outcome(request, "INVALID");
            return refused(HttpStatus.BAD_REQUEST, StepRefusal.invalid(form, invalid.errors()), by, caseId, fields,
                    response, model);
        } catch (ConflictingModificationException | ConcurrencyException stale) {
            CaseCommandLog.outcome(request, "STALE_VERSION");
            return refused(HttpStatus.CONFLICT, StepRefusal.conflict(form), by, caseId, fields, response, model);
        } catch (AggregateNotFoundException unknown) {
            throw new CaseNotFoundException(caseId);
        } catch (NotTheAssignedMediatorException notHers) {
            if (by.role() == StaffRole.MEDIATOR) {
                // reassigned between the check and the step: not a case this mediator may know of any more
                throw new CaseNotFoundException(caseId);
            }
            throw new ReadForbiddenException();
        } catch (CaseRuleException refused) {
            if (refused.aboutWhoMayAct()) {
                throw new ReadForbiddenException();
            }
            CaseCommandLog.outcome(request, "REFUSED:" + refused.rule());
            return refused(HttpStatus.UNPROCESSABLE_CONTENT,
                    StepRefusal.rule(form, refused.rule(), missingOf(refused)), by, caseId, fields, response, model);
        }
    }

    /**
     * Post/Redirect/Get, the redirect sent once the read model shows the step (or patience ran out), so the page it
     * leads to shows it and its forms carry the version the step left. The request's thread is not held meanwhile:
     * Spring answers when the future completes.
     */
    public CompletableFuture<String> afterReadModel(UUID caseId, long version) {
        return readModel.reached(caseId, version).thenApply(caughtUp -> "redirect:" + CasePages.CASES + "/" + caseId);
    }

    private CompletableFuture<String> refused(HttpStatus status, StepRefusal refusal, StaffMember by, UUID caseId,
                                              Map<String, String[]> fields, HttpServletResponse response, Model model) {
        model.addAttribute("refusal", refusal);
        model.addAttribute("kept", KeptInput.of(refusal.form(), fields));
        String page = casePage.show(by, caseId, model);
        if (model.getAttribute("kase") instanceof CaseDetailView kase) {
            model.addAttribute("refusal", refusal.namingParties(kase.parties()));
        }
        response.setStatus(status.value());
        return CompletableFuture.completedFuture(page);
    }

    private static List<StepRefusal.MissingConsent> missingOf(CaseRuleException refused) {
        if (!(refused instanceof ConsentNotActiveException consentMissing)) {
            return List.of();
        }
        return consentMissing.missing().stream()
                .map(c -> new StepRefusal.MissingConsent(c.partyId(), String.valueOf(c.partyId()), c.purpose().name(),
                        c.form() == null ? null : c.form().name(), c.recipient()))
                .toList();
    }
}
