package nl.perspectief.training.session.api;

import java.util.UUID;

/** An issued certificate with all it shows (for its PDF), answered with an optional {@link IssuedCertificateView}. */
public record FindIssuedCertificateQuery(UUID certificateId) {
}
