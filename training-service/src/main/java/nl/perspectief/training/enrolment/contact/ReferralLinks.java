package nl.perspectief.training.enrolment.contact;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.perspectief.training.participant.PersonKeys;

/**
 * The links a trainer hands to professionals (a probation officer, prison staff) so they can enrol a perpetrator in a
 * perpetrators' session themselves, without an account (table {@code referral_link}). A session may have several, one
 * per organisation say, each revoked on its own.
 * <p>
 * The token in a link is the link's id and an HMAC-SHA256 of it under the service's secret key (through
 * {@link PersonKeys#hmacOf}, purpose {@value #PURPOSE}), 48 bytes as URL-safe base64 (64 characters): it cannot be made
 * up or changed without the key, it is never stored, and the trainer's page can show it again from the id. A copy of
 * the table opens nothing. A revoked link opens nothing either, at once.
 */
@Component
public class ReferralLinks {

    static final String PURPOSE = "referral-link";
    /** What a token looks like; anything else is not looked up. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{64}");
    private static final int ID_BYTES = 16;

    /**
     * A link that opens its session.
     *
     * @param issuedBy the trainer's staff id
     */
    public record ReferralLink(UUID linkId, UUID sessionId, String token, String issuedBy, Instant issuedAt) {

        /** Keeps the secret out of logs. */
        @Override
        public String toString() {
            return "ReferralLink[" + linkId + " for session " + sessionId + "]";
        }
    }

    private final JdbcClient jdbc;
    private final PersonKeys keys;
    private final Clock clock;

    ReferralLinks(JdbcClient jdbc, PersonKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** A new link for the session, issued by the trainer {@code staffId}. */
    public ReferralLink issue(UUID sessionId, String staffId) {
        UUID linkId = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("insert into referral_link (link_id, session_id, issued_by, issued_at) values (?, ?, ?, ?)")
                .params(linkId, sessionId, staffId, Timestamp.from(now))
                .update();
        return new ReferralLink(linkId, sessionId, token(linkId), staffId, now);
    }

    /** The session's links not revoked, the oldest first. */
    public List<ReferralLink> active(UUID sessionId) {
        return jdbc.sql("""
                        select link_id, issued_by, issued_at from referral_link
                        where session_id = ? and revoked_at is null order by issued_at, link_id""")
                .param(sessionId)
                .query((row, n) -> {
                    UUID linkId = row.getObject("link_id", UUID.class);
                    return new ReferralLink(linkId, sessionId, token(linkId), row.getString("issued_by"),
                            row.getTimestamp("issued_at").toInstant());
                })
                .list();
    }

    /** Ends the link at once; false when the session has no such link not revoked. */
    public boolean revoke(UUID sessionId, UUID linkId, String staffId) {
        return jdbc.sql("""
                        update referral_link set revoked_by = ?, revoked_at = ?
                        where link_id = ? and session_id = ? and revoked_at is null""")
                .params(staffId, Timestamp.from(clock.instant()), linkId, sessionId)
                .update() == 1;
    }

    /** The link this token is of, when it is one this service made and it is not revoked; else empty. */
    public Optional<ReferralLink> opened(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        ByteBuffer id = ByteBuffer.wrap(bytes, 0, ID_BYTES);
        UUID linkId = new UUID(id.getLong(), id.getLong());
        if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, ID_BYTES, bytes.length), mac(linkId))) {
            return Optional.empty();
        }
        return jdbc.sql("select session_id, issued_by, issued_at from referral_link where link_id = ? and revoked_at is null")
                .param(linkId)
                .query((row, n) -> new ReferralLink(linkId, row.getObject("session_id", UUID.class), token,
                        row.getString("issued_by"), row.getTimestamp("issued_at").toInstant()))
                .optional();
    }

    private String token(UUID linkId) {
        ByteBuffer bytes = ByteBuffer.allocate(ID_BYTES + 32);
        bytes.putLong(linkId.getMostSignificantBits()).putLong(linkId.getLeastSignificantBits()).put(mac(linkId));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private byte[] mac(UUID linkId) {
        return keys.hmacOf(PURPOSE, linkId.toString());
    }
}
