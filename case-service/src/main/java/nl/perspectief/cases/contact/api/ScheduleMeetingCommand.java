package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.MeetingId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Schedules a meeting or a conference; needs every consent it depends on.
 *
 * @param meetingId        a new id
 * @param form             MEETING or CONFERENCE
 * @param address          where exactly, when not obvious from the location; {@code null} for none
 * @param networkMemberIds the network members taking part in a conference
 */
public record ScheduleMeetingCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        MeetingId meetingId,
        ContactForm form,
        Instant scheduledFor,
        MeetingLocation location,
        String address,
        List<PartyId> networkMemberIds,
        StaffMember performedBy,
        Instant at) {
}
