package nl.perspectief.accesslog;

/**
 * What was read. Stored by name in {@code access_log.resource}; a service needing another kind adds
 * it here, so every service's log speaks the same words.
 */
public enum AccessedResource {
    /** A list of cases, the triage queue included. */
    CASE_LIST,
    /** One case's detail, as an API answer or a page. */
    CASE_DETAIL,
    /** The case (or none) opened from one registration, found by its reference. */
    CASE_BY_REFERENCE,
    CASE_TIMELINE,
    /** A case's event stream itself, event by event, as compliance audits it. */
    CASE_HISTORY,
    /** A case as it was at a moment, rebuilt by replaying its events up to then. */
    CASE_AS_OF,
    /** For each contact step of a case, the consents it needed and the events that granted them. */
    CONSENT_PROOF,
    /** One audit of every case's contact steps against their consents (no single case: the record names none). */
    CONSENT_AUDIT,
    CASE_NOTES,
    CASE_EXPORT,
    /** An attempt to take a step of a case that was refused for who asked (a step taken is in the case's own history). */
    CASE_COMMAND,
    /** A list of correspondences (messaging-service): which cases have letters, and what awaits review; no content. */
    CORRESPONDENCE_LIST,
    /** One case's correspondence (messaging-service): every message, its versions and steps. */
    CORRESPONDENCE,
    /** One attachment of a message (messaging-service): a scan, a photo, a recorded audio or video message. */
    MESSAGE_ATTACHMENT,
    /**
     * Who takes part in one training session (training-service): its enrolment list, waiting list and attendance, or
     * its sign-in sheet of a day. The record's case id is the session's id.
     */
    SESSION_PARTICIPANTS,
    /** One participant's certificate of a training session (training-service); the record's case id is the session's. */
    CERTIFICATE,
    /** A break-glass access to a case being granted; the record names the grant. */
    BREAK_GLASS_GRANT,
    /** Compliance's list of break-glass grants, with their reasons. */
    BREAK_GLASS_GRANTS,
    /** A search of this access log. */
    ACCESS_LOG,
    /** A verification of this access log's hash chain. */
    ACCESS_LOG_VERIFICATION
}
