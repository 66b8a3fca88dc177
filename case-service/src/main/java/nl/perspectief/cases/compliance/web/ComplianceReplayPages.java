package nl.perspectief.cases.compliance.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.accesslog.AccessLog;
import nl.perspectief.accesslog.AccessLogQuery;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.cases.access.web.ActingStaffMember;
import nl.perspectief.cases.access.web.Actors;
import nl.perspectief.cases.access.web.CaseAccessLog;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import nl.perspectief.cases.casefile.api.CaseAsOfView;
import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.cases.casefile.api.FindCaseAsOfQuery;
import nl.perspectief.cases.casefile.api.FindConsentProofQuery;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.web.CaseNotFoundException;
import nl.perspectief.cases.casefile.web.StaffPage;
import nl.perspectief.cases.compliance.api.CaseExports;
import nl.perspectief.cases.compliance.api.CaseHistoryView;
import nl.perspectief.cases.compliance.api.ConsentAuditView;
import nl.perspectief.cases.compliance.api.ConsentAudits;
import nl.perspectief.cases.compliance.api.FindCaseHistoryQuery;
import nl.perspectief.security.StaffRole;

/**
 * Compliance's pages of one case, all from its events: the case as it was at a moment (picked on the organisation's
 * calendar), the consents behind every contact step, the history event by event, and who read the case (the access
 * log, its chain verified); and the audit of every case, started here and followed while it runs. Each look is
 * logged before it is shown.
 */
@Controller
@StaffPage
class ComplianceReplayPages {

    static final String CASE = "/cases/{caseId}/compliance";
    static final String AUDITS = "/compliance/audits";
    private static final ZoneId CALENDAR = ZoneId.of("Europe/Amsterdam");
    private static final int ACCESS_RECORDS = 200;

    private final ActingStaffMember acting;
    private final QueryGateway queries;
    private final ConsentAudits audits;
    private final CaseExports exports;
    private final CaseAccessLog accessLog;
    private final AccessLog log;
    private final Clock clock;

    ComplianceReplayPages(ActingStaffMember acting, QueryGateway queries, ConsentAudits audits, CaseExports exports,
                          CaseAccessLog accessLog, AccessLog log, Clock clock) {
        this.acting = acting;
        this.queries = queries;
        this.audits = audits;
        this.exports = exports;
        this.accessLog = accessLog;
        this.log = log;
        this.clock = clock;
    }

    /** @param moment a local date and time on the organisation's calendar; none: now */
    @GetMapping(CASE)
    String caseFromItsEvents(@PathVariable UUID caseId, @RequestParam(required = false) String moment,
                             HttpServletRequest request, HttpServletResponse response, Model model) {
        StaffMember who = compliance(request, caseId, AccessedResource.CASE_HISTORY);
        Instant at;
        try {
            at = moment == null || moment.isBlank() ? clock.instant()
                    : LocalDateTime.parse(moment).atZone(CALENDAR).toInstant();
        } catch (DateTimeParseException unreadable) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            at = clock.instant();
            model.addAttribute("momentInvalid", true);
        }
        CaseHistoryView history = logged(who, caseId, AccessedResource.CASE_HISTORY, queries.query(
                new FindCaseHistoryQuery(caseId), ResponseTypes.optionalInstanceOf(CaseHistoryView.class)).join());
        CaseAsOfView asOf = logged(who, caseId, AccessedResource.CASE_AS_OF, queries.query(
                new FindCaseAsOfQuery(caseId, at), ResponseTypes.optionalInstanceOf(CaseAsOfView.class)).join());
        ConsentProofView proof = logged(who, caseId, AccessedResource.CONSENT_PROOF, queries.query(
                new FindConsentProofQuery(caseId), ResponseTypes.optionalInstanceOf(ConsentProofView.class)).join());
        accessLog.read(Actors.of(who), caseId, AccessedResource.ACCESS_LOG, AccessOutcome.ALLOWED);
        model.addAttribute("caseId", caseId);
        model.addAttribute("moment", LocalDateTime.ofInstant(at, CALENDAR).truncatedTo(ChronoUnit.MINUTES).toString());
        model.addAttribute("history", history);
        model.addAttribute("asOf", asOf);
        model.addAttribute("proof", proof);
        model.addAttribute("roles", history.partyRoles());
        model.addAttribute("accesses", log.search(new AccessLogQuery(caseId, null, null, null, 0, ACCESS_RECORDS)));
        model.addAttribute("verification", log.verify());
        return "compliance-case";
    }

    @GetMapping(CASE + "/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable UUID caseId, HttpServletRequest request) {
        StaffMember who = compliance(request, caseId, AccessedResource.CASE_EXPORT);
        return ExportDownload.of(logged(who, caseId, AccessedResource.CASE_EXPORT,
                exports.json(caseId, who.staffId())));
    }

    @GetMapping(CASE + "/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID caseId, HttpServletRequest request) {
        StaffMember who = compliance(request, caseId, AccessedResource.CASE_EXPORT);
        return ExportDownload.of(logged(who, caseId, AccessedResource.CASE_EXPORT,
                exports.pdf(caseId, who.staffId())));
    }

    @GetMapping(AUDITS)
    String audits(HttpServletRequest request, Model model) {
        StaffMember who = compliance(request, null, AccessedResource.CONSENT_AUDIT);
        accessLog.read(Actors.of(who), null, AccessedResource.CONSENT_AUDIT, AccessOutcome.ALLOWED);
        model.addAttribute("audits", audits.recent());
        return "audits";
    }

    @PostMapping(AUDITS)
    String startAudit(HttpServletRequest request) {
        StaffMember who = compliance(request, null, AccessedResource.CONSENT_AUDIT);
        accessLog.read(Actors.of(who), null, AccessedResource.CONSENT_AUDIT, AccessOutcome.ALLOWED);
        ConsentAuditView audit = audits.start(who.staffId());
        return "redirect:" + AUDITS + "/" + audit.auditId();
    }

    @GetMapping(AUDITS + "/{auditId}")
    String audit(@PathVariable UUID auditId, HttpServletRequest request, Model model) {
        compliance(request, null, AccessedResource.CONSENT_AUDIT);
        model.addAttribute("audit", audits.find(auditId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "audit";
    }

    private StaffMember compliance(HttpServletRequest request, UUID caseId, AccessedResource resource) {
        StaffMember who = acting.of(request);
        if (who.role() != StaffRole.COMPLIANCE) {
            accessLog.read(Actors.of(who), caseId, resource, AccessOutcome.FORBIDDEN);
            throw new ReadForbiddenException();
        }
        return who;
    }

    private <T> T logged(StaffMember who, UUID caseId, AccessedResource resource, Optional<T> found) {
        accessLog.read(Actors.of(who), caseId, resource, found.isPresent() ? AccessOutcome.ALLOWED : AccessOutcome.NOT_FOUND);
        return found.orElseThrow(() -> new CaseNotFoundException(caseId));
    }
}
