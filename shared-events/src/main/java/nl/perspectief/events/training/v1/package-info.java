/**
 * The integration events training-service publishes about its course sessions, version 1: all on
 * {@link nl.perspectief.events.Topics#TRAINING_COURSE_EVENTS_V1}, keyed by session id, for reporting (how many sessions,
 * places, participants, completions and accreditation points, per audience and period).
 *
 * <p>Ids, dates, counts and codes only: no participant's name or address, no free text. Who took part is known only
 * inside training-service.
 */
package nl.perspectief.events.training.v1;
