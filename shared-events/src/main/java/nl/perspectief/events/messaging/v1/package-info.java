/**
 * The integration events messaging-service publishes about a case's correspondence, version 1: all on
 * {@link nl.perspectief.events.Topics#MESSAGING_CORRESPONDENCE_EVENTS_V1}, keyed by case id, so a consumer sees one
 * case's correspondence in the order it happened.
 *
 * <p>They tell the exchange's steps, never its content: messages appear only by their ids, parties only by their
 * data-subject ids, staff by their staff ids; no words of a letter, no names, no reasons for a return or a
 * redaction. case-service shows these steps on the case's timeline; what was written stays in messaging-service.
 */
package nl.perspectief.events.messaging.v1;
