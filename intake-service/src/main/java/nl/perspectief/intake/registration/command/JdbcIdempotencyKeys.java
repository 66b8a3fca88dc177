package nl.perspectief.intake.registration.command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.perspectief.intake.registration.api.RegistrationReceipt;

/**
 * A concurrent insert of the same key waits on the primary key until the first transaction ends,
 * then sees its row: duplicates serialize without a lock of their own.
 */
@Component
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;

    JdbcIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegistrationReceipt> claim(String key, String requestSha256, UUID registrationId, Instant at) {
        int inserted = jdbc.sql("""
                        insert into idempotency_key (key, request_sha256, registration_id, created_at)
                        values (?, ?, ?, ?) on conflict (key) do nothing""")
                .params(key, requestSha256, registrationId, Timestamp.from(at))
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        Earlier earlier = jdbc.sql("select request_sha256, registration_id, reference from idempotency_key where key = ?")
                .param(key)
                .query(Earlier.class)
                .single();
        if (!earlier.requestSha256().equals(requestSha256)) {
            throw new IdempotencyKeyReusedException();
        }
        return Optional.of(new RegistrationReceipt(earlier.registrationId(), earlier.reference()));
    }

    @Override
    public void recordReference(String key, String reference) {
        jdbc.sql("update idempotency_key set reference = ? where key = ?").params(reference, key).update();
    }

    private record Earlier(String requestSha256, UUID registrationId, String reference) {
    }
}
