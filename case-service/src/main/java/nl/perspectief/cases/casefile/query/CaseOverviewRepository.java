package nl.perspectief.cases.casefile.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CaseStatusView;
import nl.perspectief.cases.casefile.api.IncidentCategory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code case_overview} table. Every write is an upsert that only a later event of the case may
 * overwrite (its version is the event's sequence number), so a replay or a redelivery changes nothing.
 */
@Repository
class CaseOverviewRepository {

    private final JdbcClient jdbc;
    private final JsonMapper personalDataJsonMapper;

    CaseOverviewRepository(JdbcClient jdbc, @Qualifier("personalDataJsonMapper") JsonMapper personalDataJsonMapper) {
        this.jdbc = jdbc;
        this.personalDataJsonMapper = personalDataJsonMapper;
    }

    void save(CaseOverviewRow row) {
        jdbc.sql("""
                        insert into case_overview (case_id, registration_id, registration_reference, status,
                                                   incident_category, opened_at, mediator_id, last_activity_at,
                                                   follow_up_by, version, details)
                        values (:caseId, :registrationId, :registrationReference, :status,
                                :incidentCategory, :openedAt, :mediatorId, :lastActivityAt,
                                :followUpBy, :version, :details)
                        on conflict (case_id) do update set
                            registration_id = excluded.registration_id,
                            registration_reference = excluded.registration_reference,
                            status = excluded.status,
                            incident_category = excluded.incident_category,
                            opened_at = excluded.opened_at,
                            mediator_id = excluded.mediator_id,
                            last_activity_at = excluded.last_activity_at,
                            follow_up_by = excluded.follow_up_by,
                            version = excluded.version,
                            details = excluded.details
                        where case_overview.version < excluded.version
                        """)
                .param("caseId", row.caseId())
                .param("registrationId", row.registrationId())
                .param("registrationReference", row.registrationReference())
                .param("status", row.status().name())
                .param("incidentCategory", row.incidentCategory())
                .param("openedAt", Timestamp.from(row.openedAt()))
                .param("mediatorId", row.mediatorId())
                .param("lastActivityAt", Timestamp.from(row.lastActivityAt()))
                .param("followUpBy", row.followUpBy() == null ? null : Date.valueOf(row.followUpBy()))
                .param("version", row.version())
                .param("details", personalDataJsonMapper.writeValueAsBytes(row.details()))
                .update();
    }

    Optional<CaseOverviewRow> findByCaseId(UUID caseId) {
        return jdbc.sql("select * from case_overview where case_id = :caseId")
                .param("caseId", caseId)
                .query(this::toRow)
                .optional();
    }

    /** From the clear columns only: nothing is decrypted to decide who may read the case. */
    Optional<CaseStatusView> findStatus(UUID caseId) {
        return jdbc.sql("select case_id, registration_reference, status, mediator_id, version from case_overview"
                        + " where case_id = :caseId")
                .param("caseId", caseId)
                .query((rs, n) -> new CaseStatusView(rs.getObject("case_id", UUID.class),
                        rs.getString("registration_reference"), CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("mediator_id"), rs.getLong("version")))
                .optional();
    }

    Optional<CaseOverviewRow> findByRegistrationReference(String registrationReference) {
        return jdbc.sql("select * from case_overview where registration_reference = :reference")
                .param("reference", registrationReference)
                .query(this::toRow)
                .optional();
    }

    /**
     * One page of the list, newest first, from the clear columns only: nothing is decrypted.
     *
     * @param waitingBefore only cases whose earliest follow-up deadline lies before this day; {@code null}: all
     */
    Page search(CaseStatus status, Set<CaseStatus> onlyStatuses, String mediatorId, IncidentCategory category,
                LocalDate waitingBefore, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            conditions.add("status = :status");
            params.put("status", status.name());
        }
        if (!onlyStatuses.isEmpty()) {
            conditions.add("status in (:onlyStatuses)");
            params.put("onlyStatuses", onlyStatuses.stream().map(Enum::name).sorted().toList());
        }
        if (mediatorId != null) {
            conditions.add("mediator_id = :mediatorId");
            params.put("mediatorId", mediatorId);
        }
        if (category != null) {
            conditions.add("incident_category = :category");
            params.put("category", category.name());
        }
        if (waitingBefore != null) {
            conditions.add("follow_up_by < :waitingBefore");
            params.put("waitingBefore", Date.valueOf(waitingBefore));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from case_overview" + where).params(params)
                .query(Long.class).single();
        List<CaseOverviewRow> rows = jdbc.sql("select case_id, registration_id, registration_reference, status,"
                        + " incident_category, opened_at, mediator_id, last_activity_at, follow_up_by, version"
                        + " from case_overview" + where + " order by opened_at desc, case_id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, rowNumber) -> rowOf(rs, null))
                .list();
        return new Page(rows, total);
    }

    void deleteAll() {
        jdbc.sql("delete from case_overview").update();
    }

    record Page(List<CaseOverviewRow> rows, long total) {
    }

    private CaseOverviewRow toRow(ResultSet rs, int rowNumber) throws SQLException {
        return rowOf(rs, personalDataJsonMapper.readValue(rs.getBytes("details"), CaseDetailsDocument.class));
    }

    /** {@code details} is {@code null} when the list did not select the document. */
    private static CaseOverviewRow rowOf(ResultSet rs, CaseDetailsDocument details) throws SQLException {
        Date followUpBy = rs.getDate("follow_up_by");
        Timestamp lastActivityAt = rs.getTimestamp("last_activity_at");
        return new CaseOverviewRow(
                rs.getObject("case_id", UUID.class),
                rs.getObject("registration_id", UUID.class),
                rs.getString("registration_reference"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("incident_category"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getString("mediator_id"),
                lastActivityAt == null ? null : lastActivityAt.toInstant(),
                followUpBy == null ? null : followUpBy.toLocalDate(),
                rs.getLong("version"),
                details);
    }
}
