package nl.perspectief.cases.casefile.integration;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code exchange_opening}, which the case-state projection writes in the transaction of each
 * {@code MessageExchangeOpenedEvent} (so the opening is there before this tracking publisher sees any later event
 * of the case). It holds every opening, not only the last, so a republication or a replay from an old token gets
 * the opening that was current then: the same exchange id every time. One index lookup, whatever the case's length.
 */
@Component
class TableExchangeOpenings implements ExchangeOpenings {

    private final JdbcClient jdbc;

    TableExchangeOpenings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long lastOpeningBefore(UUID caseId, long sequenceNumber) {
        Long opening = jdbc.sql("select max(sequence_number) from exchange_opening "
                        + "where case_id = :caseId and sequence_number < :sequence")
                .param("caseId", caseId).param("sequence", sequenceNumber)
                .query(Long.class).single();
        if (opening == null) {
            throw new IllegalStateException("case " + caseId + " has no message exchange opened before event "
                    + sequenceNumber);
        }
        return opening;
    }
}
