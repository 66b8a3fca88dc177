package nl.perspectief.messaging.correspondence.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.perspectief.messaging.attachments.AttachmentContent;

/** An attachment handed over as a download, the same from the API and from the pages. */
final class AttachmentDownloads {

    private AttachmentDownloads() {
    }

    /**
     * Never shown inline: the type is the one detected from the bytes, and the browser is told not to guess another
     * ({@code nosniff}).
     */
    static ResponseEntity<byte[]> of(AttachmentContent.Opened content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.fileName() == null ? "attachment" : content.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                // a PDF may carry script: if a browser shows it after all, it runs in a sandbox of its own
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore())
                .body(content.bytes());
    }
}
