package nl.perspectief.cases.compliance.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessLog;
import nl.perspectief.accesslog.AccessLogEntry;
import nl.perspectief.accesslog.AccessLogPage;
import nl.perspectief.accesslog.AccessLogQuery;
import nl.perspectief.accesslog.ChainVerification;
import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.cases.casefile.api.FindConsentProofQuery;
import nl.perspectief.cases.compliance.api.CaseExports;
import nl.perspectief.cases.compliance.api.CaseHistoryView;
import nl.perspectief.cases.compliance.api.FindCaseHistoryQuery;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's export: its history from the event store, the consent proof of every contact step and the record of who
 * read it (with the access log's chain verified), gathered once and written as JSON and as PDF, each signed with the
 * service's key in the form {@code scripts/verify-export} checks. The exporting itself is logged by the caller.
 */
@Component
class SignedCaseExports implements CaseExports {

    static final String FORMAT = "perspectief-case-export/1";
    /** The comment line that ends a signed PDF; PDF readers skip comments. */
    static final String PDF_SIGNATURE_LINE = "%PERSPECTIEF-CASE-EXPORT-SIGNATURE Ed25519 ";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final ExportSigner signer;
    private final Clock clock;

    SignedCaseExports(QueryGateway queries, AccessLog accessLog, ExportSigner signer, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public Optional<SignedExport> json(UUID caseId, String exportedBy) {
        return gather(caseId, exportedBy).map(export -> {
            byte[] document = JSON.writeValueAsBytes(export);
            String header = "{\"format\":\"" + FORMAT + "\",\"algorithm\":\"Ed25519\",\"publicKey\":\""
                    + signer.verifyingKey() + "\",\"signature\":\"" + base64(signer.sign(document)) + "\",\"export\":";
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
            file.writeBytes(document);
            file.write('}');
            return new SignedExport(fileName(caseId, "json"), "application/json", file.toByteArray());
        });
    }

    @Override
    public Optional<SignedExport> pdf(UUID caseId, String exportedBy) {
        return gather(caseId, exportedBy).map(export -> {
            byte[] document = CaseExportPdf.of(export);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes(document);
            file.writeBytes(("\n" + PDF_SIGNATURE_LINE + signer.verifyingKey() + " " + base64(signer.sign(document))
                    + "\n").getBytes(StandardCharsets.US_ASCII));
            return new SignedExport(fileName(caseId, "pdf"), "application/pdf", file.toByteArray());
        });
    }

    private Optional<CaseExport> gather(UUID caseId, String exportedBy) {
        Optional<CaseHistoryView> history = queries.query(new FindCaseHistoryQuery(caseId),
                ResponseTypes.optionalInstanceOf(CaseHistoryView.class)).join();
        if (history.isEmpty()) {
            return Optional.empty();
        }
        ConsentProofView proof = queries.query(new FindConsentProofQuery(caseId),
                ResponseTypes.optionalInstanceOf(ConsentProofView.class)).join().orElseThrow();
        return Optional.of(new CaseExport(FORMAT, caseId, clock.instant(), exportedBy, signer.verifyingKey(),
                history.get(), proof, accessesTo(caseId), accessLog.verify()));
    }

    /** Every record of the case in the access log, newest first, page by page. */
    private List<AccessLogEntry> accessesTo(UUID caseId) {
        List<AccessLogEntry> entries = new ArrayList<>();
        AccessLogPage page;
        int number = 0;
        do {
            page = accessLog.search(new AccessLogQuery(caseId, null, null, null, number++, AccessLogQuery.MAX_SIZE));
            entries.addAll(page.entries());
        } while (page.hasNext());
        return entries;
    }

    private static String fileName(UUID caseId, String extension) {
        return "case-" + caseId + "." + extension;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * What an export holds.
     *
     * @param verifyingKey the service's public key, also in the signature's header: compare it with the one the
     *                     service publishes before trusting the export
     */
    record CaseExport(String format, UUID caseId, Instant exportedAt, String exportedBy, String verifyingKey,
                      CaseHistoryView history, ConsentProofView consentProof, List<AccessLogEntry> accessRecord,
                      ChainVerification accessLogVerification) {
    }
}
