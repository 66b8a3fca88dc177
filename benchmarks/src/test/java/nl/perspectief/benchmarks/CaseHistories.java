package nl.perspectief.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

/** Case histories in case-service's event store, read and grown with SQL for the benchmark (superuser). */
final class CaseHistories {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseHistories() {
    }

    /**
     * Copies the case's latest note event until the case has {@code size} events (new event ids, the next sequence
     * numbers); answers how many it has.
     */
    static long grow(DataSource superuser, String caseId, int size) throws SQLException {
        try (Connection connection = superuser.getConnection()) {
            long now = count(connection, caseId);
            if (now < size) {
                try (PreparedStatement copy = connection.prepareStatement("""
                        insert into public.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        select gen_random_uuid()::text, e.aggregate_identifier, m.last + g, e.type, e.time_stamp,
                               e.payload_type, e.payload_revision, e.payload, e.meta_data
                        from (select * from public.domain_event_entry
                              where aggregate_identifier = ? and payload_type like '%CaseNoteAddedEvent'
                              order by sequence_number desc limit 1) e,
                             (select max(sequence_number) as last from public.domain_event_entry
                              where aggregate_identifier = ?) m,
                             generate_series(1, ?) g""")) {
                    copy.setString(1, caseId);
                    copy.setString(2, caseId);
                    copy.setLong(3, size - now);
                    if (copy.executeUpdate() != size - now) {
                        throw new IllegalStateException("case " + caseId + " has no note to copy");
                    }
                }
            }
            return count(connection, caseId);
        }
    }

    static void deleteSnapshots(DataSource superuser, String caseId) throws SQLException {
        try (Connection connection = superuser.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from public.snapshot_event_entry where aggregate_identifier = ?")) {
            delete.setString(1, caseId);
            delete.executeUpdate();
        }
    }

    /** The case's rows as Axon reads them, each payload parsed as JSON; answers how many. */
    static int readRaw(DataSource superuser, String caseId) throws SQLException {
        try (Connection connection = superuser.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select global_index, event_identifier, sequence_number, time_stamp, payload_type,
                            payload_revision, payload, meta_data
                     from public.domain_event_entry where aggregate_identifier = ? order by sequence_number""")) {
            select.setString(1, caseId);
            select.setFetchSize(1000);
            int rows = 0;
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    JSON.readTree(result.getBytes("payload"));
                    byte[] metaData = result.getBytes("meta_data");
                    if (metaData != null) {
                        JSON.readTree(metaData);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    static long count(DataSource superuser, String caseId) throws SQLException {
        try (Connection connection = superuser.getConnection()) {
            return count(connection, caseId);
        }
    }

    /** Every event of the store. */
    static long total(DataSource superuser) throws SQLException {
        try (Connection connection = superuser.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from public.domain_event_entry");
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The whole event table in order, as a tracking processor reads it, each payload's JSON parsed; answers rows. */
    static long readAll(DataSource superuser) throws SQLException {
        try (Connection connection = superuser.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("""
                    select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                           payload_type, payload_revision, payload, meta_data
                    from public.domain_event_entry order by global_index""")) {
                select.setFetchSize(1000);
                long rows = 0;
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        JSON.readTree(result.getBytes("payload"));
                        byte[] metaData = result.getBytes("meta_data");
                        if (metaData != null) {
                            JSON.readTree(metaData);
                        }
                        rows++;
                    }
                }
                connection.commit();
                return rows;
            }
        }
    }

    private static long count(Connection connection, String caseId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from public.domain_event_entry where aggregate_identifier = ?")) {
            count.setString(1, caseId);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
