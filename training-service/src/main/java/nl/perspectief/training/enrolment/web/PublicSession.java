package nl.perspectief.training.enrolment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.SessionDay;

/**
 * A professionals' session as anyone may see it, on the calendar page and in the public API: what it is, when and
 * where, and whether there is room, never who enrolled.
 *
 * @param accreditationPoints null for a course without accreditation
 * @param placesLeft          places not taken; 0 when full (then a request joins the waiting list)
 * @param waiting             how many wait for a place
 * @param open                whether it takes enrolments now
 */
record PublicSession(UUID sessionId, String courseTitle, BigDecimal netHours, BigDecimal accreditationPoints,
                     List<SessionDay> days, LocationKind locationKind, String place, int capacity, int placesLeft,
                     int waiting, boolean open, Instant enrolmentClosesAt) {

    /** A request now joins the waiting list. */
    @JsonProperty("waitingList")
    public boolean waitingList() {
        return placesLeft == 0;
    }
}
