package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.CaseAsOfView.MeetingAsOf;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.perspectief.cases.casefile.api.PartyId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingCancelledEvent;
import nl.perspectief.cases.casefile.api.MeetingHeldEvent;
import nl.perspectief.cases.casefile.api.MeetingRescheduledEvent;
import nl.perspectief.cases.casefile.api.MeetingScheduledEvent;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.consent.api.ActiveConsents;
import nl.perspectief.cases.contact.api.CancelMeetingCommand;
import nl.perspectief.cases.contact.api.RecordMeetingHeldCommand;
import nl.perspectief.cases.contact.api.RescheduleMeetingCommand;
import nl.perspectief.cases.contact.api.ScheduleMeetingCommand;
import nl.perspectief.cases.parties.api.CaseParties;

/**
 * The meetings and conferences of a case, a member of the {@code Case} aggregate: none is scheduled, moved or held
 * without the agreed form and every consent it needs, and none stays scheduled once a consent it needs is withdrawn
 * or the case is closed.
 */
@AggregateState
public class Meetings {

    private UUID caseId;
    private Map<UUID, Meeting> meetings = new LinkedHashMap<>();

    public CommandOutcome schedule(ScheduleMeetingCommand command, FormOfContact formOfContact, CaseParties parties,
                                   ActiveConsents consents) {
        if (meetings.containsKey(command.meetingId().value())) {
            return CommandOutcome.UNCHANGED;
        }
        if (command.form() == ContactForm.MESSAGE_EXCHANGE) {
            throw new NotAMeetingFormException(caseId, command.form());
        }
        List<UUID> networkMemberIds = command.networkMemberIds() == null ? List.of()
                : PartyId.values(command.networkMemberIds());
        networkMemberIds.forEach(parties::requireParty);
        formOfContact.requireContactAllowed(command.form(), networkMemberIds, parties, consents);
        apply(new MeetingScheduledEvent(caseId, command.meetingId().value(), command.form(), command.scheduledFor(),
                command.location(), command.address(), networkMemberIds, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    public void reschedule(RescheduleMeetingCommand command, FormOfContact formOfContact, CaseParties parties,
                           ActiveConsents consents) {
        Meeting meeting = requireScheduled(command.meetingId().value());
        formOfContact.requireContactAllowed(meeting.form(), meeting.networkMemberIds(), parties, consents);
        apply(new MeetingRescheduledEvent(caseId, command.meetingId().value(), command.scheduledFor(),
                command.location(),
                command.address(), command.performedBy(), command.at()));
    }

    public CommandOutcome cancel(CancelMeetingCommand command) {
        Meeting meeting = requireMeeting(command.meetingId().value());
        if (meeting.state() == MeetingState.CANCELLED) {
            return CommandOutcome.UNCHANGED;
        }
        requireScheduled(command.meetingId().value());
        apply(new MeetingCancelledEvent(caseId, command.meetingId().value(), command.reason(), command.note(),
                command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    public CommandOutcome recordHeld(RecordMeetingHeldCommand command, FormOfContact formOfContact,
                                     CaseParties parties, ActiveConsents consents) {
        Meeting meeting = requireMeeting(command.meetingId().value());
        if (meeting.state() == MeetingState.HELD) {
            return CommandOutcome.UNCHANGED;
        }
        requireScheduled(command.meetingId().value());
        formOfContact.requireContactAllowed(meeting.form(), meeting.networkMemberIds(), parties, consents);
        apply(new MeetingHeldEvent(caseId, command.meetingId().value(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    /** What holding or moving this meeting needs: as {@link #reschedule} and {@link #recordHeld} check it. */
    public List<Consent> consentsNeededFor(UUID meetingId, CaseParties parties) {
        Meeting meeting = meetings.get(meetingId);
        return meeting == null ? List.of()
                : FormOfContact.consentsFor(meeting.form(), meeting.networkMemberIds(), parties);
    }

    /** Every meeting and conference so far. */
    public List<MeetingAsOf> asOf() {
        return meetings.entrySet().stream()
                .map(entry -> new MeetingAsOf(entry.getKey(), entry.getValue().form(), entry.getValue().scheduledFor(),
                        entry.getValue().location(), entry.getValue().networkMemberIds(), entry.getValue().state().name()))
                .toList();
    }

    /** A withdrawal stops every scheduled meeting that needed the consent, in the withdrawal's own command. */
    public void cancelThoseNeeding(Consent withdrawn, CaseParties parties, StaffMember by, Instant at) {
        for (var entry : List.copyOf(meetings.entrySet())) {
            Meeting meeting = entry.getValue();
            if (meeting.state() == MeetingState.SCHEDULED
                    && FormOfContact.consentsFor(meeting.form(), meeting.networkMemberIds(), parties)
                    .contains(withdrawn)) {
                apply(new MeetingCancelledEvent(caseId, entry.getKey(), MeetingCancellationReason.CONSENT_WITHDRAWN,
                        null, by, at));
            }
        }
    }

    /** Nothing stays scheduled on a closed case. */
    public void cancelAllScheduled(StaffMember by, Instant at) {
        for (var entry : List.copyOf(meetings.entrySet())) {
            if (entry.getValue().state() == MeetingState.SCHEDULED) {
                apply(new MeetingCancelledEvent(caseId, entry.getKey(), MeetingCancellationReason.CASE_CLOSED, null,
                        by, at));
            }
        }
    }

    private Meeting requireMeeting(UUID meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting == null) {
            throw new UnknownMeetingException(caseId, meetingId);
        }
        return meeting;
    }

    private Meeting requireScheduled(UUID meetingId) {
        Meeting meeting = requireMeeting(meetingId);
        if (meeting.state() != MeetingState.SCHEDULED) {
            throw new MeetingNotScheduledException(caseId, meetingId);
        }
        return meeting;
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        meetings.put(event.meetingId(), new Meeting(event.form(), event.networkMemberIds(), event.scheduledFor(),
                event.location(), MeetingState.SCHEDULED));
    }

    @EventSourcingHandler
    void on(MeetingRescheduledEvent event) {
        meetings.computeIfPresent(event.meetingId(),
                (id, meeting) -> meeting.movedTo(event.scheduledFor(), event.location()));
    }

    @EventSourcingHandler
    void on(MeetingCancelledEvent event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.in(MeetingState.CANCELLED));
    }

    @EventSourcingHandler
    void on(MeetingHeldEvent event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.in(MeetingState.HELD));
    }

    record Meeting(ContactForm form, List<UUID> networkMemberIds, Instant scheduledFor, MeetingLocation location,
                   MeetingState state) {

        Meeting in(MeetingState newState) {
            return new Meeting(form, networkMemberIds, scheduledFor, location, newState);
        }

        Meeting movedTo(Instant newTime, MeetingLocation newLocation) {
            return new Meeting(form, networkMemberIds, newTime, newLocation, state);
        }
    }

    enum MeetingState {
        SCHEDULED, CANCELLED, HELD
    }
}
