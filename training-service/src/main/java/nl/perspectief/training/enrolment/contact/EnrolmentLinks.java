package nl.perspectief.training.enrolment.contact;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secret links that let a participant see and change their own enrolment without an account: a token of 32 random
 * bytes ({@link SecureRandom}, 256 bits, URL-safe base64 without padding, 43 characters) in the link of a mail; here
 * only its SHA-256 is kept (table {@code enrolment_link}), so a copy of the database opens no enrolment's page. A hash
 * without a salt is enough for a random secret of 256 bits: nothing can be guessed to match it.
 * <p>
 * A token is issued with the mail that carries it, in the transaction that queues the mail; since a hash cannot be
 * turned back into a link, each mail with a link gets a token of its own, and every token of an enrolment opens that
 * enrolment's page only. The mail's id makes a redelivered event issue nothing twice.
 */
@Component
public class EnrolmentLinks {

    /** What a token looks like; anything else is not looked up. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EnrolmentLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A new token for the enrolment's link in the mail {@code mailId}; empty when that mail was given one before (the
     * event that owes it was delivered again): the mail was queued then, with its link.
     */
    public Optional<String> issue(UUID enrolmentId, UUID mailId) {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        int inserted = jdbc.sql("""
                        insert into enrolment_link (token_sha256, enrolment_id, mail_id, created_at)
                        values (?, ?, ?, ?) on conflict (mail_id) do nothing""")
                .params(sha256(token), enrolmentId, mailId, Timestamp.from(clock.instant()))
                .update();
        return inserted == 1 ? Optional.of(token) : Optional.empty();
    }

    /** Whether the token is one issued for this enrolment; a token of another enrolment opens nothing here. */
    public boolean opens(UUID enrolmentId, String token) {
        if (enrolmentId == null || token == null || !TOKEN.matcher(token).matches()) {
            return false;
        }
        return jdbc.sql("select count(*) from enrolment_link where token_sha256 = ? and enrolment_id = ?")
                .params(sha256(token), enrolmentId)
                .query(Long.class)
                .single() > 0;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
