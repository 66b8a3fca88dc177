package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.consent.api.ConsentNotActiveException;
import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.Consent;

/** The other party learns who applied only after the applicant consented to being named. */
public class ApplicantNamedWithoutConsentException extends ConsentNotActiveException {

    ApplicantNamedWithoutConsentException(UUID caseId, List<Consent> missing) {
        super(caseId, "naming the applicant", missing);
    }
}
