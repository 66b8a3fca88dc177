package nl.perspectief.cases.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The table {@code break_glass_grant}: grants are written once and never changed; they simply expire. */
@Repository
class JdbcBreakGlassGrants implements BreakGlassGrants {

    private final JdbcClient jdbc;
    private final JsonMapper personalDataJsonMapper;

    JdbcBreakGlassGrants(JdbcClient jdbc, @Qualifier("personalDataJsonMapper") JsonMapper personalDataJsonMapper) {
        this.jdbc = jdbc;
        this.personalDataJsonMapper = personalDataJsonMapper;
    }

    @Override
    public BreakGlassGrant grant(UUID caseId, String mediatorId, String reason, Duration duration, Instant now) {
        Instant grantedAt = now.truncatedTo(ChronoUnit.MICROS);
        BreakGlassGrant grant = new BreakGlassGrant(UUID.randomUUID(), caseId, mediatorId, grantedAt,
                grantedAt.plus(duration), reason);
        jdbc.sql("""
                        insert into break_glass_grant (grant_id, case_id, mediator_id, granted_at, expires_at, reason)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(grant.grantId(), caseId, mediatorId, timestamp(grant.grantedAt()), timestamp(grant.expiresAt()),
                        personalDataJsonMapper.writeValueAsBytes(new BreakGlassReason(caseId, reason)))
                .update();
        return grant;
    }

    @Override
    public Optional<UUID> validGrant(UUID caseId, String mediatorId, Instant now) {
        return jdbc.sql("""
                        select grant_id from break_glass_grant
                        where case_id = ? and mediator_id = ? and granted_at <= ? and expires_at > ?
                        order by expires_at desc limit 1""")
                .params(caseId, mediatorId, timestamp(now), timestamp(now))
                .query(UUID.class)
                .optional();
    }

    @Override
    public List<BreakGlassGrant> grantedBetween(Instant from, Instant to, int page, int size) {
        StringBuilder sql = new StringBuilder("select * from break_glass_grant where true");
        List<Object> params = new ArrayList<>();
        if (from != null) {
            sql.append(" and granted_at >= ?");
            params.add(timestamp(from));
        }
        if (to != null) {
            sql.append(" and granted_at < ?");
            params.add(timestamp(to));
        }
        sql.append(" order by granted_at desc, grant_id limit ? offset ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query(this::grantOf).list();
    }

    private BreakGlassGrant grantOf(ResultSet rs, int row) throws SQLException {
        BreakGlassReason reason = personalDataJsonMapper.readValue(rs.getBytes("reason"), BreakGlassReason.class);
        return new BreakGlassGrant(rs.getObject("grant_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("mediator_id"), rs.getTimestamp("granted_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), reason.text());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
