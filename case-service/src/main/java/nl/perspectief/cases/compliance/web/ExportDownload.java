package nl.perspectief.cases.compliance.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.perspectief.cases.compliance.api.CaseExports;

/** An export as the API and the pages hand it over: a file to keep, saved under its own name. */
final class ExportDownload {

    private ExportDownload() {
    }

    static ResponseEntity<byte[]> of(CaseExports.SignedExport export) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName())
                        .build().toString())
                .body(export.content());
    }
}
