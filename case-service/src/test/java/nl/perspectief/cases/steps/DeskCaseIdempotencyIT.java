package nl.perspectief.cases.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;

/**
 * The desk's double submit on the running service: an {@code Idempotency-Key} on {@code POST /api/cases}
 * opens one case, in the same database transaction as the key, whatever the timing.
 */
class DeskCaseIdempotencyIT extends RunningCaseService {


    @Autowired
    private JdbcClient jdbc;

    private static final String DESK = StaffTokens.idOf(DemoUsers.DESK);

    private final String key = "call-" + UUID.randomUUID();
    /** The one demo desk opens cases in other tests too: counts are taken from here. */
    private long openedBefore;
    private long keysBefore;

    @BeforeEach
    void countWhatIsThere() {
        openedBefore = casesOpenedBy(DESK);
        keysBefore = keysOf(DESK);
    }

    @Test
    void answersTheSameCaseWhenTheSameRequestComesAgainUnderTheSameKey() {
        ResponseEntity<String> first = open(DemoUsers.DESK, key, PHONE_CASE);
        ResponseEntity<String> again = open(DemoUsers.DESK, key, PHONE_CASE.replace("\n", " "));

        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode firstAnswer = json(first);
        JsonNode againAnswer = json(again);
        assertThat(againAnswer.get("caseId")).isEqualTo(firstAnswer.get("caseId"));
        assertThat(againAnswer.get("applicantId")).isEqualTo(firstAnswer.get("applicantId"));
        assertThat(againAnswer.get("otherPartyId")).isEqualTo(firstAnswer.get("otherPartyId"));
        assertThat(firstAnswer.get("changed").asBoolean()).isTrue();
        assertThat(againAnswer.get("changed").asBoolean()).isFalse();
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(casesOpenedBy(DESK) - openedBefore).isEqualTo(1);
    }

    @Test
    void refusesAnotherRequestUnderAKeyUsedBeforeAndOpensNothing() {
        ResponseEntity<String> first = open(DemoUsers.DESK, key, PHONE_CASE);
        ResponseEntity<String> other = open(DemoUsers.DESK, key, PHONE_CASE.replace("\"PHONE\"", "\"EMAIL\""));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(other.getStatusCode()).as(other.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(other).get("type").asString()).isEqualTo("https://perspectief.nl/problems/idempotency-key-reused");
        assertThat(other.getBody()).doesNotContain("Julia", "Exception");
        assertThat(casesOpenedBy(DESK) - openedBefore).isEqualTo(1);
    }

    @Test
    void keepsTheKeysOfEachMemberOfStaffApart() {
        // there is one demo desk member: another one's use of the same key is written as their opening would
        jdbc.sql("""
                        insert into idempotency_key (staff_id, key, request_sha256, case_id, created_at)
                        values ('another-desk-member', ?, ?, ?, now())""")
                .params(key, "0".repeat(64), UUID.randomUUID())
                .update();

        ResponseEntity<String> mine = open(DemoUsers.DESK, key, PHONE_CASE.replace("\"PHONE\"", "\"EMAIL\""));

        assertThat(mine.getStatusCode()).as(mine.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json(mine).get("changed").asBoolean()).isTrue();
    }

    @Test
    void leavesNoKeyBehindWhenAMediatorTriesToOpenACase() {
        // refused at the door, before the key could be claimed
        ResponseEntity<String> refused = open(DemoUsers.MEDIATOR_ANNA, key, PHONE_CASE);

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(keysOf(DESK) - keysBefore).isZero();
        assertThat(casesOpenedBy(DESK) - openedBefore).isZero();

        ResponseEntity<String> byTheDesk = open(DemoUsers.DESK, key, PHONE_CASE);
        assertThat(byTheDesk.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json(byTheDesk).get("changed").asBoolean()).isTrue();
        assertThat(keysOf(DESK) - keysBefore).isEqualTo(1);
    }

    @Test
    void opensOneCaseWhenTheSameRequestArrivesFourTimesAtOnce() throws Exception {
        int submits = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(submits);
        try {
            List<CompletableFuture<ResponseEntity<String>>> answers = IntStream.range(0, submits)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return open(DemoUsers.DESK, key, PHONE_CASE);
                    }, threads))
                    .toList();
            start.countDown();

            List<ResponseEntity<String>> responses = answers.stream().map(CompletableFuture::join).toList();
            assertThat(responses).allSatisfy(response ->
                    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED));
            assertThat(responses).extracting(response -> json(response).get("caseId").asString()).containsOnly(
                    json(responses.getFirst()).get("caseId").asString());
            assertThat(responses).filteredOn(response -> json(response).get("changed").asBoolean()).hasSize(1);
            assertThat(casesOpenedBy(DESK) - openedBefore).isEqualTo(1);
            assertThat(keysOf(DESK) - keysBefore).isEqualTo(1);
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void opensACaseWithoutAKeyEachTimeItIsAsked() {
        ResponseEntity<String> first = open(DemoUsers.DESK, null, PHONE_CASE);
        ResponseEntity<String> second = open(DemoUsers.DESK, null, PHONE_CASE);

        assertThat(json(second).get("caseId")).isNotEqualTo(json(first).get("caseId"));
        assertThat(casesOpenedBy(DESK) - openedBefore).isEqualTo(2);
        assertThat(keysOf(DESK) - keysBefore).isZero();
    }

    private ResponseEntity<String> open(DemoUsers user, String idempotencyKey, String body) {
        var request = api().post().uri("/api/cases")
                .header("Authorization", "Bearer " + StaffTokens.of(user))
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).retrieve().toEntity(String.class);
    }

    /** Cases in the event store opened by this member of staff (staff ids are stored in clear). */
    private long casesOpenedBy(String staffId) {
        return jdbc.sql("""
                        select count(*) from domain_event_entry
                        where payload_type like '%CaseOpenedEvent' and convert_from(payload, 'UTF8') like ?""")
                .param("%\"staffId\":\"" + staffId + "\"%")
                .query(Long.class)
                .single();
    }

    private long keysOf(String staffId) {
        return jdbc.sql("select count(*) from idempotency_key where staff_id = ?").param(staffId).query(Long.class).single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
