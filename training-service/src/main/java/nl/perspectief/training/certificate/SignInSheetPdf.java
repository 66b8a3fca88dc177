package nl.perspectief.training.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

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

import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionView;

/**
 * A day's sign-in sheet of a session as a PDF, in Dutch: the course, the day and its hours, where, and a row per
 * participant with a confirmed place (by name) with a box to sign in. Printed for the trainer; it holds names and
 * organisations only, no contact details. Liberation fonts embedded, as for the certificate.
 */
public final class SignInSheetPdf {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", CertificatePdf.DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", CertificatePdf.DUTCH)
            .withZone(ZONE);
    /** Room for a signature. */
    private static final float SIGNATURE_HEIGHT = 34f;

    private final Font title;
    private final Font heading;
    private final Font text;
    private final Font bold;
    private final Font small;

    private SignInSheetPdf() throws IOException {
        title = Liberation.SANS_BOLD.create(18);
        heading = Liberation.SANS_BOLD.create(12);
        text = Liberation.SANS.create(10);
        bold = Liberation.SANS_BOLD.create(10);
        small = Liberation.SANS.create(8);
    }

    /**
     * @param day       one of the session's days
     * @param printedAt now, by the service's clock
     */
    public static byte[] of(SessionView session, SessionDay day, Instant printedAt) {
        try {
            return new SignInSheetPdf().write(session, day, printedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded fonts could not be read", e);
        }
    }

    /** The participants with a confirmed place, by name; an erased one is left unnamed but keeps a row. */
    static List<EnrolmentView> confirmed(SessionView session) {
        Collator byName = Collator.getInstance(CertificatePdf.DUTCH);
        return session.enrolments().stream()
                .filter(enrolment -> enrolment.status() == EnrolmentStatus.CONFIRMED)
                .sorted(Comparator.comparing((EnrolmentView enrolment) -> enrolment.participant() == null ? ""
                        : enrolment.participant().name(), byName))
                .toList();
    }

    private byte[] write(SessionView session, SessionDay day, Instant printedAt) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Presentielijst " + session.course().title() + " " + day.date());
        document.addCreator("Perspectief training-service");
        document.open();

        int number = session.days().indexOf(day) + 1;
        document.add(new Paragraph("Presentielijst", title));
        document.add(new Paragraph(session.course().title(), heading));
        document.add(new Paragraph("Dag " + number + " van " + session.days().size() + ": " + DAY.format(day.date())
                + ", " + TIME.format(day.start()) + "–" + TIME.format(day.end()), text));
        document.add(new Paragraph("Locatie: " + where(session.location().kind()) + ", "
                + session.location().description(), text));
        Paragraph gap = new Paragraph(" ", text);
        document.add(gap);

        List<EnrolmentView> participants = confirmed(session);
        PdfPTable table = new PdfPTable(new float[] {0.6f, 4f, 3.4f, 4f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"#", "Naam", "Organisatie", "Handtekening"}) {
            table.addCell(cell(header, bold, 0));
        }
        int row = 0;
        for (EnrolmentView participant : participants) {
            row++;
            table.addCell(cell(String.valueOf(row), text, SIGNATURE_HEIGHT));
            table.addCell(cell(participant.participant() == null ? "(gegevens gewist)" : participant.participant().name(),
                    text, SIGNATURE_HEIGHT));
            table.addCell(cell(participant.participant() == null || participant.participant().organisation() == null
                    ? "" : participant.participant().organisation(), text, SIGNATURE_HEIGHT));
            table.addCell(cell("", text, SIGNATURE_HEIGHT));
        }
        document.add(table);
        document.add(new Paragraph(participants.size() + (participants.size() == 1 ? " deelnemer" : " deelnemers")
                + " met een bevestigde plaats. Afgedrukt " + PRINTED.format(printedAt) + ".", small));
        document.close();
        return pdf.toByteArray();
    }

    private static PdfPCell cell(String value, Font font, float minimumHeight) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (minimumHeight > 0) {
            cell.setMinimumHeight(minimumHeight);
        }
        return cell;
    }

    static String where(LocationKind kind) {
        return switch (kind) {
            case OFFICE -> "kantoor";
            case PRISON -> "penitentiaire inrichting";
            case ONLINE -> "online";
        };
    }
}
