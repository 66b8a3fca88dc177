package nl.perspectief.cases.casefile;

import nl.perspectief.cases.casefile.api.MeetingId;
import nl.perspectief.cases.casefile.api.ConsentId;
import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.triage.api.AcceptCaseCommand;
import nl.perspectief.cases.notes.api.AddCaseNoteCommand;
import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.triage.api.AssignMediatorCommand;
import nl.perspectief.cases.casefile.api.CaseAcceptedEvent;
import nl.perspectief.cases.casefile.api.CaseClosedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.closure.api.CloseCaseCommand;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;
import nl.perspectief.cases.casefile.api.ConsentWithdrawnEvent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.FormOfContactAgreedEvent;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.MediatorAssignedEvent;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.MeetingScheduledEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;
import nl.perspectief.cases.opening.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.contact.api.OpenMessageExchangeCommand;
import nl.perspectief.cases.casefile.api.OutcomeShareForm;
import nl.perspectief.cases.casefile.api.OutcomeSharedEvent;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.PartyAddedEvent;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.cases.casefile.api.PostalAddress;
import nl.perspectief.cases.consent.api.RecordConsentCommand;
import nl.perspectief.cases.contact.api.RecordContactAttemptCommand;
import nl.perspectief.cases.contact.api.RecordMeetingHeldCommand;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.contact.api.ScheduleMeetingCommand;
import nl.perspectief.cases.closure.api.ShareOutcomeCommand;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;
import nl.perspectief.cases.casefile.api.Story;
import nl.perspectief.cases.consent.api.WithdrawConsentCommand;
import nl.perspectief.cases.casefile.api.ApplicantRole;
import nl.perspectief.cases.casefile.api.ContactChannel;
import nl.perspectief.cases.casefile.api.CriminalProceedings;
import nl.perspectief.cases.casefile.api.IncidentCategory;

/** Test data: Julia's registration from the issue, opened as a case, and the staff who run it. */
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
        return new OpenCaseFromRegistrationCommand(CaseId.of(caseId), UUID.randomUUID(), reference,
                CaseSource.WEBSITE, SUBMITTED_AT, OPENED_AT, julia(applicantId),
                peter(UUID.randomUUID()), sexualTransgressionIn2015(),
                new Story(applicantId, "He tutored me almost every week in high school."), null);
    }

    public static CaseOpenedEvent caseOpened(OpenCaseFromRegistrationCommand command) {
        return new CaseOpenedEvent(command.caseId().value(), command.registrationId(), command.registrationReference(),
                command.source(), command.submittedAt(), command.openedAt(),
                command.applicant(), command.otherParty(), command.incident(), command.story(), command.referrer(),
                CaseStatus.AWAITING_TRIAGE, null);
    }

    public static OpenCaseFromRegistrationCommand withApplicant(OpenCaseFromRegistrationCommand c,
            Applicant applicant) {
        return new OpenCaseFromRegistrationCommand(c.caseId(), c.registrationId(), c.registrationReference(),
                c.source(), c.submittedAt(), c.openedAt(), applicant, c.otherParty(), c.incident(), c.story(),
                c.referrer());
    }

    public static OpenCaseFromRegistrationCommand withOtherParty(OpenCaseFromRegistrationCommand c,
            OtherParty otherParty) {
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

    public static final StaffMember DESK = new StaffMember("desk-anouk", StaffRole.DESK);
    public static final StaffMember MEDIATOR = new StaffMember("mediator-marieke", StaffRole.MEDIATOR);
    public static final StaffMember OTHER_MEDIATOR = new StaffMember("mediator-joost", StaffRole.MEDIATOR);
    public static final StaffMember COMPLIANCE = new StaffMember("compliance-rik", StaffRole.COMPLIANCE);
    public static final Instant AT = Instant.parse("2026-04-02T10:00:00Z");

    /** Julia's case, from its opening on, as events and as the commands that continue it. */
    public static CaseHistory caseOfJulia() {
        return new CaseHistory(openCase(UUID.randomUUID(), "PH-2026-00042"));
    }

    /**
     * One case's story for fixture tests: the events that happened (for {@code given}) and the commands that
     * continue it (for {@code when}), all by {@link #MEDIATOR} unless a test says otherwise.
     */
    public static final class CaseHistory {

        public final UUID caseId;
        public final UUID applicantId;
        public final UUID otherPartyId;
        public final UUID uncleId = UUID.randomUUID();
        public final UUID meetingId = UUID.randomUUID();
        private final OpenCaseFromRegistrationCommand open;

        CaseHistory(OpenCaseFromRegistrationCommand open) {
            this.open = open;
            this.caseId = open.caseId().value();
            this.applicantId = open.applicant().subjectId();
            this.otherPartyId = open.otherParty().subjectId();
        }

        // ---- events

        public CaseOpenedEvent opened() {
            return caseOpened(open);
        }

        public CaseAcceptedEvent accepted() {
            return new CaseAcceptedEvent(caseId, DESK, AT);
        }

        public MediatorAssignedEvent mediatorAssigned() {
            return new MediatorAssignedEvent(caseId, MEDIATOR.staffId(), DESK, AT);
        }

        /** Opened, accepted and given to {@link #MEDIATOR}, followed by {@code more}. */
        public List<Object> inProgress(Object... more) {
            List<Object> events = new ArrayList<>(List.of(opened(), accepted(), mediatorAssigned()));
            events.addAll(Arrays.asList(more));
            return events;
        }

        public ConsentRecordedEvent consentRecorded(UUID consentId, Consent consent) {
            return new ConsentRecordedEvent(caseId, consentId, consent.partyId(), consent.purpose(), consent.form(),
                    consent.recipient(), ConsentMethod.SPOKEN, AT, MEDIATOR, AT);
        }

        public ConsentWithdrawnEvent consentWithdrawn(UUID consentId, Consent consent, String reason) {
            return new ConsentWithdrawnEvent(caseId, consentId, consent.partyId(), consent.purpose(), consent.form(),
                    consent.recipient(), reason, MEDIATOR, AT);
        }

        /** Both parties take part and chose this form. */
        public List<ConsentRecordedEvent> bothConsentTo(ContactForm form) {
            return List.of(
                    consentRecorded(UUID.randomUUID(), Consent.takingPart(applicantId)),
                    consentRecorded(UUID.randomUUID(), Consent.formOfContact(applicantId, form)),
                    consentRecorded(UUID.randomUUID(), Consent.takingPart(otherPartyId)),
                    consentRecorded(UUID.randomUUID(), Consent.formOfContact(otherPartyId, form)));
        }

        public FormOfContactAgreedEvent formAgreed(ContactForm form) {
            return new FormOfContactAgreedEvent(caseId, form, MEDIATOR, AT);
        }

        /** In progress, both parties consented to {@code form} and agreed on it, followed by {@code more}. */
        public List<Object> agreedOn(ContactForm form, Object... more) {
            List<Object> events = inProgress();
            events.addAll(bothConsentTo(form));
            events.add(formAgreed(form));
            events.addAll(Arrays.asList(more));
            return events;
        }

        public PartyAddedEvent uncleAdded() {
            return new PartyAddedEvent(caseId, uncleId, PartyRole.NETWORK_MEMBER, PartySide.APPLICANT_SIDE, null,
                    "Kees de Vries", null, null, MEDIATOR, AT);
        }

        public MeetingScheduledEvent meetingScheduled() {
            return new MeetingScheduledEvent(caseId, meetingId, ContactForm.MEETING, MEETING_TIME,
                    MeetingLocation.OFFICE,
                    null, List.of(), MEDIATOR, AT);
        }

        public MeetingScheduledEvent conferenceScheduled() {
            return new MeetingScheduledEvent(caseId, meetingId, ContactForm.CONFERENCE, MEETING_TIME,
                    MeetingLocation.OFFICE, null, List.of(uncleId), MEDIATOR, AT);
        }

        public MessageExchangeOpenedEvent exchangeOpened() {
            return new MessageExchangeOpenedEvent(caseId, applicantId, otherPartyId, MEDIATOR, AT);
        }

        public CaseClosedEvent closed() {
            return new CaseClosedEvent(caseId, CaseOutcome.CONTACT_TOOK_PLACE, "Both felt heard.", MEDIATOR, AT);
        }

        // ---- commands

        public static final Instant MEETING_TIME = Instant.parse("2026-05-12T13:00:00Z");

        public AcceptCaseCommand accept(StaffMember by) {
            return new AcceptCaseCommand(CaseId.of(caseId), null, by, AT);
        }

        public AssignMediatorCommand assign(String mediatorId) {
            return new AssignMediatorCommand(CaseId.of(caseId), null, mediatorId, DESK, AT);
        }

        public RecordConsentCommand recordConsent(UUID consentId, Consent consent) {
            return new RecordConsentCommand(CaseId.of(caseId), null, ConsentId.of(consentId),
                    PartyId.of(consent.partyId()), consent.purpose(), consent.form(),
                    consent.recipient(), ConsentMethod.SPOKEN, AT, MEDIATOR, AT);
        }

        public WithdrawConsentCommand withdraw(UUID consentId, String reason) {
            return new WithdrawConsentCommand(CaseId.of(caseId), null, ConsentId.of(consentId), reason, MEDIATOR, AT);
        }

        public RecordContactAttemptCommand letterTo(UUID partyId, boolean applicantNamed) {
            return new RecordContactAttemptCommand(CaseId.of(caseId), null, PartyId.of(partyId),
                    ApproachChannel.LETTER, applicantNamed, null,
                    MEDIATOR, AT);
        }

        public ScheduleMeetingCommand scheduleMeeting() {
            return scheduleMeeting(MEDIATOR);
        }

        public ScheduleMeetingCommand scheduleMeeting(StaffMember by) {
            return new ScheduleMeetingCommand(CaseId.of(caseId), null, MeetingId.of(meetingId), ContactForm.MEETING,
                    MEETING_TIME,
                    MeetingLocation.OFFICE, null, PartyId.all(List.of()), by, AT);
        }

        public ScheduleMeetingCommand scheduleConference() {
            return new ScheduleMeetingCommand(CaseId.of(caseId), null, MeetingId.of(meetingId), ContactForm.CONFERENCE,
                    MEETING_TIME,
                    MeetingLocation.OFFICE, null, PartyId.all(List.of(uncleId)), MEDIATOR, AT);
        }

        public RecordMeetingHeldCommand meetingHeld() {
            return new RecordMeetingHeldCommand(CaseId.of(caseId), null, MeetingId.of(meetingId), MEDIATOR, AT);
        }

        public OpenMessageExchangeCommand openExchange() {
            return new OpenMessageExchangeCommand(CaseId.of(caseId), null, MEDIATOR, AT);
        }

        public CloseCaseCommand close() {
            return new CloseCaseCommand(CaseId.of(caseId), null, CaseOutcome.CONTACT_TOOK_PLACE, "Both felt heard.",
                    MEDIATOR, AT);
        }

        public static final String PROSECUTOR = "public prosecutor";
        public static final String SHARED_CONTENT = "Both parties met; he acknowledged what happened.";

        /** Both parties consent to share the outcome with {@code recipient}. */
        public List<ConsentRecordedEvent> bothConsentToShareWith(String recipient) {
            return List.of(
                    consentRecorded(UUID.randomUUID(), Consent.shareOutcome(applicantId, recipient)),
                    consentRecorded(UUID.randomUUID(), Consent.shareOutcome(otherPartyId, recipient)));
        }

        public ShareOutcomeCommand shareOutcome(UUID shareId, String recipient, StaffMember by) {
            return new ShareOutcomeCommand(CaseId.of(caseId), null, shareId, recipient,
                    OutcomeShareForm.WRITTEN_SUMMARY,
                    SHARED_CONTENT, AT, by, AT);
        }

        public OutcomeSharedEvent outcomeShared(UUID shareId, String recipient) {
            return new OutcomeSharedEvent(caseId, shareId, recipient, OutcomeShareForm.WRITTEN_SUMMARY, SHARED_CONTENT,
                    AT, MEDIATOR, AT);
        }

        public AddCaseNoteCommand note(UUID noteId, StaffMember by) {
            return new AddCaseNoteCommand(CaseId.of(caseId), null, noteId, "Julia asked not to be called before noon.",
                    by, AT);
        }
    }

    private CaseFixtures() {
    }
}
