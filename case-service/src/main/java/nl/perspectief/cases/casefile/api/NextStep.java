package nl.perspectief.cases.casefile.api;

/**
 * What the case waits for, derived from its state (DOMAIN.md, "Life of a case"), for the mediator's
 * or desk's worklist. The first that applies, in this order:
 */
public enum NextStep {
    /** AWAITING_TRIAGE. */
    TRIAGE("The desk decides whether the case is in scope."),
    /** AWAITING_MEDIATOR. */
    ASSIGN_MEDIATOR("The desk assigns a mediator."),
    /** DECLINED: final. */
    NONE("Nothing: the case was declined."),
    /** CLOSED. */
    AFTERCARE("The case is closed; aftercare contacts only, or reopen it."),
    /** IN_PROGRESS, no first conversation with the applicant yet. */
    FIRST_CONVERSATION("The mediator holds the first conversation with the applicant."),
    /** The other party was not approached, and the applicant has not consented to that. */
    RECORD_APPROACH_CONSENT("Ask the applicant whether the other party may be approached."),
    /** The applicant consented; the other party was not approached yet. */
    APPROACH_OTHER_PARTY("Approach the other party."),
    /** The other party was approached and has not answered. */
    AWAIT_RESPONSE("Wait for the other party's answer, and follow up when the deadline passes."),
    /** The other party declined or never answered, or the contact took place: close the case. */
    CLOSE("Close the case with its outcome."),
    /** The other party is open to contact; no form of contact is agreed yet. */
    AGREE_FORM_OF_CONTACT("Agree a form of contact with both parties, with their consents."),
    /** A meeting or conference is agreed and none is scheduled. */
    SCHEDULE_MEETING("Schedule the meeting or conference."),
    /** A meeting or conference is scheduled. */
    HOLD_MEETING("Hold the scheduled meeting and record it."),
    /** A message exchange is agreed and not opened yet. */
    OPEN_MESSAGE_EXCHANGE("Open the message exchange."),
    /** The message exchange is open. */
    RELAY_MESSAGES("Relay messages between the parties; close the exchange when they are done."),
    /** A withdrawal suspended the message exchange. */
    RESUME_MESSAGE_EXCHANGE("The exchange is suspended: record the missing consents again, or close the exchange.");

    private final String text;

    NextStep(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
