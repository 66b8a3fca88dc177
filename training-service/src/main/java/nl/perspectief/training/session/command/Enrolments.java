package nl.perspectief.training.session.command;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import nl.perspectief.training.session.api.AffectedEnrolment;
import nl.perspectief.training.session.api.CompletionOutcome;
import nl.perspectief.training.session.api.EnrolmentRequestedEvent;
import nl.perspectief.training.session.api.EnrolmentStatus;

/**
 * The session's places and its waiting list. A place is taken by a confirmed enrolment or held for an open offer;
 * never more are taken than the capacity. Changed only by the session's event sourcing handlers, so it answers what
 * the events say, and nothing else decides who has a place.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Enrolments {

    private int capacity;
    private Map<UUID, Enrolment> byId = new LinkedHashMap<>();
    private List<UUID> waitingList = new ArrayList<>();
    private int offersMade;

    Enrolments() {
        // for a snapshot
    }

    Enrolments(int capacity) {
        this.capacity = capacity;
    }

    // ---- what it says

    boolean has(UUID enrolmentId) {
        return byId.containsKey(enrolmentId);
    }

    Enrolment get(UUID sessionId, UUID enrolmentId) {
        Enrolment enrolment = byId.get(enrolmentId);
        if (enrolment == null) {
            throw new UnknownEnrolmentException(sessionId, enrolmentId);
        }
        return enrolment;
    }

    boolean activeFor(String personKey) {
        return byId.values().stream().anyMatch(enrolment -> enrolment.active() && personKey.equals(enrolment.personKey()));
    }

    boolean placeFree() {
        return count(EnrolmentStatus.CONFIRMED) + count(EnrolmentStatus.OFFERED) < capacity;
    }

    boolean anyoneWaiting() {
        return !waitingList.isEmpty();
    }

    UUID firstWaiting() {
        return waitingList.getFirst();
    }

    /** The position a new request gets on the waiting list: the last. */
    int nextPosition() {
        return waitingList.size() + 1;
    }

    int waiting() {
        return waitingList.size();
    }

    /** 1 for the first on the list. */
    int positionOf(UUID enrolmentId) {
        return waitingList.indexOf(enrolmentId) + 1;
    }

    /** A new offer's id, derived from the session and the number of offers before it: the same on every replay. */
    UUID nextOfferId(UUID sessionId) {
        return UUID.nameUUIDFromBytes((sessionId + "/place-offer/" + (offersMade + 1)).getBytes(StandardCharsets.UTF_8));
    }

    List<UUID> confirmed() {
        return byId.entrySet().stream()
                .filter(entry -> entry.getValue().status() == EnrolmentStatus.CONFIRMED)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Every enrolment that has, is offered or waits for a place. */
    List<AffectedEnrolment> active() {
        return byId.entrySet().stream()
                .filter(entry -> entry.getValue().active())
                .map(entry -> new AffectedEnrolment(entry.getKey(), entry.getValue().participantId(),
                        entry.getValue().status()))
                .toList();
    }

    private long count(EnrolmentStatus status) {
        return byId.values().stream().filter(enrolment -> enrolment.status() == status).count();
    }

    // ---- what happened

    void requested(EnrolmentRequestedEvent event) {
        var participant = event.participant();
        byId.put(event.enrolmentId(), new Enrolment(event.participantId(), event.personKey(),
                participant == null ? null : participant.name(),
                participant == null ? null : participant.professionalRegistrationNumber(),
                null, null, null, null, null));
    }

    void confirmed(UUID enrolmentId) {
        byId.computeIfPresent(enrolmentId, (id, enrolment) -> enrolment.in(EnrolmentStatus.CONFIRMED));
    }

    void waitlisted(UUID enrolmentId, int position) {
        byId.computeIfPresent(enrolmentId, (id, enrolment) -> enrolment.in(EnrolmentStatus.WAITING));
        waitingList.add(Math.min(position - 1, waitingList.size()), enrolmentId);
    }

    void offered(UUID enrolmentId, UUID offerId, Instant expiresAt) {
        waitingList.remove(enrolmentId);
        byId.computeIfPresent(enrolmentId, (id, enrolment) -> enrolment.offered(offerId, expiresAt));
        offersMade++;
    }

    void ended(UUID enrolmentId) {
        waitingList.remove(enrolmentId);
        byId.computeIfPresent(enrolmentId, (id, enrolment) -> enrolment.in(EnrolmentStatus.CANCELLED));
    }

    void moved(UUID enrolmentId, int toPosition) {
        waitingList.remove(enrolmentId);
        waitingList.add(toPosition - 1, enrolmentId);
    }

    void completed(UUID enrolmentId, CompletionOutcome outcome) {
        byId.computeIfPresent(enrolmentId, (id, enrolment) -> enrolment.completed(outcome));
    }

    void certified(UUID enrolmentId, UUID certificateId) {
        byId.computeIfPresent(enrolmentId, (id, enrolment) -> enrolment.certified(certificateId));
    }
}
