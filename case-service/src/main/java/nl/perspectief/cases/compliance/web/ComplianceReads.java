package nl.perspectief.cases.compliance.web;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.cases.access.web.Actors;
import nl.perspectief.cases.access.web.CaseAccessLog;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.web.CaseNotFoundException;
import nl.perspectief.security.StaffRole;

/**
 * How every compliance reading is taken, by the API and the pages alike: compliance officers only (the URL rules say
 * so first), checked before anything is read, and every use written to the access log, found or not.
 */
@Component
class ComplianceReads {

    private final CaseAccessLog accessLog;

    ComplianceReads(CaseAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** A reading of one case: refused for anyone but compliance, logged, a case that does not exist is a 404. */
    <T> T ofCase(StaffMember who, UUID caseId, AccessedResource resource, Supplier<Optional<T>> read) {
        mayRead(who, caseId, resource);
        Optional<T> found = read.get();
        accessLog.read(Actors.of(who), caseId, resource, found.isPresent() ? AccessOutcome.ALLOWED : AccessOutcome.NOT_FOUND);
        return found.orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /** A reading of no single case (the audits): refused for anyone but compliance, logged. */
    <T> T ofAllCases(StaffMember who, AccessedResource resource, Supplier<T> read) {
        mayRead(who, null, resource);
        accessLog.read(Actors.of(who), null, resource, AccessOutcome.ALLOWED);
        return read.get();
    }

    private void mayRead(StaffMember who, UUID caseId, AccessedResource resource) {
        if (who.role() != StaffRole.COMPLIANCE) {
            accessLog.read(Actors.of(who), caseId, resource, AccessOutcome.FORBIDDEN);
            throw new ReadForbiddenException();
        }
    }
}
