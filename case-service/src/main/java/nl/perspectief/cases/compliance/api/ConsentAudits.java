package nl.perspectief.cases.compliance.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Audits of every case's contact steps against the consents they needed, replayed from each case's events. An audit
 * runs in the background; it reads and changes nothing (no command, no event, no read model).
 */
public interface ConsentAudits {

    /** Starts an audit of every case as it stands now; answered at once, with its progress so far. */
    ConsentAuditView start(String startedBy);

    Optional<ConsentAuditView> find(UUID auditId);

    /** The audits this instance ran or runs, newest first. */
    List<ConsentAuditView> recent();
}
