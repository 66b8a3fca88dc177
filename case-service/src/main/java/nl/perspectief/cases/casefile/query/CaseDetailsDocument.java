package nl.perspectief.cases.casefile.query;

import java.time.Instant;

import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.Story;

/**
 * The part of the overview that is only read, never searched: stored as one JSON document in
 * {@code case_overview.details}. Its parts carry {@code @PersonalData}, so the column holds ciphertext
 * and an erased subject reads back as {@code null}.
 *
 * @param file where the case stands now; the other components are the registration as it came in
 */
record CaseDetailsDocument(
        CaseSource source,
        Instant submittedAt,
        Applicant applicant,
        OtherParty otherParty,
        Incident incident,
        Story story,
        Referrer referrer,
        CaseFile file) {
}
