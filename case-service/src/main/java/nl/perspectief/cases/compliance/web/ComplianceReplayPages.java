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
import nl.perspectief.accesslog.AccessLogPage;
import nl.perspectief.accesslog.AccessLogQuery;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.cases.access.web.ActingStaffMember;
import nl.perspectief.cases.casefile.api.CaseAsOfView;
import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.cases.casefile.api.FindCaseAsOfQuery;
import nl.perspectief.cases.casefile.api.FindConsentProofQuery;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.web.StaffPage;
import nl.perspectief.cases.compliance.api.CaseExports;
import nl.perspectief.cases.compliance.api.CaseHistoryView;
import nl.perspectief.cases.compliance.api.ConsentAuditView;
import nl.perspectief.cases.compliance.api.ConsentAudits;
import nl.perspectief.cases.compliance.api.FindCaseHistoryQuery;

/**
 * Compliance's pages of one case, all from its events: the case as it was at a moment (picked on the organisation's
 * calendar), the consents behind every contact step, the history event by event, and who read the case (the access
 * log, its chain verified); and the audit of every case, started here and followed while it runs. Each look is
 * checked and logged by {@link ComplianceReads}, as the API's.
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
    private final ComplianceReads reads;
    private final AccessLog log;
    private final Clock clock;

    ComplianceReplayPages(ActingStaffMember acting, QueryGateway queries, ConsentAudits audits, CaseExports exports,
                          ComplianceReads reads, AccessLog log, Clock clock) {
        this.acting = acting;
        this.queries = queries;
        this.audits = audits;
        this.exports = exports;
        this.reads = reads;
        this.log = log;
        this.clock = clock;
    }

    /** @param moment a local date and time on the organisation's calendar; none: now */
    @GetMapping(CASE)
    String caseFromItsEvents(@PathVariable UUID caseId, @RequestParam(required = false) String moment,
                             HttpServletRequest request, HttpServletResponse response, Model model) {
        StaffMember who = acting.of(request);
        Instant at;
        try {
            at = moment == null || moment.isBlank() ? clock.instant()
                    : LocalDateTime.parse(moment).atZone(CALENDAR).toInstant();
        } catch (DateTimeParseException unreadable) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            at = clock.instant();
            model.addAttribute("momentInvalid", true);
        }
        Instant asOfMoment = at;
        CaseHistoryView history = reads.ofCase(who, caseId, AccessedResource.CASE_HISTORY, () -> queries.query(
                new FindCaseHistoryQuery(caseId), ResponseTypes.optionalInstanceOf(CaseHistoryView.class)).join());
        CaseAsOfView asOf = reads.ofCase(who, caseId, AccessedResource.CASE_AS_OF, () -> queries.query(
                new FindCaseAsOfQuery(caseId, asOfMoment), ResponseTypes.optionalInstanceOf(CaseAsOfView.class)).join());
        ConsentProofView proof = reads.ofCase(who, caseId, AccessedResource.CONSENT_PROOF, () -> queries.query(
                new FindConsentProofQuery(caseId), ResponseTypes.optionalInstanceOf(ConsentProofView.class)).join());
        AccessLogPage accesses = reads.ofCase(who, caseId, AccessedResource.ACCESS_LOG, () -> Optional.of(
                log.search(new AccessLogQuery(caseId, null, null, null, 0, ACCESS_RECORDS))));
        model.addAttribute("caseId", caseId);
        model.addAttribute("moment", LocalDateTime.ofInstant(at, CALENDAR).truncatedTo(ChronoUnit.MINUTES).toString());
        model.addAttribute("history", history);
        model.addAttribute("asOf", asOf);
        model.addAttribute("proof", proof);
        model.addAttribute("roles", history.partyRoles());
        model.addAttribute("accesses", accesses);
        model.addAttribute("verification", log.verify());
        return "compliance-case";
    }

    @GetMapping(CASE + "/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable UUID caseId, HttpServletRequest request) {
        StaffMember who = acting.of(request);
        return ExportDownload.of(reads.ofCase(who, caseId, AccessedResource.CASE_EXPORT,
                () -> exports.json(caseId, who.staffId())));
    }

    @GetMapping(CASE + "/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID caseId, HttpServletRequest request) {
        StaffMember who = acting.of(request);
        return ExportDownload.of(reads.ofCase(who, caseId, AccessedResource.CASE_EXPORT,
                () -> exports.pdf(caseId, who.staffId())));
    }

    @GetMapping(AUDITS)
    String audits(HttpServletRequest request, Model model) {
        model.addAttribute("audits", reads.ofAllCases(acting.of(request), AccessedResource.CONSENT_AUDIT,
                audits::recent));
        return "audits";
    }

    @PostMapping(AUDITS)
    String startAudit(HttpServletRequest request) {
        StaffMember who = acting.of(request);
        ConsentAuditView audit = reads.ofAllCases(who, AccessedResource.CONSENT_AUDIT, () -> audits.start(who.staffId()));
        return "redirect:" + AUDITS + "/" + audit.auditId();
    }

    @GetMapping(AUDITS + "/{auditId}")
    String audit(@PathVariable UUID auditId, HttpServletRequest request, Model model) {
        model.addAttribute("audit", reads.ofAllCases(acting.of(request), AccessedResource.CONSENT_AUDIT,
                () -> audits.find(auditId)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "audit";
    }
}
