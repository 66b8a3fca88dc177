package nl.perspectief.training.session.query;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** The person a certificate names, stored in {@code session_certificate.document}, encrypted for them. */
record CertificateDocument(UUID participantId,
                           @PersonalData(subject = "participantId") String participantName,
                           @PersonalData(subject = "participantId") String professionalRegistrationNumber) {
}
