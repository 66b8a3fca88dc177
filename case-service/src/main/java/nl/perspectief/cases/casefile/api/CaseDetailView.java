package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as its mediator reads it, decrypted: what the registration said (the fields of {@link CaseView},
 * as registered) and where the case stands now. Its parts are its own records without
 * {@code @PersonalData}, like {@link CaseView}'s.
 *
 * @param version the case's version (the sequence number of its latest event), sent as {@code ETag} and
 *                taken back as {@code If-Match}
 */
public record CaseDetailView(
        UUID caseId,
        UUID registrationId,
        String registrationReference,
        CaseStatus status,
        Instant openedAt,
        CaseSource source,
        Instant submittedAt,
        CaseView.Applicant applicant,
        CaseView.OtherParty otherParty,
        CaseView.Incident incident,
        String story,
        CaseView.Referrer referrer,
        String mediatorId,
        long version,
        Instant lastActivityAt,
        List<Party> parties,
        List<ActiveConsentView> activeConsents,
        FormOfContact formOfContact,
        List<Meeting> meetings,
        MessageExchange messageExchange,
        List<Link> links,
        CaseOutcome outcome,
        List<OutcomeShare> outcomeShares,
        NextStepView nextStep) {

    /**
     * A person in the case as the case knows them now (the applicant and other party start from the
     * registration). Erased data reads as {@code null}.
     *
     * @param response   the party's latest answer to being approached, if any
     * @param followUpBy when to follow up an unanswered contact attempt, if one is open
     */
    public record Party(
            UUID partyId,
            PartyRole role,
            PartySide side,
            UUID representedPartyId,
            String fullName,
            String email,
            String phone,
            CaseView.PostalAddress postalAddress,
            String safetyNotes,
            String preferredLanguage,
            boolean approached,
            PartyResponse response,
            LocalDate followUpBy) {
    }

    public record FormOfContact(ContactForm proposed, ContactForm agreed) {
    }

    public enum MeetingState { SCHEDULED, HELD, CANCELLED }

    public record Meeting(
            UUID meetingId,
            ContactForm form,
            Instant scheduledFor,
            MeetingLocation location,
            String address,
            List<UUID> networkMemberIds,
            MeetingState state,
            MeetingCancellationReason cancellationReason) {
    }

    public enum MessageExchangeState { NOT_OPENED, OPEN, SUSPENDED, CLOSED }

    public record MessageExchange(MessageExchangeState state, UUID applicantId, UUID otherPartyId) {
    }

    public record Link(UUID linkedCaseId, LinkType linkType) {
    }

    /**
     * The outcome passed on to a third party, in the order shared. What was shared is read in the
     * timeline, as case notes are; here only to whom, how, when and by whom.
     */
    public record OutcomeShare(UUID shareId, String recipient, OutcomeShareForm form, Instant sharedAt,
                               String sharedBy) {
    }

    public record NextStepView(NextStep code, String text) {
    }
}
