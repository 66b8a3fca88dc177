package nl.perspectief.cases.access.web;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessLog;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessRecord;
import nl.perspectief.accesslog.AccessedResource;

/**
 * Every read of case data, and every refused attempt, appended to the tamper-evident access log
 * ({@code access_log}) before it is answered; if the append fails the read fails too (503), so nothing is
 * shown unlogged. One line on the logger {@code perspectief.access} besides, ids and codes only, for
 * whoever follows the service's logs.
 */
@Component
public class CaseAccessLog {

    private static final Logger log = LoggerFactory.getLogger("perspectief.access");

    private final AccessLog accessLog;

    CaseAccessLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    public void read(Actor actor, UUID caseId, AccessedResource resource, AccessOutcome outcome) {
        append(actor, caseId, resource, outcome, null);
    }

    /** A read allowed only by a break-glass grant: flagged, with the grant, for compliance. */
    public void readByBreakGlass(Actor actor, UUID caseId, AccessedResource resource, UUID grantId) {
        append(actor, caseId, resource, AccessOutcome.ALLOWED, grantId);
    }

    private void append(Actor actor, UUID caseId, AccessedResource resource, AccessOutcome outcome, UUID grantId) {
        try {
            accessLog.append(new AccessRecord(actor.subject(), actor.role(), caseId, resource, grantId != null, grantId,
                    outcome, null));
        } catch (RuntimeException e) {
            log.error("case-read NOT LOGGED caseId={} resource={} outcome={}: {}", caseId == null ? "-" : caseId,
                    resource, outcome, e.getClass().getName());
            throw new AccessNotLoggedException(e);
        }
        log.info("case-read caseId={} resource={} outcome={} role={} breakGlass={}", caseId == null ? "-" : caseId,
                resource, outcome, actor.role(), grantId != null);
    }

    /**
     * Who asks, as the access log writes them: the token's subject and the role read in; {@code NONE} for a
     * token without a staff role, the roles joined with {@code +} for a token with several.
     */
    public record Actor(String subject, String role) {
    }
}
