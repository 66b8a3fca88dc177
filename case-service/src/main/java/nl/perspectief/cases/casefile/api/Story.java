package nl.perspectief.cases.casefile.api;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** The applicant's own account, in their words; encrypted with the teller's key, erased with them. */
public record Story(
        UUID tellerSubjectId,
        @PersonalData(subject = "tellerSubjectId") String text) {
}
