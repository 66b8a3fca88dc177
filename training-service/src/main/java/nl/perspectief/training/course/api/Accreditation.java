package nl.perspectief.training.course.api;

import java.math.BigDecimal;

/**
 * A professional course's accreditation in a register, for instance "Kwaliteitsregister V&amp;V". The points are
 * never typed: one net hour is one point ({@link #pointsFor(BigDecimal)}).
 *
 * @param register   the register's name
 * @param activityId the activity's id in that register, as the certificate shows it
 */
public record Accreditation(String register, String activityId) {

    /** The points a participant earns: one per net hour, so a course of 6.5 net hours gives 6.5 points. */
    public BigDecimal pointsFor(BigDecimal netHours) {
        return netHours;
    }
}
