package nl.perspectief.cases.casefile.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.CaseDetailView.MeetingState;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.personaldata.PersonalData;

/** A meeting in the case file document; its address is personal data of the case, as in the events. */
record MeetingEntry(
        UUID caseId,
        UUID meetingId,
        ContactForm form,
        Instant scheduledFor,
        MeetingLocation location,
        @PersonalData(subject = "caseId") String address,
        List<UUID> networkMemberIds,
        MeetingState state,
        MeetingCancellationReason cancellationReason) {

    MeetingEntry movedTo(Instant newScheduledFor, MeetingLocation newLocation, String newAddress) {
        return new MeetingEntry(caseId, meetingId, form, newScheduledFor, newLocation, newAddress, networkMemberIds,
                state, cancellationReason);
    }

    MeetingEntry cancelled(MeetingCancellationReason reason) {
        return new MeetingEntry(caseId, meetingId, form, scheduledFor, location, address, networkMemberIds,
                MeetingState.CANCELLED, reason);
    }

    MeetingEntry held() {
        return new MeetingEntry(caseId, meetingId, form, scheduledFor, location, address, networkMemberIds,
                MeetingState.HELD, null);
    }
}
