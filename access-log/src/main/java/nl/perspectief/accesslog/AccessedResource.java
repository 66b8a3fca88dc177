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
    CASE_TIMELINE,
    CASE_NOTES,
    CASE_EXPORT,
    /** A search of this access log. */
    ACCESS_LOG,
    /** A verification of this access log's hash chain. */
    ACCESS_LOG_VERIFICATION
}
