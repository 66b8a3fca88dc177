package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/** Every fact in a case's life; sealed so projections and mappers switch over them exhaustively. */
public sealed interface CaseEvent permits CaseOpenedEvent {

    UUID caseId();
}
