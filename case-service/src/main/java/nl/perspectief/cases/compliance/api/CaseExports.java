package nl.perspectief.cases.compliance.api;

import java.util.Optional;
import java.util.UUID;

/**
 * A case's history, consent proof and access record for an auditor, as a signed JSON document and as a signed PDF
 * a person reads; both checked offline by {@code scripts/verify-export}. Empty for no such case.
 */
public interface CaseExports {

    Optional<SignedExport> json(UUID caseId, String exportedBy);

    Optional<SignedExport> pdf(UUID caseId, String exportedBy);

    /** @param fileName what the download is called; {@code content} the file, signature included */
    record SignedExport(String fileName, String mediaType, byte[] content) {
    }
}
