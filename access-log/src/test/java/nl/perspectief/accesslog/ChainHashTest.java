package nl.perspectief.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final UUID RECORD = UUID.fromString("0f0e0d0c-0b0a-4908-8706-050403020100");
    private static final UUID CASE = UUID.fromString("11111111-2222-4333-8444-555555555555");

    private static ChainedRecord record(String subject, String role, String requestId) {
        return new ChainedRecord(7, RECORD, Instant.parse("2026-11-22T10:15:30.123456Z"), subject, role, "case-service",
                CASE, "CASE_DETAIL", false, null, "ALLOWED", requestId, ChainHash.GENESIS);
    }

    @Test
    void hashesTheDocumentedEncodingWithSha256() {
        // the expected value was computed outside Java, from the README's encoding (a few lines of Python's
        // struct and hashlib), as an auditor would
        byte[] hash = ChainHash.of(record("subject-a", "MEDIATOR", null));

        assertThat(HexFormat.of().formatHex(hash)).isEqualTo("9348c76c7905589f781eba870f88460a38181124b45ef7700b08b3c081015cad");
    }

    @Test
    void givesFieldsThatMergeDifferentlyDifferentHashes() {
        assertThat(ChainHash.of(record("subject-aM", "EDIATOR", null)))
                .isNotEqualTo(ChainHash.of(record("subject-a", "MEDIATOR", null)));
    }

    @Test
    void tellsAMissingRequestIdFromAnEmptyOne() {
        assertThat(ChainHash.of(record("subject-a", "MEDIATOR", "")))
                .isNotEqualTo(ChainHash.of(record("subject-a", "MEDIATOR", null)));
    }

    @Test
    void coversThePreviousHash() {
        ChainedRecord first = record("subject-a", "MEDIATOR", null);
        byte[] otherPrevious = new byte[32];
        otherPrevious[31] = 1;
        ChainedRecord chainedElsewhere = new ChainedRecord(first.position(), first.recordId(), first.occurredAt(),
                first.actorSubject(), first.actorRole(), first.service(), first.caseId(), first.resource(),
                first.breakGlass(), first.breakGlassGrantId(), first.outcome(), first.requestId(), otherPrevious);

        assertThat(ChainHash.of(chainedElsewhere)).isNotEqualTo(ChainHash.of(first));
    }

    @Test
    void coversThePositionAndTheTimeToTheMicrosecond() {
        ChainedRecord first = record("subject-a", "MEDIATOR", null);
        ChainedRecord moved = new ChainedRecord(8, first.recordId(), first.occurredAt(), first.actorSubject(),
                first.actorRole(), first.service(), first.caseId(), first.resource(), first.breakGlass(),
                first.breakGlassGrantId(), first.outcome(), first.requestId(), first.previousHash());
        ChainedRecord later = new ChainedRecord(7, first.recordId(), first.occurredAt().plusNanos(1_000), first.actorSubject(),
                first.actorRole(), first.service(), first.caseId(), first.resource(), first.breakGlass(),
                first.breakGlassGrantId(), first.outcome(), first.requestId(), first.previousHash());

        assertThat(ChainHash.of(moved)).isNotEqualTo(ChainHash.of(first));
        assertThat(ChainHash.of(later)).isNotEqualTo(ChainHash.of(first));
    }
}
