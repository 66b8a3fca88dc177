package nl.perspectief.training.session.web;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessLog;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessRecord;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.training.course.api.StaffMember;

/**
 * Every read of a session's participants (the enrolment and waiting lists with their attendance, a day's sign-in
 * sheet) and of a participant's certificate, and every refused attempt, appended to the service's tamper-evident
 * access log before it is answered, the session's id in the record's case id; if the append fails the read fails too
 * (503), so no participant is shown unlogged.
 */
@Component
class SessionAccessLog {

    private static final Logger log = LoggerFactory.getLogger("perspectief.access");

    private final AccessLog accessLog;

    SessionAccessLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    void read(StaffMember who, UUID sessionId, AccessedResource resource, AccessOutcome outcome) {
        try {
            accessLog.append(AccessRecord.of(who.staffId(), who.role().name(), sessionId, resource, outcome));
        } catch (RuntimeException e) {
            log.error("participants-read NOT LOGGED sessionId={} resource={} outcome={}: {}", sessionId, resource,
                    outcome, e.getClass().getName());
            throw new AccessNotLoggedException(e);
        }
        log.info("participants-read sessionId={} resource={} outcome={} role={}", sessionId, resource, outcome,
                who.role());
    }

    /** The access log could not be written: nothing is shown (503). */
    static class AccessNotLoggedException extends RuntimeException {
        AccessNotLoggedException(Throwable cause) {
            super("the access log could not be written", cause);
        }
    }
}
