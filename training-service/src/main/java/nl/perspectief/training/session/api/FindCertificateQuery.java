package nl.perspectief.training.session.api;

/** The public check of a certificate by its verification code, answered with a {@link CertificateCheckView}. */
public record FindCertificateQuery(String verificationCode) {
}
