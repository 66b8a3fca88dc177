package nl.perspectief.cases.casefile.integration;

import java.util.UUID;

/**
 * Where a case's current message exchange began. The domain's exchange events name no exchange, yet
 * the contract gives each exchange an id that its suspension, resumption and closure repeat: that id
 * is derived from the position of the {@code MessageExchangeOpenedEvent} in the case's stream (see
 * {@link CaseEventMapper#exchangeIdOf}), which this finds.
 */
@FunctionalInterface
interface ExchangeOpenings {

    /**
     * The aggregate sequence number of the last {@code MessageExchangeOpenedEvent} of the case before
     * {@code sequenceNumber}; fails when there is none, since the aggregate never suspends, resumes or
     * closes an exchange it did not open.
     */
    long lastOpeningBefore(UUID caseId, long sequenceNumber);
}
