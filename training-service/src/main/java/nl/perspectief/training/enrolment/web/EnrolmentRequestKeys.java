package nl.perspectief.training.enrolment.web;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.perspectief.training.session.api.EnrolmentStatus;

/**
 * The idempotency keys of public enrolments (table {@code public_enrolment_request}). A key is claimed for an
 * enrolment id before its command is sent, each statement committed on its own: a second request with the key waits
 * on the primary key until the first insert is committed, then reads it and sends the same command, which the session
 * answers as handled before (the same enrolment id changes nothing). So retries, also concurrent ones, enrol one
 * person once and are answered alike; the answer kept is the first one.
 */
@Component
class EnrolmentRequestKeys {

    /** The enrolment the key stands for, and its first answer once there is one (else null). */
    record Claim(UUID enrolmentId, EnrolmentAnswer answer) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EnrolmentRequestKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws IdempotencyKeyReusedException when the key was claimed for another request */
    Claim claim(String key, byte[] requestHmac, UUID newEnrolmentId) {
        jdbc.sql("""
                        insert into public_enrolment_request (idempotency_key, request_hmac, enrolment_id, created_at)
                        values (?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(key, requestHmac, newEnrolmentId, Timestamp.from(clock.instant()))
                .update();
        Kept kept = jdbc.sql("""
                        select request_hmac, enrolment_id, status, waiting_position
                        from public_enrolment_request where idempotency_key = ?""")
                .param(key)
                .query(Kept.class)
                .single();
        if (!MessageDigest.isEqual(kept.requestHmac(), requestHmac)) {
            throw new IdempotencyKeyReusedException();
        }
        return new Claim(kept.enrolmentId(), kept.status() == null ? null
                : new EnrolmentAnswer(kept.enrolmentId(), EnrolmentStatus.valueOf(kept.status()), kept.waitingPosition()));
    }

    /**
     * Keeps the answer unless the key has one already (a concurrent retry answered first), and returns the one kept:
     * every request with the key is told the same.
     */
    EnrolmentAnswer answered(String key, EnrolmentAnswer answer) {
        jdbc.sql("""
                        update public_enrolment_request set status = ?, waiting_position = ?
                        where idempotency_key = ? and status is null""")
                .params(answer.status().name(), answer.waitingPosition(), key)
                .update();
        Kept kept = jdbc.sql("""
                        select request_hmac, enrolment_id, status, waiting_position
                        from public_enrolment_request where idempotency_key = ?""")
                .param(key)
                .query(Kept.class)
                .single();
        return new EnrolmentAnswer(kept.enrolmentId(), EnrolmentStatus.valueOf(kept.status()), kept.waitingPosition());
    }

    /** The request was refused by a rule: nothing of it is kept, and the key may be used again. */
    void release(String key) {
        jdbc.sql("delete from public_enrolment_request where idempotency_key = ? and status is null").param(key).update();
    }

    private record Kept(byte[] requestHmac, UUID enrolmentId, String status, Integer waitingPosition) {
    }
}
