package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/**
 * One party's consent to one purpose: what {@code ConsentRecordedEvent} gives and
 * {@code ConsentWithdrawnEvent} takes back. {@code form} belongs only to {@code FORM_OF_CONTACT} and
 * {@code recipient} only to {@code SHARE_OUTCOME}; they are dropped for other purposes, so two
 * consents to the same thing are always equal.
 *
 * @param recipient the third party an outcome may be shared with, an organisation or office such as
 *                  "public prosecutor", never a person's name
 */
public record Consent(UUID partyId, ConsentPurpose purpose, ContactForm form, String recipient) {

    public Consent {
        form = purpose == ConsentPurpose.FORM_OF_CONTACT ? form : null;
        recipient = purpose == ConsentPurpose.SHARE_OUTCOME ? recipient : null;
    }

    public static Consent takingPart(UUID partyId) {
        return new Consent(partyId, ConsentPurpose.TAKING_PART, null, null);
    }

    public static Consent approachOtherParty(UUID applicantId) {
        return new Consent(applicantId, ConsentPurpose.APPROACH_OTHER_PARTY, null, null);
    }

    public static Consent beNamedToOtherParty(UUID applicantId) {
        return new Consent(applicantId, ConsentPurpose.BE_NAMED_TO_OTHER_PARTY, null, null);
    }

    public static Consent formOfContact(UUID partyId, ContactForm form) {
        return new Consent(partyId, ConsentPurpose.FORM_OF_CONTACT, form, null);
    }

    public static Consent conferenceParticipation(UUID networkMemberId) {
        return new Consent(networkMemberId, ConsentPurpose.CONFERENCE_PARTICIPATION, null, null);
    }

    public static Consent shareOutcome(UUID partyId, String recipient) {
        return new Consent(partyId, ConsentPurpose.SHARE_OUTCOME, null, recipient);
    }

    /** Whether the purpose names everything it needs (a form, a recipient). */
    public boolean complete() {
        return purpose != null && partyId != null
                && (purpose != ConsentPurpose.FORM_OF_CONTACT || form != null)
                && (purpose != ConsentPurpose.SHARE_OUTCOME || recipient != null && !recipient.isBlank());
    }
}
