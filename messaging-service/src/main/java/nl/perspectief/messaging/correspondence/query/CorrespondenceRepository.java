package nl.perspectief.messaging.correspondence.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.perspectief.messaging.correspondence.api.CorrespondenceOpenedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceStateView;
import nl.perspectief.messaging.correspondence.api.CorrespondenceSummaryView;
import nl.perspectief.messaging.correspondence.api.CorrespondenceView;
import nl.perspectief.messaging.correspondence.api.DeliveryChannel;
import nl.perspectief.messaging.correspondence.api.ExchangeState;
import nl.perspectief.messaging.correspondence.api.MessageDeliveredEvent;
import nl.perspectief.messaging.correspondence.api.MessageKind;
import nl.perspectief.messaging.correspondence.api.MessageRecordedEvent;
import nl.perspectief.messaging.correspondence.api.MessageStatus;
import nl.perspectief.messaging.correspondence.api.MessageStep;
import nl.perspectief.messaging.correspondence.api.MessageStepView;
import nl.perspectief.messaging.correspondence.api.MessageVersionView;
import nl.perspectief.messaging.correspondence.api.MessageView;
import nl.perspectief.messaging.correspondence.api.ReceiptConfirmedEvent;
import nl.perspectief.messaging.correspondence.api.SuspensionReason;
import nl.perspectief.messaging.correspondence.api.VersionOrigin;
import tools.jackson.databind.json.JsonMapper;

/** The correspondence tables; documents through personal-data's mapper, so their personal parts are ciphertext. */
@Repository
class CorrespondenceRepository {

    private final JdbcClient jdbc;
    private final JsonMapper documents;

    CorrespondenceRepository(JdbcClient jdbc, @Qualifier("personalDataJsonMapper") JsonMapper documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    // ---- written by the projection

    void mediatorSet(UUID caseId, String mediatorId) {
        jdbc.sql("""
                        insert into correspondence (case_id, mediator_id, state, version) values (:case, :mediator, :state, 0)
                        on conflict (case_id) do update set mediator_id = excluded.mediator_id""")
                .param("case", caseId).param("mediator", mediatorId).param("state", ExchangeState.NOT_OPENED.name())
                .update();
    }

    void opened(CorrespondenceOpenedEvent opened) {
        jdbc.sql("""
                        insert into correspondence (case_id, exchange_id, state, applicant_id, other_party_id, state_since, version)
                        values (:case, :exchange, :state, :applicant, :other, :at, 0)
                        on conflict (case_id) do update set exchange_id = excluded.exchange_id, state = excluded.state,
                            applicant_id = excluded.applicant_id, other_party_id = excluded.other_party_id,
                            state_since = excluded.state_since, suspended_because = null""")
                .param("case", opened.caseId()).param("exchange", opened.exchangeId())
                .param("state", ExchangeState.OPEN.name()).param("applicant", opened.applicantId())
                .param("other", opened.otherPartyId()).param("at", Timestamp.from(opened.at()))
                .update();
    }

    void exchangeIn(UUID caseId, ExchangeState state, Instant since, SuspensionReason because) {
        jdbc.sql("""
                        update correspondence set state = :state, state_since = :at, suspended_because = :because
                        where case_id = :case""")
                .param("state", state.name()).param("at", Timestamp.from(since))
                .param("because", because == null ? null : because.name()).param("case", caseId)
                .update();
    }

    void versionIs(UUID caseId, long sequence) {
        jdbc.sql("update correspondence set version = :version where case_id = :case")
                .param("version", sequence).param("case", caseId)
                .update();
    }

    void recorded(MessageRecordedEvent recorded) {
        jdbc.sql("""
                        insert into correspondence_message (message_id, case_id, writer_id, recipient_id, kind, status, version,
                            recorded_at, changed_at)
                        values (:message, :case, :writer, :recipient, :kind, :status, 1, :at, :at)""")
                .param("message", recorded.messageId()).param("case", recorded.caseId())
                .param("writer", recorded.writerId()).param("recipient", recorded.recipientId())
                .param("kind", recorded.kind().name()).param("status", MessageStatus.AWAITING_REVIEW.name())
                .param("at", Timestamp.from(recorded.at()))
                .update();
    }

    void version(UUID messageId, int version, VersionOrigin origin, String by, Instant at, VersionDocument document) {
        jdbc.sql("""
                        insert into correspondence_message_version (message_id, version, origin, recorded_by, recorded_at, document)
                        values (:message, :version, :origin, :by, :at, :document)""")
                .param("message", messageId).param("version", version).param("origin", origin.name())
                .param("by", by).param("at", Timestamp.from(at))
                .param("document", documents.writeValueAsBytes(document))
                .update();
    }

    /** The message's new status; answers its current version. */
    int status(UUID messageId, MessageStatus status, Instant at) {
        return jdbc.sql("""
                        update correspondence_message set status = :status, changed_at = :at where message_id = :message
                        returning version""")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("message", messageId)
                .query(Integer.class).single();
    }

    void newVersion(UUID messageId, int version, Instant at) {
        jdbc.sql("""
                        update correspondence_message set version = :version, status = :status, changed_at = :at
                        where message_id = :message""")
                .param("version", version).param("status", MessageStatus.AWAITING_REVIEW.name())
                .param("at", Timestamp.from(at)).param("message", messageId)
                .update();
    }

    void delivered(MessageDeliveredEvent delivered) {
        jdbc.sql("""
                        update correspondence_message set status = :status, channel = :channel, delivered_at = :delivered,
                            changed_at = :at where message_id = :message""")
                .param("status", MessageStatus.DELIVERED.name()).param("channel", delivered.channel().name())
                .param("delivered", Timestamp.from(delivered.deliveredAt())).param("at", Timestamp.from(delivered.at()))
                .param("message", delivered.messageId())
                .update();
    }

    /** Answers the version received. */
    int received(ReceiptConfirmedEvent confirmed) {
        return jdbc.sql("""
                        update correspondence_message set status = :status, first_read_at = :read, changed_at = :at
                        where message_id = :message returning version""")
                .param("status", MessageStatus.RECEIVED.name()).param("read", Timestamp.from(confirmed.firstReadAt()))
                .param("at", Timestamp.from(confirmed.at())).param("message", confirmed.messageId())
                .query(Integer.class).single();
    }

    void step(UUID messageId, MessageStep step, int version, String by, Instant at, DeliveryChannel channel,
              ReasonDocument reason) {
        jdbc.sql("""
                        insert into correspondence_message_step (message_id, position, step, version, performed_by, at, channel, document)
                        values (:message,
                                (select coalesce(max(position), 0) + 1 from correspondence_message_step where message_id = :message),
                                :step, :version, :by, :at, :channel, :document)""")
                .param("message", messageId).param("step", step.name()).param("version", version).param("by", by)
                .param("at", Timestamp.from(at)).param("channel", channel == null ? null : channel.name())
                .param("document", reason == null ? null : documents.writeValueAsBytes(reason))
                .update();
    }

    // ---- read by the query handler

    Optional<CorrespondenceView> find(UUID caseId) {
        Optional<CorrespondenceView> head = jdbc.sql("select * from correspondence where case_id = :case")
                .param("case", caseId)
                .query((rs, row) -> new CorrespondenceView(caseId, rs.getString("mediator_id"),
                        ExchangeState.valueOf(rs.getString("state")), instant(rs, "state_since"), reason(rs),
                        rs.getObject("applicant_id", UUID.class), rs.getObject("other_party_id", UUID.class),
                        rs.getLong("version"), List.of()))
                .optional();
        return head.map(found -> new CorrespondenceView(found.caseId(), found.mediatorId(), found.state(),
                found.stateSince(), found.suspendedBecause(), found.applicantId(), found.otherPartyId(), found.version(), messagesOf(caseId)));
    }

    Optional<CorrespondenceStateView> state(UUID caseId) {
        return jdbc.sql("select mediator_id, state, state_since, suspended_because, version from correspondence where case_id = :case")
                .param("case", caseId)
                .query((rs, row) -> new CorrespondenceStateView(caseId, rs.getString("mediator_id"),
                        ExchangeState.valueOf(rs.getString("state")), instant(rs, "state_since"), reason(rs),
                        rs.getLong("version")))
                .optional();
    }

    List<CorrespondenceSummaryView> list(String mediatorId) {
        return jdbc.sql("""
                        select c.case_id, c.mediator_id, c.state, c.state_since, c.suspended_because,
                               count(m.message_id) as messages,
                               count(m.message_id) filter (where m.status = 'AWAITING_REVIEW') as awaiting_review
                        from correspondence c left join correspondence_message m on m.case_id = c.case_id
                        where (cast(:mediator as text) is null or c.mediator_id = :mediator) and c.state <> 'NOT_OPENED'
                        group by c.case_id
                        order by awaiting_review desc, c.state_since desc nulls last
                        limit 500""")
                .param("mediator", mediatorId)
                .query((rs, row) -> new CorrespondenceSummaryView(rs.getObject("case_id", UUID.class),
                        rs.getString("mediator_id"), ExchangeState.valueOf(rs.getString("state")),
                        instant(rs, "state_since"), reason(rs), rs.getInt("messages"), rs.getInt("awaiting_review")))
                .list();
    }

    private List<MessageView> messagesOf(UUID caseId) {
        Map<UUID, List<MessageVersionView>> versions = new LinkedHashMap<>();
        jdbc.sql("""
                        select v.* from correspondence_message_version v join correspondence_message m using (message_id)
                        where m.case_id = :case order by v.message_id, v.version""")
                .param("case", caseId)
                .query(rs -> {
                    VersionDocument document = documents.readValue(rs.getBytes("document"), VersionDocument.class);
                    versions.computeIfAbsent(rs.getObject("message_id", UUID.class), id -> new ArrayList<>())
                            .add(new MessageVersionView(rs.getInt("version"), VersionOrigin.valueOf(rs.getString("origin")),
                                    rs.getString("recorded_by"), instant(rs, "recorded_at"), document.content(),
                                    document.content() == null, List.copyOf(document.attachments())));
                });
        Map<UUID, List<MessageStepView>> steps = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.* from correspondence_message_step s join correspondence_message m using (message_id)
                        where m.case_id = :case order by s.message_id, s.position""")
                .param("case", caseId)
                .query(rs -> {
                    byte[] document = rs.getBytes("document");
                    String reason = document == null ? null : documents.readValue(document, ReasonDocument.class).reason();
                    String channel = rs.getString("channel");
                    steps.computeIfAbsent(rs.getObject("message_id", UUID.class), id -> new ArrayList<>())
                            .add(new MessageStepView(MessageStep.valueOf(rs.getString("step")), rs.getInt("version"),
                                    rs.getString("performed_by"), instant(rs, "at"),
                                    channel == null ? null : DeliveryChannel.valueOf(channel), reason));
                });
        return jdbc.sql("select * from correspondence_message where case_id = :case order by recorded_at, message_id")
                .param("case", caseId)
                .query((rs, row) -> {
                    UUID messageId = rs.getObject("message_id", UUID.class);
                    String channel = rs.getString("channel");
                    return new MessageView(messageId, rs.getObject("writer_id", UUID.class),
                            rs.getObject("recipient_id", UUID.class), MessageKind.valueOf(rs.getString("kind")),
                            MessageStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                            instant(rs, "recorded_at"), channel == null ? null : DeliveryChannel.valueOf(channel),
                            instant(rs, "delivered_at"), instant(rs, "first_read_at"),
                            List.copyOf(versions.getOrDefault(messageId, List.of())),
                            List.copyOf(steps.getOrDefault(messageId, List.of())));
                })
                .list();
    }

    private static SuspensionReason reason(ResultSet rs) throws SQLException {
        String reason = rs.getString("suspended_because");
        return reason == null ? null : SuspensionReason.valueOf(reason);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
