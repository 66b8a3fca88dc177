package nl.perspectief.training.session.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;

/**
 * A certificate as it was issued, for printing it.
 *
 * @param participantName null once the participant's data is erased
 */
public record IssuedCertificateView(UUID certificateId, String verificationCode, UUID sessionId, UUID enrolmentId,
                                    UUID participantId, String participantName, String professionalRegistrationNumber,
                                    String courseTitle, Audience audience, List<LocalDate> days, BigDecimal netHours,
                                    Accreditation accreditation, BigDecimal accreditationPoints, Instant issuedAt) {
}
