package nl.perspectief.cases.casefile.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.perspectief.security.StaffRole;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code case_timeline} table: one row per event, the event's identifier its key, so projecting an
 * event again (a replay without reset, a redelivery) inserts nothing.
 */
@Repository
class CaseTimelineRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper personalDataJsonMapper;

    CaseTimelineRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate,
                           @Qualifier("personalDataJsonMapper") JsonMapper personalDataJsonMapper) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.personalDataJsonMapper = personalDataJsonMapper;
    }

    /** In one batch of statements; a row whose event is in the table already is left as it is. */
    void insertAll(List<CaseTimelineRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("""
                        insert into case_timeline (event_id, case_id, sequence_number, occurred_at, recorded_at,
                                                   staff_id, staff_role, type, document)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """, rows, rows.size(), (statement, row) -> {
                    statement.setString(1, row.eventId());
                    statement.setObject(2, row.caseId());
                    statement.setLong(3, row.sequenceNumber());
                    statement.setTimestamp(4, Timestamp.from(row.at()));
                    statement.setTimestamp(5, Timestamp.from(row.recordedAt()));
                    statement.setString(6, row.staffId());
                    statement.setString(7, row.staffRole() == null ? null : row.staffRole().name());
                    statement.setString(8, row.type());
                    statement.setBytes(9, personalDataJsonMapper.writeValueAsBytes(row.document()));
                });
    }

    /** The row of the case's latest event before {@code sequenceNumber}: the state the next step starts from. */
    Optional<CaseTimelineRow> latestBefore(UUID caseId, long sequenceNumber) {
        return jdbc.sql("""
                        select * from case_timeline where case_id = :caseId and sequence_number < :sequenceNumber
                        order by sequence_number desc limit 1
                        """)
                .param("caseId", caseId)
                .param("sequenceNumber", sequenceNumber)
                .query(this::toRow)
                .optional();
    }

    List<CaseTimelineRow> findByCaseId(UUID caseId) {
        return jdbc.sql("select * from case_timeline where case_id = :caseId order by sequence_number")
                .param("caseId", caseId)
                .query(this::toRow)
                .list();
    }

    void deleteAll() {
        jdbc.sql("delete from case_timeline").update();
    }

    private CaseTimelineRow toRow(ResultSet rs, int rowNumber) throws SQLException {
        String staffRole = rs.getString("staff_role");
        return new CaseTimelineRow(
                rs.getString("event_id"),
                rs.getObject("case_id", UUID.class),
                rs.getLong("sequence_number"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("staff_id"),
                staffRole == null ? null : StaffRole.valueOf(staffRole),
                rs.getString("type"),
                personalDataJsonMapper.readValue(rs.getBytes("document"), TimelineDocument.class));
    }
}
