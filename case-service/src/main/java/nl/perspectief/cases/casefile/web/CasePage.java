package nl.perspectief.cases.casefile.web;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.cases.casefile.api.CaseDetailView.MessageExchangeState;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.OutcomeShareForm;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;
import nl.perspectief.cases.config.CaseServiceProperties;
import nl.perspectief.cases.staff.StaffDirectory;

/**
 * A case's page as the reader may see it (read through {@link CaseReading}, so logged and need-to-know'd), with the
 * steps the reader may take on it: the desk's triage while the case is in triage (and the reassignment on the
 * reduced page after it), the assigned mediator's every step. Nobody else gets a form, and a case read by
 * break-glass gets none: it is read-only. Whether a step offered is allowed is still the case's to decide.
 */
@Component
public class CasePage {

    /** What the desk and the mediator choose from in the forms: the API's own names. */
    private static final Map<String, List<? extends Enum<?>>> CHOICES = choices();

    private final CaseReading reading;
    private final StaffDirectory staff;
    private final URI messagingUrl;

    CasePage(CaseReading reading, StaffDirectory staff, CaseServiceProperties properties) {
        this.reading = reading;
        this.staff = staff;
        this.messagingUrl = properties.messagingUrl();
    }

    /**
     * Fills the model for the case's page and names its template. Right after a step (Post/Redirect/Get) the read
     * model shows it already: the step's redirect waited for that ({@link ReadModelCatchUp}).
     */
    public String show(StaffMember who, UUID caseId, Model model) {
        model.addAttribute("choices", CHOICES);
        if (!model.containsAttribute("kept")) {
            model.addAttribute("kept", KeptInput.NONE);
        }
        switch (reading.detail(who, caseId)) {
            case CaseReading.Whole whole -> {
                model.addAttribute("kase", whole.view());
                model.addAttribute("byBreakGlass", whole.byBreakGlass());
                String acts = null;
                if (!whole.byBreakGlass() && who.role() == StaffRole.DESK) {
                    acts = "DESK";
                    model.addAttribute("mediators", staff.inRole(StaffRole.MEDIATOR));
                } else if (!whole.byBreakGlass() && who.role() == StaffRole.MEDIATOR
                        && who.staffId().equals(whole.view().mediatorId())) {
                    acts = "MEDIATOR";
                }
                model.addAttribute("acts", acts);
                model.addAttribute("openGroups", openGroups(whole.view().nextStep(), model));
                model.addAttribute("correspondenceUrl", correspondenceUrl(who, whole));
                return "case";
            }
            case CaseReading.StatusAndMediator reduced -> {
                model.addAttribute("kase", reduced.view());
                // the desk reassigns a case a mediator runs; a closed or declined case has nobody to hand over
                boolean reassigns = who.role() == StaffRole.DESK && reduced.view().status() == CaseStatus.IN_PROGRESS;
                model.addAttribute("acts", reassigns ? "DESK" : null);
                if (reassigns) {
                    model.addAttribute("mediators", staff.inRole(StaffRole.MEDIATOR));
                }
                return "case-status";
            }
        }
    }

    /**
     * messaging-service's page of the case's correspondence, where the letters are: for the case's own mediator and
     * for compliance, once the case has had a message exchange; {@code null} for anyone else (a colleague reading by
     * break-glass too: messaging-service would not show it to them).
     */
    private String correspondenceUrl(StaffMember who, CaseReading.Whole whole) {
        CaseDetailView kase = whole.view();
        boolean hadExchange = kase.messageExchange() != null
                && kase.messageExchange().state() != MessageExchangeState.NOT_OPENED;
        boolean ownMediator = who.role() == StaffRole.MEDIATOR && !whole.byBreakGlass()
                && who.staffId().equals(kase.mediatorId());
        if (!hadExchange || !(ownMediator || who.role() == StaffRole.COMPLIANCE)) {
            return null;
        }
        return UriComponentsBuilder.fromUri(messagingUrl)
                .pathSegment("cases", kase.caseId().toString(), "correspondence")
                .toUriString();
    }

    /**
     * The groups of the mediator's forms shown open: the one the next step is in, and the one a refused step came
     * from (the others stay folded, one click away).
     */
    private static Set<String> openGroups(CaseDetailView.NextStepView next, Model model) {
        Set<String> open = new HashSet<>();
        if (next != null && next.code() != null) {
            open.add(switch (next.code()) {
                case FIRST_CONVERSATION, APPROACH_OTHER_PARTY, AWAIT_RESPONSE -> "conversations";
                case RECORD_APPROACH_CONSENT -> "consent";
                case AGREE_FORM_OF_CONTACT, SCHEDULE_MEETING, HOLD_MEETING, OPEN_MESSAGE_EXCHANGE, RELAY_MESSAGES,
                     RESUME_MESSAGE_EXCHANGE -> "contact";
                case CLOSE, AFTERCARE -> "closure";
                case TRIAGE, ASSIGN_MEDIATOR, NONE -> "none";
            });
        }
        if (model.getAttribute("refusal") instanceof StepRefusal refusal) {
            open.add(switch (StepRefusal.kindOf(refusal.form())) {
                case "first-conversation", "preparation-talks", "contact-attempts", "responses",
                     "share-applicant-name" -> "conversations";
                case "consents", "withdrawal" -> "consent";
                case "proposal", "agreement", "meetings", "reschedule", "cancel", "held", "exchange-open",
                     "exchange-resume", "exchange-close" -> "contact";
                case "closure", "aftercare-contacts", "reopen", "outcome-shares" -> "closure";
                case "parties", "contact-details", "safety-notes", "language" -> "parties";
                default -> "notes";
            });
        }
        return open;
    }

    private static Map<String, List<? extends Enum<?>>> choices() {
        Map<String, List<? extends Enum<?>>> choices = new LinkedHashMap<>();
        choices.put("linkTypes", Arrays.asList(LinkType.values()));
        choices.put("partyRoles", Arrays.asList(PartyRole.values()));
        choices.put("partySides", Arrays.asList(PartySide.values()));
        choices.put("channels", Arrays.asList(ApproachChannel.values()));
        choices.put("responses", Arrays.asList(PartyResponse.values()));
        choices.put("purposes", Arrays.asList(ConsentPurpose.values()));
        choices.put("forms", Arrays.asList(ContactForm.values()));
        choices.put("methods", Arrays.asList(ConsentMethod.values()));
        choices.put("locations", Arrays.asList(MeetingLocation.values()));
        choices.put("cancellationReasons", Arrays.asList(MeetingCancellationReason.values()));
        choices.put("outcomes", Arrays.asList(CaseOutcome.values()));
        choices.put("shareForms", Arrays.asList(OutcomeShareForm.values()));
        return Map.copyOf(choices);
    }
}
