package nl.perspectief.cases.contact.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.MeetingId;
import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.config.CaseServiceProperties;
import nl.perspectief.cases.contact.api.AgreeFormOfContactCommand;
import nl.perspectief.cases.contact.api.CancelMeetingCommand;
import nl.perspectief.cases.contact.api.CloseMessageExchangeCommand;
import nl.perspectief.cases.contact.api.OpenMessageExchangeCommand;
import nl.perspectief.cases.contact.api.ProposeFormOfContactCommand;
import nl.perspectief.cases.contact.api.RecordContactAttemptCommand;
import nl.perspectief.cases.contact.api.RecordMeetingHeldCommand;
import nl.perspectief.cases.contact.api.RecordPartyResponseCommand;
import nl.perspectief.cases.contact.api.RescheduleMeetingCommand;
import nl.perspectief.cases.contact.api.ResumeMessageExchangeCommand;
import nl.perspectief.cases.contact.api.ScheduleMeetingCommand;
import nl.perspectief.cases.contact.api.ShareApplicantNameCommand;
import nl.perspectief.cases.contact.web.ContactRequests.CancelMeetingRequest;
import nl.perspectief.cases.contact.web.ContactRequests.ContactAttemptRequest;
import nl.perspectief.cases.contact.web.ContactRequests.FormOfContactRequest;
import nl.perspectief.cases.contact.web.ContactRequests.MeetingRequest;
import nl.perspectief.cases.contact.web.ContactRequests.PartyResponseRequest;
import nl.perspectief.cases.contact.web.ContactRequests.RescheduleRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseSteps;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The one way in for the steps of the approach of the other party, the form of contact, meetings and the message
 * exchange, for the API and the pages alike: each step made into its command from the request, with the ids and the
 * moment this layer gives it, and sent through {@link CaseSteps}.
 */
/*
 * The default follow-up deadline is this deployment's setting, not a rule of the case, so it is applied here, where
 * settings and the clock are read: the command and its event carry the date itself, and a replay never depends on
 * what the setting is today.
 */
@Component
class ContactSteps {

    /** The calendar the organisation's days are counted on, as the waiting list counts them. */
    private static final ZoneId CALENDAR = ZoneId.of("Europe/Amsterdam");

    private final CaseSteps steps;
    private final Period followUpAfter;

    ContactSteps(CaseSteps steps, CaseServiceProperties properties) {
        this.steps = steps;
        this.followUpAfter = properties.contactAttempts().followUpAfter();
    }

    CaseCommandAnswer contactAttempt(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            ContactAttemptRequest body) {
        Instant at = steps.now();
        LocalDate followUpBy = body.followUpBy() != null ? body.followUpBy()
                : LocalDate.ofInstant(at, CALENDAR).plus(followUpAfter);
        return steps.send(request, caseId, version,
                new RecordContactAttemptCommand(CaseId.of(caseId), version.value(), PartyId.of(body.partyId()),
                body.channel(), body.applicantNamed(),
                followUpBy, by, at));
    }

    CaseCommandAnswer response(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            PartyResponseRequest body) {
        return steps.send(request, caseId, version,
                new RecordPartyResponseCommand(CaseId.of(caseId), version.value(), PartyId.of(body.partyId()),
                body.response(), body.summary(), by,
                steps.now()));
    }

    CaseCommandAnswer shareApplicantName(HttpServletRequest request, StaffMember by, UUID caseId,
            ExpectedVersion version) {
        return steps.send(request, caseId, version,
                new ShareApplicantNameCommand(CaseId.of(caseId), version.value(), by, steps.now()));
    }

    CaseCommandAnswer proposeFormOfContact(HttpServletRequest request, StaffMember by, UUID caseId,
            ExpectedVersion version, FormOfContactRequest body) {
        return steps.send(request, caseId, version,
                new ProposeFormOfContactCommand(CaseId.of(caseId), version.value(), body.form(), by, steps.now()));
    }

    CaseCommandAnswer agreeFormOfContact(HttpServletRequest request, StaffMember by, UUID caseId,
            ExpectedVersion version, FormOfContactRequest body) {
        return steps.send(request, caseId, version,
                new AgreeFormOfContactCommand(CaseId.of(caseId), version.value(), body.form(), by, steps.now()));
    }

    CaseCommandAnswer scheduleMeeting(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            MeetingRequest body) {
        UUID meetingId = steps.newId();
        return steps.send(request, caseId, version,
                new ScheduleMeetingCommand(CaseId.of(caseId), version.value(), MeetingId.of(meetingId), body.form(),
                body.scheduledFor(), body.location(),
                body.address(),
                PartyId.all(body.networkMemberIds() == null ? List.of() : List.copyOf(body.networkMemberIds())), by,
                steps.now())).withMeeting(meetingId);
    }

    CaseCommandAnswer rescheduleMeeting(HttpServletRequest request, StaffMember by, UUID caseId, UUID meetingId,
            ExpectedVersion version, RescheduleRequest body) {
        return steps.send(request, caseId, version,
                new RescheduleMeetingCommand(CaseId.of(caseId), version.value(), MeetingId.of(meetingId),
                body.scheduledFor(), body.location(),
                body.address(), by, steps.now()));
    }

    CaseCommandAnswer cancelMeeting(HttpServletRequest request, StaffMember by, UUID caseId, UUID meetingId,
            ExpectedVersion version, CancelMeetingRequest body) {
        return steps.send(request, caseId, version,
                new CancelMeetingCommand(CaseId.of(caseId), version.value(), MeetingId.of(meetingId), body.reason(),
                body.note(), by, steps.now()));
    }

    CaseCommandAnswer meetingHeld(HttpServletRequest request, StaffMember by, UUID caseId, UUID meetingId,
            ExpectedVersion version) {
        return steps.send(request, caseId, version,
                new RecordMeetingHeldCommand(CaseId.of(caseId), version.value(), MeetingId.of(meetingId), by,
                steps.now()));
    }

    CaseCommandAnswer openMessageExchange(HttpServletRequest request, StaffMember by, UUID caseId,
            ExpectedVersion version) {
        return steps.send(request, caseId, version,
                new OpenMessageExchangeCommand(CaseId.of(caseId), version.value(), by, steps.now()));
    }

    CaseCommandAnswer resumeMessageExchange(HttpServletRequest request, StaffMember by, UUID caseId,
            ExpectedVersion version) {
        return steps.send(request, caseId, version,
                new ResumeMessageExchangeCommand(CaseId.of(caseId), version.value(), by, steps.now()));
    }

    CaseCommandAnswer closeMessageExchange(HttpServletRequest request, StaffMember by, UUID caseId,
            ExpectedVersion version) {
        return steps.send(request, caseId, version,
                new CloseMessageExchangeCommand(CaseId.of(caseId), version.value(), by, steps.now()));
    }
}
