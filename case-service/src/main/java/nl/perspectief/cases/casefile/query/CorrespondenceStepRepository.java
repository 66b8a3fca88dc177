package nl.perspectief.cases.casefile.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.perspectief.cases.casefile.api.CorrespondenceStep;
import nl.perspectief.cases.casefile.api.DeliveryChannel;
import nl.perspectief.cases.casefile.api.MessageKind;

/**
 * The {@code correspondence_step} table: what messaging-service reported of each case's correspondence, written by
 * its consumer as the reports arrive (in any order) and read with the case's timeline. Not a projection of the
 * case's events, so a rebuild of the case's read models leaves it alone: it is the only copy case-service has.
 */
@Repository
public class CorrespondenceStepRepository {

    private final JdbcClient jdbc;

    CorrespondenceStepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the step; {@code false} when its report was recorded before (a redelivery), which changes nothing. */
    public boolean record(CorrespondenceStepRow row) {
        return jdbc.sql("""
                        insert into correspondence_step (event_id, case_id, message_id, step, kind, channel,
                                                         from_party_id, to_party_id, mediator_id, occurred_at,
                                                         received_at)
                        values (:eventId, :caseId, :messageId, :step, :kind, :channel,
                                :fromPartyId, :toPartyId, :mediatorId, :at, :receivedAt)
                        on conflict do nothing
                        """)
                .param("eventId", row.eventId())
                .param("caseId", row.caseId())
                .param("messageId", row.messageId())
                .param("step", row.step().name())
                .param("kind", row.kind() == null ? null : row.kind().name())
                .param("channel", row.channel() == null ? null : row.channel().name())
                .param("fromPartyId", row.fromPartyId())
                .param("toPartyId", row.toPartyId())
                .param("mediatorId", row.mediatorId())
                .param("at", Timestamp.from(row.at()))
                .param("receivedAt", Timestamp.from(row.receivedAt()))
                .update() == 1;
    }

    List<CorrespondenceStepRow> findByCaseId(UUID caseId) {
        return jdbc.sql("select * from correspondence_step where case_id = :caseId order by occurred_at, event_id")
                .param("caseId", caseId)
                .query(this::toRow)
                .list();
    }

    private CorrespondenceStepRow toRow(ResultSet rs, int rowNumber) throws SQLException {
        String kind = rs.getString("kind");
        String channel = rs.getString("channel");
        return new CorrespondenceStepRow(
                rs.getObject("event_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("message_id", UUID.class),
                CorrespondenceStep.valueOf(rs.getString("step")),
                kind == null ? null : MessageKind.valueOf(kind),
                channel == null ? null : DeliveryChannel.valueOf(channel),
                rs.getObject("from_party_id", UUID.class),
                rs.getObject("to_party_id", UUID.class),
                rs.getString("mediator_id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("received_at").toInstant());
    }
}
