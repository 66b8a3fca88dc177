package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.OpenCaseFromRegistrationCommand;

/** What a registration must hold before a case is opened from it. */
final class RegistrationRules {

    static void check(OpenCaseFromRegistrationCommand command) {
        var registrationId = command.registrationId();
        var applicant = command.applicant();
        if (applicant == null || isBlank(applicant.fullName())) {
            throw new ApplicantMissingException(registrationId);
        }
        if (applicant.subjectId() == null) {
            throw new PersonalDataWithoutSubjectException(registrationId, "applicant");
        }
        if (command.story() != null && command.story().tellerSubjectId() == null) {
            throw new PersonalDataWithoutSubjectException(registrationId, "story's teller");
        }
        if (command.otherParty() != null && command.otherParty().subjectId() == null) {
            throw new PersonalDataWithoutSubjectException(registrationId, "other party");
        }
        var referrer = command.referrer();
        if (referrer != null) {
            if (referrer.subjectId() == null) {
                throw new PersonalDataWithoutSubjectException(registrationId, "referrer");
            }
            if (!referrer.clientConsentConfirmed()) {
                throw new ReferrerWithoutClientConsentException(registrationId);
            }
        }
        if (command.incident() == null || command.incident().category() == null) {
            throw new IncidentMissingException(registrationId);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private RegistrationRules() {
    }
}
