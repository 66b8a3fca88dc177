package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/**
 * Who runs a case and its version, as of the last event stored: never behind the event store.
 *
 * @param mediatorId {@code null} until a mediator is assigned
 * @param version    the sequence number of the case's last event
 */
public record CaseStateView(UUID caseId, String mediatorId, long version) {
}
