package nl.perspectief.events.cases.v1;

import java.util.UUID;

/**
 * Every payload published on {@link nl.perspectief.events.Topics#CASES_CASE_EVENTS_V1}. Sealed so that
 * a producer's mapper and a consumer's handler can switch over the case's events exhaustively, and
 * so the Kafka key is always at hand: {@link #caseId()}.
 */
public sealed interface CaseTopicPayload
        permits CaseOpened, MediatorAssigned, MessageExchangeOpened, MessageExchangeSuspended,
        MessageExchangeResumed, MessageExchangeClosed, ConsentWithdrawn, CaseClosed, CaseReopened {

    /** The case the event is about, and the Kafka record key. */
    UUID caseId();
}
