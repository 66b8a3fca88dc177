package nl.perspectief.training.session.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;
import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.StaffMember;

/**
 * A participant's certificate, with everything it shows, as the session copied it from its course.
 *
 * @param professionalRegistrationNumber the participant's number in the register, as they gave it; may be null
 * @param accreditation       null for a course without accreditation
 * @param accreditationPoints one per net hour when accredited; else null
 */
public record CertificateIssuedEvent(
        UUID sessionId,
        UUID enrolmentId,
        UUID certificateId,
        String verificationCode,
        UUID participantId,
        @PersonalData(subject = "participantId") String participantName,
        @PersonalData(subject = "participantId") String professionalRegistrationNumber,
        String courseTitle,
        Audience audience,
        List<LocalDate> days,
        BigDecimal netHours,
        Accreditation accreditation,
        BigDecimal accreditationPoints,
        StaffMember performedBy,
        Instant at) implements SessionEvent {
}
