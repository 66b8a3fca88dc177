package nl.perspectief.cases.compliance.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.cases.casefile.api.CaseAsOfView;
import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.cases.casefile.api.FindCaseAsOfQuery;
import nl.perspectief.cases.casefile.api.FindConsentProofQuery;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.web.CaseReadingApi;
import nl.perspectief.cases.compliance.api.CaseExports;
import nl.perspectief.cases.compliance.api.CaseHistoryView;
import nl.perspectief.cases.compliance.api.ConsentAuditView;
import nl.perspectief.cases.compliance.api.ConsentAudits;
import nl.perspectief.cases.compliance.api.FindCaseHistoryQuery;

/**
 * Compliance's reading of a case from its events, never from a read model: the history, the case as it was at a
 * moment, the consent proof of every contact step; and the audit of every case. For compliance officers only (the
 * URL rules say so, and so does this class), read-only, and every use written to the access log.
 */
@RestController
@CaseReadingApi
class ComplianceController {

    static final String CASE = "/api/cases/{caseId}";
    static final String AUDITS = "/api/consent-audits";

    private final QueryGateway queries;
    private final ConsentAudits audits;
    private final CaseExports exports;
    private final ComplianceReads reads;

    ComplianceController(QueryGateway queries, ConsentAudits audits, CaseExports exports, ComplianceReads reads) {
        this.queries = queries;
        this.audits = audits;
        this.exports = exports;
        this.reads = reads;
    }

    @Operation(summary = "A case's events, as stored", description = "Every event from the first: who, when, which "
            + "command, its correlation and causation ids, in plain words and as the stored JSON with the personal "
            + "data decrypted (or marked as erased). Compliance only.")
    @GetMapping(CASE + "/history")
    CaseHistoryView history(@PathVariable UUID caseId, StaffMember who) {
        return reads.ofCase(who, caseId, AccessedResource.CASE_HISTORY, () -> queries.query(
                new FindCaseHistoryQuery(caseId), ResponseTypes.optionalInstanceOf(CaseHistoryView.class)).join());
    }

    @Operation(summary = "A case as it was at a moment", description = "Rebuilt by replaying its events recorded up "
            + "to and including the moment through the case's own rules; eventsReplayed says how many. Compliance only.")
    @GetMapping(CASE + "/as-of")
    CaseAsOfView asOf(@PathVariable UUID caseId, @RequestParam Instant moment, StaffMember who) {
        return reads.ofCase(who, caseId, AccessedResource.CASE_AS_OF, () -> queries.query(
                new FindCaseAsOfQuery(caseId, moment), ResponseTypes.optionalInstanceOf(CaseAsOfView.class)).join());
    }

    @Operation(summary = "The consents behind every contact step of a case", description = "For each approach, "
            + "naming, agreed form, meeting, exchange and shared outcome: the consents it needed and the events that "
            + "granted them, as they held at that moment. Compliance only.")
    @GetMapping(CASE + "/consent-proof")
    ConsentProofView consentProof(@PathVariable UUID caseId, StaffMember who) {
        return reads.ofCase(who, caseId, AccessedResource.CONSENT_PROOF, () -> queries.query(
                new FindConsentProofQuery(caseId), ResponseTypes.optionalInstanceOf(ConsentProofView.class)).join());
    }

    @Operation(summary = "A case's history, consent proof and access record as signed JSON", description = "The "
            + "file's signature covers every byte of its \"export\"; check it offline with scripts/verify-export. "
            + "Compliance only; logged as CASE_EXPORT.")
    @GetMapping(CASE + "/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable UUID caseId, StaffMember who) {
        return ExportDownload.of(reads.ofCase(who, caseId, AccessedResource.CASE_EXPORT,
                () -> exports.json(caseId, who.staffId())));
    }

    @Operation(summary = "The same as a signed PDF a person reads", description = "Signed over every byte before its "
            + "last line; check it offline with scripts/verify-export. Compliance only; logged as CASE_EXPORT.")
    @GetMapping(CASE + "/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID caseId, StaffMember who) {
        return ExportDownload.of(reads.ofCase(who, caseId, AccessedResource.CASE_EXPORT,
                () -> exports.pdf(caseId, who.staffId())));
    }

    @Operation(summary = "Audit every case's contact steps against their consents", description = "Starts in the "
            + "background and answers 202 at once; follow it at Location. It changes nothing. Compliance only.")
    @PostMapping(AUDITS)
    ResponseEntity<ConsentAuditView> startAudit(StaffMember who) {
        ConsentAuditView audit = reads.ofAllCases(who, AccessedResource.CONSENT_AUDIT,
                () -> audits.start(who.staffId()));
        return ResponseEntity.accepted().location(URI.create(AUDITS + "/" + audit.auditId())).body(audit);
    }

    @Operation(summary = "An audit's progress and findings")
    @GetMapping(AUDITS + "/{auditId}")
    ConsentAuditView audit(@PathVariable UUID auditId, StaffMember who) {
        return reads.ofAllCases(who, AccessedResource.CONSENT_AUDIT, () -> audits.find(auditId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "This service has run no audit with that id lately."));
    }

    @Operation(summary = "The audits run lately, newest first")
    @GetMapping(AUDITS)
    List<ConsentAuditView> recentAudits(StaffMember who) {
        return reads.ofAllCases(who, AccessedResource.CONSENT_AUDIT, audits::recent);
    }
}
