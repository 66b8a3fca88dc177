package nl.perspectief.training.course.api;

import java.math.BigDecimal;

/**
 * What a session copies from its course when it is planned, and keeps whatever the course becomes later: a
 * certificate shows what held when the session was planned.
 *
 * @param netHours      the course's net hours (one decimal at most)
 * @param accreditation null unless the course is accredited (professional courses only)
 */
public record CourseFacts(String title, Audience audience, BigDecimal netHours, Accreditation accreditation,
                          CompletionRule completionRule) {

    /** The accreditation points a completed participant earns, or null for a course without accreditation. */
    public BigDecimal accreditationPoints() {
        return accreditation == null ? null : accreditation.pointsFor(netHours);
    }
}
