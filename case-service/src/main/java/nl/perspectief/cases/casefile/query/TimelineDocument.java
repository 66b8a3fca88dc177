package nl.perspectief.cases.casefile.query;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.ActiveConsentView;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.personaldata.PersonalData;

/**
 * The read-only part of one timeline row, stored as JSON in {@code case_timeline.document}. Only the
 * step's own words are personal; they are encrypted with the key of the subject they belong to (a party,
 * or the case itself), as in the event.
 *
 * @param consentsActiveAfter the consents that held once the step was taken
 * @param partyRoles          the parties known once the step was taken, so the next step's words can
 *                            name them by role
 */
record TimelineDocument(
        String description,
        UUID detailsSubject,
        @PersonalData(subject = "detailsSubject") String details,
        List<ActiveConsentView> consentsActiveAfter,
        Map<UUID, PartyRole> partyRoles) {
}
