package nl.perspectief.cases.compliance.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import nl.perspectief.accesslog.AccessLogEntry;
import nl.perspectief.cases.casefile.api.ConsentProofView.NeededConsent;
import nl.perspectief.cases.casefile.api.ConsentProofView.StepProof;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.compliance.api.CaseHistoryView.HistoryEntry;
import nl.perspectief.cases.compliance.query.SignedCaseExports.CaseExport;

/**
 * A case's export as a PDF a person reads: the consent proof step by step, the history event by event with each
 * event as stored, and the access record, in English (an auditor's working language; the JSON holds the same).
 * The Liberation fonts are embedded, so every name in Latin, Greek or Cyrillic letters prints as written.
 */
final class CaseExportPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final Font title;
    private final Font heading;
    private final Font text;
    private final Font bold;
    private final Font mono;
    private final Font alert;

    private CaseExportPdf() throws IOException {
        title = Liberation.SANS_BOLD.create(16);
        heading = Liberation.SANS_BOLD.create(12);
        text = Liberation.SANS.create(9);
        bold = Liberation.SANS_BOLD.create(9);
        mono = Liberation.MONO.create(7);
        alert = Liberation.SANS_BOLD.create(9);
        alert.setColor(160, 0, 0);
    }

    static byte[] of(CaseExport export) {
        try {
            return new CaseExportPdf().write(export);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded fonts could not be read", e);
        }
    }

    private byte[] write(CaseExport export) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Case " + export.caseId());
        document.addCreator("Perspectief case-service");
        document.open();
        Map<UUID, PartyRole> roles = export.history().partyRoles();

        document.add(new Paragraph("Case " + export.caseId(), title));
        document.add(new Paragraph("Exported " + when(export.exportedAt()) + " (Europe/Amsterdam) by " + export.exportedBy()
                + ". Signed with the service's Ed25519 key " + export.verifyingKey()
                + "; verify with scripts/verify-export --key <the service's public key> <this file>.", text));

        document.add(new Paragraph("Consent proof", heading));
        document.add(new Paragraph(export.consentProof().steps().isEmpty() ? "No contact steps."
                : export.consentProof().clean() ? "Every contact step had every consent it needed."
                : "NOT every contact step had the consents it needed: see the steps marked below.", text));
        for (StepProof step : export.consentProof().steps()) {
            document.add(new Paragraph("Event " + step.sequence() + ": " + step.type() + ", recorded "
                    + when(step.recordedAt()) + (step.performedBy() == null ? ""
                    : ", by " + step.performedBy().role() + " " + step.performedBy().staffId()), bold));
            for (NeededConsent needed : step.needed()) {
                String what = role(roles, needed.partyId()) + ": " + needed.purpose()
                        + (needed.form() == null ? "" : " (" + needed.form() + ")")
                        + (needed.recipient() == null ? "" : " (" + needed.recipient() + ")");
                document.add(needed.heldBy() == null
                        ? new Paragraph("    " + what + " - DID NOT HOLD", alert)
                        : new Paragraph("    " + what + " - held: event " + needed.heldBy().grantedBySequence() + ", "
                        + needed.heldBy().method() + ", given " + when(needed.heldBy().givenAt()), text));
            }
        }

        document.add(new Paragraph("History (" + export.history().events().size() + " events, from the event store)",
                heading));
        for (HistoryEntry event : export.history().events()) {
            document.add(new Paragraph("Event " + event.sequence() + ": " + event.type() + ", recorded "
                    + when(event.recordedAt()) + (event.staffRole() == null ? ""
                    : ", by " + event.staffRole() + " " + event.staffId()), bold));
            document.add(new Paragraph(event.description(), text));
            document.add(new Paragraph("Command " + (event.command() == null ? "not recorded" : event.command())
                    + "; correlation " + event.requestCorrelationId() + "; causation " + event.causationId()
                    + "; event id " + event.eventId(), text));
            document.add(new Paragraph(event.payload(), mono));
        }

        document.add(new Paragraph("Access record (" + export.accessRecord().size() + " reads)", heading));
        document.add(new Paragraph(export.accessLogVerification().intact()
                ? "The access log's hash chain is intact: " + export.accessLogVerification().recordsChecked()
                + " records checked."
                : "The access log's hash chain is BROKEN at position "
                + export.accessLogVerification().firstBrokenPosition() + ".", text));
        PdfPTable table = new PdfPTable(new float[] {1.2f, 3f, 4.5f, 2f, 2.6f, 1.8f, 1.4f});
        table.setWidthPercentage(100);
        for (String header : new String[] {"#", "When", "Who", "Role", "What", "Outcome", "Break-glass"}) {
            table.addCell(cell(header, bold));
        }
        for (AccessLogEntry entry : export.accessRecord()) {
            Font font = entry.breakGlass() ? alert : text;
            table.addCell(cell(String.valueOf(entry.position()), font));
            table.addCell(cell(when(entry.occurredAt()), font));
            table.addCell(cell(entry.actorSubject(), font));
            table.addCell(cell(entry.actorRole(), font));
            table.addCell(cell(entry.resource().name(), font));
            table.addCell(cell(entry.outcome().name(), font));
            table.addCell(cell(entry.breakGlass() ? "YES" : "", font));
        }
        document.add(table);
        document.close();
        return pdf.toByteArray();
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    private static String role(Map<UUID, PartyRole> roles, UUID partyId) {
        PartyRole role = roles.get(partyId);
        return (role == null ? "party" : role.name()) + " " + partyId;
    }

    private static String when(Instant at) {
        return at == null ? "-" : WHEN.format(at);
    }
}
