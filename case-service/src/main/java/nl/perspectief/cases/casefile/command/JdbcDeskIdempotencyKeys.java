package nl.perspectief.cases.casefile.command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.opening.api.DeskCaseReceipt;

/**
 * The keys in {@code idempotency_key}, on the connection of the command's transaction (Spring's, which
 * Axon's unit of work runs in). A concurrent insert of the same key waits on the primary key until the
 * first transaction ends, then sees its row: double submits serialize without a lock of their own, and a
 * first attempt that rolled back leaves the key free.
 */
@Component
class JdbcDeskIdempotencyKeys implements DeskIdempotencyKeys {

    private final JdbcClient jdbc;

    JdbcDeskIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DeskCaseReceipt> claim(String staffId, String key, String requestSha256, DeskCaseReceipt receipt,
                                           Instant at) {
        int inserted = jdbc.sql("""
                        insert into idempotency_key (staff_id, key, request_sha256, case_id, applicant_id,
                                                     other_party_id, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (staff_id, key) do nothing""")
                .params(staffId, key, requestSha256, receipt.caseId(), receipt.applicantId(), receipt.otherPartyId(),
                        Timestamp.from(at))
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        Earlier earlier = jdbc.sql("""
                        select request_sha256, case_id, applicant_id, other_party_id
                        from idempotency_key where staff_id = ? and key = ?""")
                .params(staffId, key)
                .query(Earlier.class)
                .single();
        if (!earlier.requestSha256().equals(requestSha256)) {
            throw new IdempotencyKeyReusedException();
        }
        return Optional.of(new DeskCaseReceipt(earlier.caseId(), earlier.applicantId(), earlier.otherPartyId(),
                CommandOutcome.UNCHANGED));
    }

    private record Earlier(String requestSha256, UUID caseId, UUID applicantId, UUID otherPartyId) {
    }
}
