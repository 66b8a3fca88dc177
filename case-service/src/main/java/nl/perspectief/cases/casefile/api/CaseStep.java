package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;


/**
 * One event told for the timeline: who, when, a stable type code, plain words naming parties by their
 * role (never by name, so the words need no encryption), and the event's own words, if it has any, with
 * the data subject they belong to.
 */
public record CaseStep(
        String type,
        String description,
        String details,
        UUID detailsSubject,
        StaffMember performedBy,
        Instant at) {

    /** @param roles the roles of the parties known so far, to name them in the description */
    public static CaseStep of(CaseEvent event, Map<UUID, PartyRole> roles) {
        Function<UUID, String> party = id -> partyName(roles.get(id));
        return switch (event) {
            case CaseOpenedEvent e -> new CaseStep("CASE_OPENED",
                    "Case opened from " + (e.registrationReference() == null
                            ? "a " + e.source().name().toLowerCase() + " to the desk"
                            : "registration " + e.registrationReference())
                            + "; incident category " + e.incident().category() + ".",
                    null, null, e.openedBy(), e.openedAt());
            case CaseAcceptedEvent e -> new CaseStep("CASE_ACCEPTED", "The desk found the case in scope.",
                    null, null, e.performedBy(), e.at());
            case CaseDeclinedEvent e -> new CaseStep("CASE_DECLINED", "The desk declined the case as out of scope.",
                    e.reason(), e.caseId(), e.performedBy(), e.at());
            case CaseLinkedEvent e -> new CaseStep("CASE_LINKED",
                    "Linked to case " + e.linkedCaseId() + " as " + e.linkType().name().toLowerCase() + ".",
                    null, null, e.performedBy(), e.at());
            case MediatorAssignedEvent e -> new CaseStep("MEDIATOR_ASSIGNED",
                    "Mediator " + e.mediatorId() + " assigned.", null, null, e.performedBy(), e.at());
            case MediatorReassignedEvent e -> new CaseStep("MEDIATOR_REASSIGNED",
                    "Case passed from mediator " + e.previousMediatorId() + " to " + e.mediatorId() + ".",
                    null, null, e.performedBy(), e.at());
            case PartyAddedEvent e -> new CaseStep("PARTY_ADDED",
                    "Added " + partyName(e.role()) + (e.side() == null ? "" : " on the " + sideName(e.side())) + ".",
                    null, null, e.performedBy(), e.at());
            case PartyContactDetailsUpdatedEvent e -> new CaseStep("PARTY_CONTACT_DETAILS_UPDATED",
                    "Updated the name and contact details of " + party.apply(e.partyId()) + ".",
                    null, null, e.performedBy(), e.at());
            case SafetyNotesRecordedEvent e -> new CaseStep("SAFETY_NOTES_RECORDED",
                    "Recorded safety notes for " + party.apply(e.partyId()) + ".",
                    null, null, e.performedBy(), e.at());
            case PreferredLanguageSetEvent e -> new CaseStep("PREFERRED_LANGUAGE_SET",
                    "Set the preferred language of " + party.apply(e.partyId()) + ".",
                    null, null, e.performedBy(), e.at());
            case FirstConversationHeldEvent e -> new CaseStep("FIRST_CONVERSATION_HELD",
                    "First conversation with the applicant held.", e.summary(), e.applicantId(), e.performedBy(), e.at());
            case PreparationTalkHeldEvent e -> new CaseStep("PREPARATION_TALK_HELD",
                    "Preparation talk with " + party.apply(e.partyId()) + " held.",
                    e.summary(), e.partyId(), e.performedBy(), e.at());
            case ContactAttemptedEvent e -> new CaseStep("CONTACT_ATTEMPTED",
                    "Tried to reach " + party.apply(e.partyId()) + " by " + e.channel().name().toLowerCase().replace('_', ' ')
                            + (e.applicantNamed() ? ", naming the applicant" : "")
                            + (e.followUpBy() == null ? "." : "; follow up by " + e.followUpBy() + "."),
                    null, null, e.performedBy(), e.at());
            case PartyRespondedEvent e -> new CaseStep("PARTY_RESPONDED",
                    capitalized(party.apply(e.partyId())) + " answered: " + e.response().name().toLowerCase().replace('_', ' ') + ".",
                    e.summary(), e.partyId(), e.performedBy(), e.at());
            case ApplicantNamedToOtherPartyEvent e -> new CaseStep("APPLICANT_NAMED_TO_OTHER_PARTY",
                    "The other party was told who the applicant is.", null, null, e.performedBy(), e.at());
            case ConsentRecordedEvent e -> new CaseStep("CONSENT_RECORDED",
                    capitalized(party.apply(e.partyId())) + " consented to " + purposeName(e.purpose(), e.form(), e.recipient())
                            + " (" + e.method().name().toLowerCase().replace('_', ' ') + ").",
                    null, null, e.performedBy(), e.at());
            case ConsentWithdrawnEvent e -> new CaseStep("CONSENT_WITHDRAWN",
                    capitalized(party.apply(e.partyId())) + " withdrew consent to "
                            + purposeName(e.purpose(), e.form(), e.recipient()) + ".",
                    e.reason(), e.partyId(), e.performedBy(), e.at());
            case FormOfContactProposedEvent e -> new CaseStep("FORM_OF_CONTACT_PROPOSED",
                    "Proposed " + formName(e.form()) + " as the form of contact.", null, null, e.performedBy(), e.at());
            case FormOfContactAgreedEvent e -> new CaseStep("FORM_OF_CONTACT_AGREED",
                    "The parties agreed on " + formName(e.form()) + ".", null, null, e.performedBy(), e.at());
            case MeetingScheduledEvent e -> new CaseStep("MEETING_SCHEDULED",
                    capitalized(formName(e.form())) + " scheduled for " + e.scheduledFor() + " at "
                            + e.location().name().toLowerCase().replace('_', ' ')
                            + (e.networkMemberIds() == null || e.networkMemberIds().isEmpty() ? ""
                            : ", with " + e.networkMemberIds().size() + " network member(s)") + ".",
                    e.address(), e.caseId(), e.performedBy(), e.at());
            case MeetingRescheduledEvent e -> new CaseStep("MEETING_RESCHEDULED",
                    "Meeting moved to " + e.scheduledFor() + " at " + e.location().name().toLowerCase().replace('_', ' ') + ".",
                    e.address(), e.caseId(), e.performedBy(), e.at());
            case MeetingCancelledEvent e -> new CaseStep("MEETING_CANCELLED",
                    "Meeting cancelled: " + e.reason().name().toLowerCase().replace('_', ' ') + ".",
                    e.note(), e.caseId(), e.performedBy(), e.at());
            case MeetingHeldEvent e -> new CaseStep("MEETING_HELD", "Meeting held.", null, null, e.performedBy(), e.at());
            case MessageExchangeOpenedEvent e -> new CaseStep("MESSAGE_EXCHANGE_OPENED",
                    "Message exchange between the applicant and the other party opened.",
                    null, null, e.performedBy(), e.at());
            case MessageExchangeSuspendedEvent e -> new CaseStep("MESSAGE_EXCHANGE_SUSPENDED",
                    "Message exchange suspended: a consent it needs was withdrawn.", null, null, e.performedBy(), e.at());
            case MessageExchangeResumedEvent e -> new CaseStep("MESSAGE_EXCHANGE_RESUMED",
                    "Message exchange resumed.", null, null, e.performedBy(), e.at());
            case MessageExchangeClosedEvent e -> new CaseStep("MESSAGE_EXCHANGE_CLOSED",
                    "Message exchange closed.", null, null, e.performedBy(), e.at());
            case CaseClosedEvent e -> new CaseStep("CASE_CLOSED",
                    "Case closed: " + e.outcome().name().toLowerCase().replace('_', ' ') + ".",
                    e.note(), e.caseId(), e.performedBy(), e.at());
            case AftercareContactRecordedEvent e -> new CaseStep("AFTERCARE_CONTACT_RECORDED",
                    "Aftercare contact with " + party.apply(e.partyId()) + ".",
                    e.summary(), e.partyId(), e.performedBy(), e.at());
            case CaseReopenedEvent e -> new CaseStep("CASE_REOPENED", "Case reopened.",
                    e.reason(), e.caseId(), e.performedBy(), e.at());
            case CaseNoteAddedEvent e -> new CaseStep("CASE_NOTE_ADDED", "Case note added.",
                    e.text(), e.caseId(), e.performedBy(), e.at());
            case OutcomeSharedEvent e -> new CaseStep("OUTCOME_SHARED",
                    "Outcome shared with " + e.recipient() + " as " + shareFormName(e.form()) + ".",
                    e.content(), e.caseId(), e.performedBy(), e.at());
        };
    }

    /** A party as the timeline's words name it: by role, never by name. */
    public static String partyName(PartyRole role) {
        return role == null ? "a party" : switch (role) {
            case APPLICANT -> "the applicant";
            case OTHER_PARTY -> "the other party";
            case NETWORK_MEMBER -> "a network member";
            case MINOR_REPRESENTATIVE -> "a minor's representative";
        };
    }

    private static String sideName(PartySide side) {
        return switch (side) {
            case APPLICANT_SIDE -> "applicant's side";
            case OTHER_PARTY_SIDE -> "other party's side";
        };
    }

    private static String purposeName(ConsentPurpose purpose, ContactForm form, String recipient) {
        return switch (purpose) {
            case TAKING_PART -> "taking part";
            case APPROACH_OTHER_PARTY -> "approaching the other party";
            case BE_NAMED_TO_OTHER_PARTY -> "being named to the other party";
            case FORM_OF_CONTACT -> formName(form);
            case CONFERENCE_PARTICIPATION -> "taking part in the conference";
            case SHARE_OUTCOME -> "sharing the outcome with " + recipient;
        };
    }

    private static String formName(ContactForm form) {
        return form == null ? "a form of contact" : switch (form) {
            case MEETING -> "a meeting";
            case CONFERENCE -> "a conference";
            case MESSAGE_EXCHANGE -> "a message exchange";
        };
    }

    private static String shareFormName(OutcomeShareForm form) {
        return switch (form) {
            case WRITTEN_SUMMARY -> "a written summary";
            case LETTER -> "a letter";
            case ORAL -> "an oral account";
        };
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
