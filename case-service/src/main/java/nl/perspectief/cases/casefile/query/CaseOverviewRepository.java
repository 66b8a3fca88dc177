package nl.perspectief.cases.casefile.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.perspectief.cases.casefile.api.CaseStatus;
import tools.jackson.databind.json.JsonMapper;

/** The {@code case_overview} table; every write is an upsert, so replaying events is harmless. */
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
                                                   incident_category, opened_at, details)
                        values (:caseId, :registrationId, :registrationReference, :status,
                                :incidentCategory, :openedAt, :details)
                        on conflict (case_id) do update set
                            registration_id = excluded.registration_id,
                            registration_reference = excluded.registration_reference,
                            status = excluded.status,
                            incident_category = excluded.incident_category,
                            opened_at = excluded.opened_at,
                            details = excluded.details
                        """)
                .param("caseId", row.caseId())
                .param("registrationId", row.registrationId())
                .param("registrationReference", row.registrationReference())
                .param("status", row.status().name())
                .param("incidentCategory", row.incidentCategory())
                .param("openedAt", Timestamp.from(row.openedAt()))
                .param("details", personalDataJsonMapper.writeValueAsBytes(row.details()))
                .update();
    }

    Optional<CaseOverviewRow> findByCaseId(UUID caseId) {
        return jdbc.sql("select * from case_overview where case_id = :caseId")
                .param("caseId", caseId)
                .query(this::toRow)
                .optional();
    }

    Optional<CaseOverviewRow> findByRegistrationReference(String registrationReference) {
        return jdbc.sql("select * from case_overview where registration_reference = :reference")
                .param("reference", registrationReference)
                .query(this::toRow)
                .optional();
    }

    void deleteAll() {
        jdbc.sql("delete from case_overview").update();
    }

    private CaseOverviewRow toRow(ResultSet rs, int rowNumber) throws SQLException {
        return new CaseOverviewRow(
                rs.getObject("case_id", UUID.class),
                rs.getObject("registration_id", UUID.class),
                rs.getString("registration_reference"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("incident_category"),
                rs.getTimestamp("opened_at").toInstant(),
                personalDataJsonMapper.readValue(rs.getBytes("details"), CaseDetailsDocument.class));
    }
}
