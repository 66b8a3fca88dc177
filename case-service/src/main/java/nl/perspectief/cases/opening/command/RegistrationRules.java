package nl.perspectief.cases.opening.command;

import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.Story;

/** What a registration, from intake or typed in by the desk, must hold before a case is opened from it. */
public final class RegistrationRules {

    /** @param registration names the registration in a refusal, by id only */
    public static void check(String registration, Applicant applicant, OtherParty otherParty, Incident incident,
            Story story, Referrer referrer) {
        if (applicant == null || isBlank(applicant.fullName())) {
            throw new ApplicantMissingException(registration);
        }
        if (applicant.subjectId() == null) {
            throw new PersonalDataWithoutSubjectException(registration, "applicant");
        }
        if (story != null && story.tellerSubjectId() == null) {
            throw new PersonalDataWithoutSubjectException(registration, "story's teller");
        }
        if (otherParty != null && otherParty.subjectId() == null) {
            throw new PersonalDataWithoutSubjectException(registration, "other party");
        }
        if (referrer != null) {
            if (referrer.subjectId() == null) {
                throw new PersonalDataWithoutSubjectException(registration, "referrer");
            }
            if (!referrer.clientConsentConfirmed()) {
                throw new ReferrerWithoutClientConsentException(registration);
            }
        }
        if (incident == null || incident.category() == null) {
            throw new IncidentMissingException(registration);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private RegistrationRules() {
    }
}
