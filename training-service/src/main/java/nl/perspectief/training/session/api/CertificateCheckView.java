package nl.perspectief.training.session.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public check page may say of a code, and nothing else: whether a certificate with it was issued, for which
 * course and on which dates. Not the name: a code found on a document proves the document, not who shows it.
 *
 * @param courseTitle null when not valid
 * @param dates       empty when not valid
 */
public record CertificateCheckView(boolean valid, String courseTitle, List<LocalDate> dates) {

    public static CertificateCheckView notIssued() {
        return new CertificateCheckView(false, null, List.of());
    }
}
