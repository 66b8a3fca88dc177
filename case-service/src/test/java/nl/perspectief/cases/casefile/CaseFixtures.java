package nl.perspectief.cases.casefile;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.PostalAddress;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.Story;
import nl.perspectief.events.intake.v1.ApplicantRole;
import nl.perspectief.events.intake.v1.ContactChannel;
import nl.perspectief.events.intake.v1.CriminalProceedings;
import nl.perspectief.events.intake.v1.IncidentCategory;
import nl.perspectief.events.intake.v1.RegistrationSource;

/** Test data: Julia's registration from the issue, opened as a case. */
public final class CaseFixtures {

    public static final Instant SUBMITTED_AT = Instant.parse("2026-03-14T22:41:07Z");
    public static final Instant OPENED_AT = Instant.parse("2026-03-14T22:41:09Z");

    public static Applicant julia(UUID subjectId) {
        return new Applicant(subjectId, ApplicantRole.VICTIM, "Julia de Vries", "julia@example.org",
                "+31 6 12345678", new PostalAddress("Oudegracht 1", "3511 AA", "Utrecht", "NL"),
                ContactChannel.EMAIL, false, false);
    }

    public static OtherParty peter(UUID subjectId) {
        return new OtherParty(subjectId, true, "Peter Bakker", "family friend, tutor");
    }

    public static Incident sexualTransgressionIn2015() {
        return new Incident(IncidentCategory.SEXUAL_TRANSGRESSION, "2015-09", false, CriminalProceedings.NONE);
    }

    public static Referrer victimSupportWorker(UUID subjectId) {
        return new Referrer(subjectId, "Slachtofferhulp Nederland", "Sanne Jansen", "sanne@example.org",
                "+31 30 1234567", true);
    }

    /** A registration by the applicant herself, with everyone's subject id. */
    public static OpenCaseFromRegistrationCommand openCase(UUID caseId, String reference) {
        UUID applicantId = UUID.randomUUID();
        return new OpenCaseFromRegistrationCommand(caseId, UUID.randomUUID(), reference,
                RegistrationSource.WEBSITE, SUBMITTED_AT, OPENED_AT, julia(applicantId),
                peter(UUID.randomUUID()), sexualTransgressionIn2015(),
                new Story(applicantId, "He tutored me almost every week in high school."), null);
    }

    public static CaseOpenedEvent caseOpened(OpenCaseFromRegistrationCommand command) {
        return new CaseOpenedEvent(command.caseId(), command.registrationId(), command.registrationReference(),
                command.source(), command.submittedAt(), command.openedAt(), command.applicant(),
                command.otherParty(), command.incident(), command.story(), command.referrer(),
                CaseStatus.AWAITING_TRIAGE);
    }

    public static OpenCaseFromRegistrationCommand withApplicant(OpenCaseFromRegistrationCommand c, Applicant applicant) {
        return new OpenCaseFromRegistrationCommand(c.caseId(), c.registrationId(), c.registrationReference(),
                c.source(), c.submittedAt(), c.openedAt(), applicant, c.otherParty(), c.incident(), c.story(),
                c.referrer());
    }

    public static OpenCaseFromRegistrationCommand withOtherParty(OpenCaseFromRegistrationCommand c, OtherParty otherParty) {
        return new OpenCaseFromRegistrationCommand(c.caseId(), c.registrationId(), c.registrationReference(),
                c.source(), c.submittedAt(), c.openedAt(), c.applicant(), otherParty, c.incident(), c.story(),
                c.referrer());
    }

    public static OpenCaseFromRegistrationCommand withIncident(OpenCaseFromRegistrationCommand c, Incident incident) {
        return new OpenCaseFromRegistrationCommand(c.caseId(), c.registrationId(), c.registrationReference(),
                c.source(), c.submittedAt(), c.openedAt(), c.applicant(), c.otherParty(), incident, c.story(),
                c.referrer());
    }

    public static OpenCaseFromRegistrationCommand withStory(OpenCaseFromRegistrationCommand c, Story story) {
        return new OpenCaseFromRegistrationCommand(c.caseId(), c.registrationId(), c.registrationReference(),
                c.source(), c.submittedAt(), c.openedAt(), c.applicant(), c.otherParty(), c.incident(), story,
                c.referrer());
    }

    public static OpenCaseFromRegistrationCommand withReferrer(OpenCaseFromRegistrationCommand c, Referrer referrer) {
        return new OpenCaseFromRegistrationCommand(c.caseId(), c.registrationId(), c.registrationReference(),
                c.source(), c.submittedAt(), c.openedAt(), c.applicant(), c.otherParty(), c.incident(), c.story(),
                referrer);
    }

    private CaseFixtures() {
    }
}
