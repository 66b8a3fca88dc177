package nl.perspectief.training.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.session.api.IssuedCertificateView;

/**
 * A participant's certificate as a PDF, in Dutch, the organisation's language: who took part in which course on which
 * days, its net hours, for an accredited professional course the register, the activity and the points (one per net
 * hour) with the participant's registration number, and the verification code with the public address where anyone
 * holding the certificate can check it. The Liberation fonts are embedded (as in case-service's exports), so every
 * name in Latin, Greek or Cyrillic letters prints as written.
 */
public final class CertificatePdf {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final Font title;
    private final Font name;
    private final Font course;
    private final Font text;
    private final Font small;

    private CertificatePdf() throws IOException {
        title = Liberation.SERIF_BOLD.create(30);
        name = Liberation.SERIF_BOLD.create(22);
        course = Liberation.SERIF_BOLD.create(16);
        text = Liberation.SERIF.create(12);
        small = Liberation.SANS.create(9);
    }

    /**
     * @param certificate as it was issued, with the participant's name (not erased)
     * @param checkAddress where its code is checked: {@link #checkAddress(URI, String)}
     */
    public static byte[] of(IssuedCertificateView certificate, URI checkAddress) {
        Objects.requireNonNull(certificate.participantName(), "an erased participant's certificate is not printed");
        try {
            return new CertificatePdf().write(certificate, checkAddress);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded fonts could not be read", e);
        }
    }

    /** The public page that checks a verification code: {@code {publicUrl}/certificates/check?code=…}. */
    public static URI checkAddress(URI publicUrl, String verificationCode) {
        return URI.create(publicUrl.toString().replaceFirst("/+$", "") + "/certificates/check?code="
                + URLEncoder.encode(verificationCode, StandardCharsets.UTF_8));
    }

    private byte[] write(IssuedCertificateView certificate, URI checkAddress) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 60, 48);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Certificaat " + certificate.courseTitle());
        document.addCreator("Perspectief training-service");
        document.open();

        document.add(centred("Certificaat", title, 8));
        document.add(centred("Perspectief Herstelbemiddeling verklaart dat", text, 18));
        document.add(centred(certificate.participantName(), name, 18));
        document.add(centred("heeft deelgenomen aan de training", text, 6));
        document.add(centred(certificate.courseTitle(), course, 6));
        document.add(centred(days(certificate.days()), text, 18));
        document.add(centred("Netto lesuren: " + figure(certificate.netHours()), text, 4));
        if (certificate.accreditation() != null) {
            document.add(centred("Geaccrediteerd in het register " + certificate.accreditation().register()
                    + ", activiteit " + certificate.accreditation().activityId() + ": "
                    + figure(certificate.accreditationPoints()) + " accreditatiepunten", text, 4));
        }
        if (certificate.audience() == Audience.PROFESSIONALS && certificate.professionalRegistrationNumber() != null
                && !certificate.professionalRegistrationNumber().isBlank()) {
            document.add(centred("Registratienummer van de deelnemer: " + certificate.professionalRegistrationNumber(),
                    text, 4));
        }
        document.add(centred("Uitgereikt op " + DATE.format(certificate.issuedAt().atZone(SignInSheetPdf.ZONE)), text,
                28));
        document.add(centred("Verificatiecode: " + certificate.verificationCode(), course, 4));
        document.add(centred("Controleer dit certificaat op " + checkAddress, small, 0));
        document.close();
        return pdf.toByteArray();
    }

    private static Paragraph centred(String words, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(words, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** "op 23 maart 2026", "op 23 maart 2026 en 24 maart 2026", "op 2, 9 en 16 juni 2026" are all said this way. */
    static String days(List<LocalDate> days) {
        List<String> named = days.stream().map(DATE::format).toList();
        if (named.size() == 1) {
            return "op " + named.getFirst();
        }
        return "op " + String.join(", ", named.subList(0, named.size() - 1)) + " en " + named.getLast();
    }

    /** 12.0 as "12,0", 6.5 as "6,5". */
    static String figure(BigDecimal figure) {
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(figure);
    }
}
