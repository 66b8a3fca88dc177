package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was opened, from a registration or by the desk, and waits for triage. Carries everything the
 * registration said, because the case must outlive intake's copy; the personal parts are encrypted per
 * subject by the serializer (see the {@code @PersonalData} components of its parts). The applicant's
 * and the other party's subject ids are their party ids in the rest of the case.
 *
 * @param registrationId        {@code null} for a case the desk opened from a phone call or an email
 * @param registrationReference {@code null} for a case the desk opened
 * @param submittedAt           when the registration was sent, or when the desk received the call or email
 * @param openedBy              the desk member who opened it; {@code null} for a registration from intake
 */
public record CaseOpenedEvent(
        UUID caseId,
        UUID registrationId,
        String registrationReference,
        CaseSource source,
        Instant submittedAt,
        Instant openedAt,
        Applicant applicant,
        OtherParty otherParty,
        Incident incident,
        Story story,
        Referrer referrer,
        CaseStatus status,
        StaffMember openedBy) implements CaseEvent {
}
