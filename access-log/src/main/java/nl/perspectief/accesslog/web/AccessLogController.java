package nl.perspectief.accesslog.web;

import java.time.Instant;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.perspectief.accesslog.AccessLog;
import nl.perspectief.accesslog.AccessLogActor;
import nl.perspectief.accesslog.AccessLogPage;
import nl.perspectief.accesslog.AccessLogQuery;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessRecord;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.accesslog.ChainVerification;
import nl.perspectief.accesslog.InvalidAccessLogQueryException;

/**
 * Compliance's view of the access log: search it, verify its chain. Unsecured here on purpose: the
 * service's security restricts {@value #PATH}/** to COMPLIANCE. Every use is itself logged, before
 * the answer is read, so a failing log refuses the answer.
 */
@RestController
@RequestMapping(AccessLogController.PATH)
public class AccessLogController {

    /** The path prefix of this API, for the services' security configuration. */
    public static final String PATH = "/api/access-log";
    public static final String VERIFICATION = "/verification";

    private final AccessLog accessLog;
    private final AccessLogActor actor;

    AccessLogController(AccessLog accessLog, AccessLogActor actor) {
        this.accessLog = accessLog;
        this.actor = actor;
    }

    @GetMapping
    ResponseEntity<AccessLogPage> search(@RequestParam(required = false) UUID caseId,
                                         @RequestParam(required = false) String actor,
                                         @RequestParam(required = false) Instant from,
                                         @RequestParam(required = false) Instant to,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "" + AccessLogQuery.DEFAULT_SIZE) int size) {
        AccessLogQuery query;
        try {
            // an empty field of a search form means no filter, as it does for the other parameters
            query = new AccessLogQuery(caseId, actor == null || actor.isBlank() ? null : actor, from, to, page, size);
        } catch (InvalidAccessLogQueryException refused) {
            append(caseId, AccessedResource.ACCESS_LOG, AccessOutcome.REJECTED);
            throw refused;
        }
        append(caseId, AccessedResource.ACCESS_LOG, AccessOutcome.ALLOWED);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(accessLog.search(query));
    }

    @GetMapping(VERIFICATION)
    ResponseEntity<ChainVerification> verification() {
        append(null, AccessedResource.ACCESS_LOG_VERIFICATION, AccessOutcome.ALLOWED);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(accessLog.verify());
    }

    void append(UUID caseId, AccessedResource resource, AccessOutcome outcome) {
        accessLog.append(new AccessRecord(actor.subject(), actor.role(), caseId, resource, false, null, outcome,
                actor.requestId()));
    }
}
