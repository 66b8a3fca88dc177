package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID meetingId,
        ContactForm form,
        Instant scheduledFor,
        MeetingLocation location,
        String address,
        List<UUID> networkMemberIds,
        StaffMember performedBy,
        Instant at) {
}
