package nl.perspectief.messaging.correspondence.web;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessLog;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessRecord;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.messaging.correspondence.api.StaffMember;

/**
 * Every read of a case's correspondence, and every refused attempt, appended to the service's tamper-evident access
 * log before it is answered; if the append fails the read fails too (503), so nothing is shown unlogged.
 */
@Component
class CorrespondenceAccessLog {

    private static final Logger log = LoggerFactory.getLogger("perspectief.access");

    private final AccessLog accessLog;

    CorrespondenceAccessLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    void read(StaffMember who, UUID caseId, AccessedResource resource, AccessOutcome outcome) {
        try {
            accessLog.append(AccessRecord.of(who.staffId(), who.role().name(), caseId, resource, outcome));
        } catch (RuntimeException e) {
            log.error("case-read NOT LOGGED caseId={} resource={} outcome={}: {}", caseId == null ? "-" : caseId,
                    resource, outcome, e.getClass().getName());
            throw new AccessNotLoggedException(e);
        }
        log.info("case-read caseId={} resource={} outcome={} role={}", caseId == null ? "-" : caseId, resource,
                outcome, who.role());
    }

    /** The access log could not be written: nothing is shown (503). */
    static class AccessNotLoggedException extends RuntimeException {
        AccessNotLoggedException(Throwable cause) {
            super("the access log could not be written", cause);
        }
    }
}
