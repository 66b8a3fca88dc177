package nl.perspectief.cases.steps;

import nl.perspectief.cases.access.web.ActingStaffMember;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import nl.perspectief.cases.casefile.web.CaseNotFoundException;
import nl.perspectief.cases.casefile.web.CasePage;
import nl.perspectief.cases.casefile.web.CasePages;
import nl.perspectief.problems.FieldProblem;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;
import nl.perspectief.cases.casefile.api.CaseRuleException;
import nl.perspectief.cases.consent.api.ConsentNotActiveException;
import nl.perspectief.cases.steps.CaseCommandRequests.AddPartyRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.AftercareContactRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.AssignMediatorRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.CancelMeetingRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ClosureRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ConsentRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ContactAttemptRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ContactDetailsUpdateRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.DeclineRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.FirstConversationRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.FormOfContactRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.LanguageRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.LinkRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.MeetingRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.NoteRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.OpenCaseRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.OutcomeShareRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.PartyResponseRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.PreparationTalkRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.ReopenRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.RescheduleRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.SafetyNotesRequest;
import nl.perspectief.cases.steps.CaseCommandRequests.WithdrawalRequest;
import nl.perspectief.cases.steps.StepForms.InvalidFormException;
import nl.perspectief.cases.casefile.api.ApplicantRole;
import nl.perspectief.cases.casefile.api.ContactChannel;
import nl.perspectief.cases.casefile.api.CriminalProceedings;
import nl.perspectief.cases.casefile.api.IncidentCategory;

/**
 * The steps of a case from the pages: the desk's new case and triage, the mediator's every step. Each form posts
 * to the path of its step in the JSON API, below {@code /cases} instead of {@code /api/cases}, with the CSRF token
 * and the version of the case it was made from (what {@code If-Match} carries for the API), and is taken by the
 * API's own controller method: the same mapping to the command, the same rules. Then Post/Redirect/Get with a
 * flash message; a refused step renders the case again beside the form, with what was typed.
 */
@Controller
public class CaseStepPages {

    static final String NEW_CASE = CasePages.CASES + "/new";
    private static final String CASE = CasePages.CASE;
    private static final ZoneId CALENDAR = ZoneId.of("Europe/Amsterdam");

    private final CaseCommandController api;
    private final StepForms forms;
    private final CasePage casePage;
    private final ActingStaffMember acting;
    private final ReadModelCatchUp readModel;

    CaseStepPages(CaseCommandController api, StepForms forms, CasePage casePage, ActingStaffMember acting,
                  ReadModelCatchUp readModel) {
        this.api = api;
        this.forms = forms;
        this.casePage = casePage;
        this.acting = acting;
        this.readModel = readModel;
    }

    /** A step as the API takes it, from what the page's form said. */
    @FunctionalInterface
    private interface Step<T> {
        ResponseEntity<CaseCommandAnswer> take(StaffMember by, ExpectedVersion version, T body);
    }

    // ---- the desk: a new case from a phone call or an e-mail

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
            CaseCommandAnswer opened = api.open(by, IdempotencyKey.parse(key), body, request).getBody();
            flash.addFlashAttribute("done", "open-case");
            return afterReadModel(opened.caseId(), opened.version());
        } catch (InvalidFormException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", StepRefusal.invalid("open-case", invalid.errors()));
        } catch (IdempotencyKey.IdempotencyKeyMalformedException malformed) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", StepRefusal.invalid("open-case", List.of(new FieldProblem(
                    "idempotencyKey", "IdempotencyKey", "must be 1 to 255 printable ASCII characters"))));
        } catch (CaseRuleException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", StepRefusal.rule("open-case", ruleOf(refused), List.of()));
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

    // ---- the desk: triage

    @PostMapping(CASE + "/accept")
    CompletableFuture<String> accept(@PathVariable UUID caseId, HttpServletRequest request,
                                     HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("accept", null, caseId, request, response, model, flash,
                (by, version, body) -> api.accept(caseId, by, version, request));
    }

    @PostMapping(CASE + "/decline")
    CompletableFuture<String> decline(@PathVariable UUID caseId, HttpServletRequest request,
                                      HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("decline", DeclineRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.decline(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/link")
    CompletableFuture<String> link(@PathVariable UUID caseId, HttpServletRequest request, HttpServletResponse response,
                                   Model model, RedirectAttributes flash) {
        return take("link", LinkRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.link(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/assign-mediator")
    CompletableFuture<String> assignMediator(@PathVariable UUID caseId, HttpServletRequest request,
                                             HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("assign-mediator", AssignMediatorRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.assignMediator(caseId, by, version, body, request));
    }

    // ---- the mediator: parties

    @PostMapping(CASE + "/parties")
    CompletableFuture<String> addParty(@PathVariable UUID caseId, HttpServletRequest request,
                                       HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("parties", AddPartyRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.addParty(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/parties/{partyId}/contact-details")
    CompletableFuture<String> contactDetails(@PathVariable UUID caseId, @PathVariable UUID partyId,
                                             HttpServletRequest request, HttpServletResponse response, Model model,
                                             RedirectAttributes flash) {
        return take("contact-details:" + partyId, ContactDetailsUpdateRequest.class, caseId, request, response, model,
                flash, (by, version, body) -> api.updateContactDetails(caseId, partyId, by, version, body, request));
    }

    @PostMapping(CASE + "/parties/{partyId}/safety-notes")
    CompletableFuture<String> safetyNotes(@PathVariable UUID caseId, @PathVariable UUID partyId,
                                          HttpServletRequest request, HttpServletResponse response, Model model,
                                          RedirectAttributes flash) {
        return take("safety-notes:" + partyId, SafetyNotesRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.safetyNotes(caseId, partyId, by, version, body, request));
    }

    @PostMapping(CASE + "/parties/{partyId}/language")
    CompletableFuture<String> language(@PathVariable UUID caseId, @PathVariable UUID partyId,
                                       HttpServletRequest request, HttpServletResponse response, Model model,
                                       RedirectAttributes flash) {
        return take("language:" + partyId, LanguageRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.language(caseId, partyId, by, version, body, request));
    }

    // ---- the mediator: conversations and the approach

    @PostMapping(CASE + "/first-conversation")
    CompletableFuture<String> firstConversation(@PathVariable UUID caseId, HttpServletRequest request,
                                                HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("first-conversation", FirstConversationRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.firstConversation(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/preparation-talks")
    CompletableFuture<String> preparationTalk(@PathVariable UUID caseId, HttpServletRequest request,
                                              HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("preparation-talks", PreparationTalkRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.preparationTalk(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/contact-attempts")
    CompletableFuture<String> contactAttempt(@PathVariable UUID caseId, HttpServletRequest request,
                                             HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("contact-attempts", ContactAttemptRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.contactAttempt(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/responses")
    CompletableFuture<String> partyResponse(@PathVariable UUID caseId, HttpServletRequest request,
                                            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("responses", PartyResponseRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.response(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/share-applicant-name")
    CompletableFuture<String> shareApplicantName(@PathVariable UUID caseId, HttpServletRequest request,
                                                 HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("share-applicant-name", null, caseId, request, response, model, flash,
                (by, version, body) -> api.shareApplicantName(caseId, by, version, request));
    }

    // ---- the mediator: consent

    @PostMapping(CASE + "/consents")
    CompletableFuture<String> recordConsent(@PathVariable UUID caseId, HttpServletRequest request,
                                            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("consents", ConsentRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.recordConsent(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/consents/{consentId}/withdrawal")
    CompletableFuture<String> withdrawConsent(@PathVariable UUID caseId, @PathVariable UUID consentId,
                                              HttpServletRequest request, HttpServletResponse response, Model model,
                                              RedirectAttributes flash) {
        return take("withdrawal:" + consentId, WithdrawalRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.withdrawConsent(caseId, consentId, by, version, body, request));
    }

    // ---- the mediator: the form of contact, meetings, the message exchange

    @PostMapping(CASE + "/form-of-contact/proposal")
    CompletableFuture<String> proposeFormOfContact(@PathVariable UUID caseId, HttpServletRequest request,
                                                   HttpServletResponse response, Model model,
                                                   RedirectAttributes flash) {
        return take("proposal", FormOfContactRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.proposeFormOfContact(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/form-of-contact/agreement")
    CompletableFuture<String> agreeFormOfContact(@PathVariable UUID caseId, HttpServletRequest request,
                                                 HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("agreement", FormOfContactRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.agreeFormOfContact(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/meetings")
    CompletableFuture<String> scheduleMeeting(@PathVariable UUID caseId, HttpServletRequest request,
                                              HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("meetings", MeetingRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.scheduleMeeting(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/meetings/{meetingId}/reschedule")
    CompletableFuture<String> rescheduleMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId,
                                                HttpServletRequest request, HttpServletResponse response, Model model,
                                                RedirectAttributes flash) {
        return take("reschedule:" + meetingId, RescheduleRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.rescheduleMeeting(caseId, meetingId, by, version, body, request));
    }

    @PostMapping(CASE + "/meetings/{meetingId}/cancel")
    CompletableFuture<String> cancelMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId,
                                            HttpServletRequest request, HttpServletResponse response, Model model,
                                            RedirectAttributes flash) {
        return take("cancel:" + meetingId, CancelMeetingRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.cancelMeeting(caseId, meetingId, by, version, body, request));
    }

    @PostMapping(CASE + "/meetings/{meetingId}/held")
    CompletableFuture<String> meetingHeld(@PathVariable UUID caseId, @PathVariable UUID meetingId,
                                          HttpServletRequest request, HttpServletResponse response, Model model,
                                          RedirectAttributes flash) {
        return take("held:" + meetingId, null, caseId, request, response, model, flash,
                (by, version, body) -> api.meetingHeld(caseId, meetingId, by, version, request));
    }

    @PostMapping(CASE + "/message-exchange/open")
    CompletableFuture<String> openMessageExchange(@PathVariable UUID caseId, HttpServletRequest request,
                                                  HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("exchange-open", null, caseId, request, response, model, flash,
                (by, version, body) -> api.openMessageExchange(caseId, by, version, request));
    }

    @PostMapping(CASE + "/message-exchange/resume")
    CompletableFuture<String> resumeMessageExchange(@PathVariable UUID caseId, HttpServletRequest request,
                                                    HttpServletResponse response, Model model,
                                                    RedirectAttributes flash) {
        return take("exchange-resume", null, caseId, request, response, model, flash,
                (by, version, body) -> api.resumeMessageExchange(caseId, by, version, request));
    }

    @PostMapping(CASE + "/message-exchange/close")
    CompletableFuture<String> closeMessageExchange(@PathVariable UUID caseId, HttpServletRequest request,
                                                   HttpServletResponse response, Model model,
                                                   RedirectAttributes flash) {
        return take("exchange-close", null, caseId, request, response, model, flash,
                (by, version, body) -> api.closeMessageExchange(caseId, by, version, request));
    }

    // ---- the mediator: closure and after

    @PostMapping(CASE + "/closure")
    CompletableFuture<String> close(@PathVariable UUID caseId, HttpServletRequest request, HttpServletResponse response,
                                    Model model, RedirectAttributes flash) {
        return take("closure", ClosureRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.close(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/outcome-shares")
    CompletableFuture<String> shareOutcome(@PathVariable UUID caseId, HttpServletRequest request,
                                           HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("outcome-shares", OutcomeShareRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.shareOutcome(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/aftercare-contacts")
    CompletableFuture<String> aftercareContact(@PathVariable UUID caseId, HttpServletRequest request,
                                               HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("aftercare-contacts", AftercareContactRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.aftercareContact(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/reopen")
    CompletableFuture<String> reopen(@PathVariable UUID caseId, HttpServletRequest request,
                                     HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("reopen", ReopenRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.reopen(caseId, by, version, body, request));
    }

    @PostMapping(CASE + "/notes")
    CompletableFuture<String> addNote(@PathVariable UUID caseId, HttpServletRequest request,
                                      HttpServletResponse response, Model model, RedirectAttributes flash) {
        return take("notes", NoteRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> api.addNote(caseId, by, version, body, request));
    }

    // ----

    /**
     * Takes the step, or renders the case again with the reason it was not taken beside its form. A mediator's step
     * on a case not hers never gets here (MediatorsOwnCasesOnly answers it as a case that does not exist).
     *
     * @param type the API's request record, {@code null} for a step that takes nothing but the version
     */
    private <T> CompletableFuture<String> take(String form, Class<T> type, UUID caseId, HttpServletRequest request,
                                               HttpServletResponse response, Model model, RedirectAttributes flash,
                                               Step<T> step) {
        StaffMember by = acting.of(request);
        Map<String, String[]> fields = request.getParameterMap();
        try {
            ExpectedVersion version = StepForms.versionOf(fields);
            T body = type == null ? null : forms.read(fields, type);
            CaseCommandAnswer answer = step.take(by, version, body).getBody();
            flash.addFlashAttribute("done", kindOf(form));
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
        } catch (CaseRuleException refused) {
            String rule = ruleOf(refused);
            if ("NotTheAssignedMediator".equals(rule) && by.role() == StaffRole.MEDIATOR) {
                // reassigned between the check and the step: not a case this mediator may know of any more
                throw new CaseNotFoundException(caseId);
            }
            if ("TriageIsForTheDesk".equals(rule) || "NotTheAssignedMediator".equals(rule)) {
                throw new ReadForbiddenException();
            }
            CaseCommandLog.outcome(request, "REFUSED:" + rule);
            return refused(HttpStatus.UNPROCESSABLE_CONTENT, StepRefusal.rule(form, rule, missingOf(refused)),
                    by, caseId, fields, response, model);
        }
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

    /**
     * Post/Redirect/Get, the redirect sent once the read model shows the step (or patience ran out), so the page it
     * leads to shows it and its forms carry the version the step left. The request's thread is not held meanwhile:
     * Spring answers when the future completes.
     */
    private CompletableFuture<String> afterReadModel(UUID caseId, long version) {
        return readModel.reached(caseId, version).thenApply(caughtUp -> "redirect:" + CasePages.CASES + "/" + caseId);
    }

    /** "withdrawal:&lt;consent id&gt;" is a withdrawal: the kind names the step in messages. */
    public static String kindOf(String form) {
        int colon = form.indexOf(':');
        return colon < 0 ? form : form.substring(0, colon);
    }

    private static String ruleOf(CaseRuleException refused) {
        return refused.getClass().getSimpleName().replaceFirst("Exception$", "");
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
