package nl.perspectief.cases.casefile.api;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * The person the applicant wants contact with, as far as the applicant knows them. They have a data
 * subject id even when unknown, so their data can be erased on its own.
 */
public record OtherParty(
        UUID subjectId,
        boolean known,
        @PersonalData(subject = "subjectId") String fullName,
        @PersonalData(subject = "subjectId") String relationship) {
}
