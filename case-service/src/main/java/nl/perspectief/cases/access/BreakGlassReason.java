package nl.perspectief.cases.access;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * A grant's reason as stored in {@code break_glass_grant.reason}: it may name people and what happened to
 * them, so it is encrypted with the case as its subject, as the case's own notes are.
 */
record BreakGlassReason(UUID caseId, @PersonalData(subject = "caseId") String text) {
}
