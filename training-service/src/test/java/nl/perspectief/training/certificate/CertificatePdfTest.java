package nl.perspectief.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.session.api.IssuedCertificateView;

/** A certificate's PDF says what it certifies, and where anyone holding it checks its code; read back by OpenPDF. */
class CertificatePdfTest {

    private static final URI PUBLIC = URI.create("https://trainingen.perspectiefherstelbemiddeling.nl/");

    @Test
    void certifiesAProfessionalsAccreditedCourseWithItsPointsAndTheCheckAddress() {
        byte[] pdf = CertificatePdf.of(certificate("Zoë Ðorđević", Audience.PROFESSIONALS,
                new Accreditation("Kwaliteitsregister V&V", "KV-2026-0815"), new BigDecimal("6.5"), "V&V-44711"),
                CertificatePdf.checkAddress(PUBLIC, "K7M2PQ9XTR4W"));

        String text = PdfText.of(pdf);
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        assertThat(text).contains("Certificaat", "Perspectief Herstelbemiddeling verklaart dat", "Zoë Ðorđević",
                "Praten over schuld", "op 23 maart 2026 en 24 maart 2026", "Netto lesuren: 6,5",
                "Geaccrediteerd in het register Kwaliteitsregister V&V, activiteit KV-2026-0815: 6,5 accreditatiepunten",
                "Registratienummer van de deelnemer: V&V-44711", "Uitgereikt op 25 maart 2026",
                "Verificatiecode: K7M2PQ9XTR4W",
                "https://trainingen.perspectiefherstelbemiddeling.nl/certificates/check?code=K7M2PQ9XTR4W");
    }

    @Test
    void certifiesACourseForPerpetratorsWithoutAccreditationOrNumber() {
        String text = PdfText.of(CertificatePdf.of(certificate("Kevin Smit", Audience.PERPETRATORS, null,
                new BigDecimal("12.0"), null), CertificatePdf.checkAddress(PUBLIC, "K7M2PQ9XTR4W")));

        assertThat(text).contains("Kevin Smit", "Netto lesuren: 12,0", "Verificatiecode: K7M2PQ9XTR4W", "check?code=K7M2PQ9XTR4W")
                .doesNotContain("Geaccrediteerd", "accreditatiepunten", "Registratienummer");
    }

    @Test
    void printsNoCertificateOfAnErasedParticipant() {
        assertThatThrownBy(() -> CertificatePdf.of(certificate(null, Audience.PERPETRATORS, null, BigDecimal.ONE, null),
                CertificatePdf.checkAddress(PUBLIC, "ABCDEFGH2345"))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void namesOneDayTwoDaysAndMore() {
        assertThat(CertificatePdf.days(List.of(LocalDate.parse("2026-06-02")))).isEqualTo("op 2 juni 2026");
        assertThat(CertificatePdf.days(List.of(LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-09"),
                LocalDate.parse("2026-06-16")))).isEqualTo("op 2 juni 2026, 9 juni 2026 en 16 juni 2026");
    }

    private static IssuedCertificateView certificate(String name, Audience audience, Accreditation accreditation,
                                                     BigDecimal hours, String registration) {
        return new IssuedCertificateView(UUID.randomUUID(), "K7M2PQ9XTR4W", UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), name, registration, "Praten over schuld", audience,
                List.of(LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-24")), hours, accreditation,
                accreditation == null ? null : accreditation.pointsFor(hours), Instant.parse("2026-03-25T10:00:00Z"));
    }
}
