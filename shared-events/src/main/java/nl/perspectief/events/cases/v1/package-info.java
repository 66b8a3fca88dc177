/**
 * The integration events case-service publishes, version 1: all on
 * {@link nl.perspectief.events.Topics#CASES_CASE_EVENTS_V1}, keyed by case id, so a consumer sees one
 * case's events in the order they happened (a consent withdrawal before the suspension it causes).
 *
 * <p>They carry no personal data: parties appear only as their data-subject ids, staff as their
 * staff ids; no names, contact details, reasons or notes. A consumer that needs more asks for it
 * in a new contract, with the reason it needs it.
 */
package nl.perspectief.events.cases.v1;
