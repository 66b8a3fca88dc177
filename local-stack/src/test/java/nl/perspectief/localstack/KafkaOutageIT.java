package nl.perspectief.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The website keeps taking registrations while Kafka is down; the Axon event store is intake's outbox, so
 * once the broker is back every registration reaches case-service, and each opens exactly one case.
 */
class KafkaOutageIT {

    private static final int REGISTRATIONS_DURING_OUTAGE = 5;

    @RegisterExtension
    static final LocalStackExtension LOCAL = LocalStackExtension.shared();

    @Test
    void registrationsAcceptedWhileTheBrokerIsDownBecomeExactlyOneCaseEachOnceItIsBack() throws Exception {
        var stack = LOCAL.stack();
        var registrations = new Registrations(stack.intake().baseUri(), stack.cases().baseUri());

        stack.kafka().stop();
        var references = new ArrayList<String>();
        var registrationIds = new ArrayList<String>();
        try {
            for (int i = 0; i < REGISTRATIONS_DURING_OUTAGE; i++) {
                var receipt = registrations.submit(Registrations.EXAMPLE);
                assertThat(receipt.status()).as("answer while Kafka is down").isEqualTo(201);
                references.add(receipt.reference());
                registrationIds.add(receipt.registrationId());
            }
            assertThat(new HashSet<>(references)).hasSize(REGISTRATIONS_DURING_OUTAGE);
            assertThat(casesOpenedFrom(stack, registrationIds).values()).as("cases opened while the broker is down")
                    .containsOnly(0);
        } finally {
            // the stack is shared: whatever happened above, the next class finds the broker running
            stack.kafka().start();
        }
        var restarted = System.nanoTime();

        // Axon's tracking processor backs off up to 60 s between retries while the broker is away
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> allHaveACase(registrations, references));
        System.out.printf("All %d registrations were cases %d ms after the broker came back%n",
                references.size(), Duration.ofNanos(System.nanoTime() - restarted).toMillis());

        for (var reference : references) {
            assertThat(registrations.caseFor(reference)).get()
                    .satisfies(c -> assertThat(c.path("status").asString()).isEqualTo("AWAITING_TRIAGE"));
        }
        var opened = casesOpenedFrom(stack, registrationIds);
        assertThat(opened).as("cases opened from each registration").hasSize(REGISTRATIONS_DURING_OUTAGE)
                .allSatisfy((registrationId, cases) -> assertThat(cases).as(registrationId).isEqualTo(1));
        assertThat(opened.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REGISTRATIONS_DURING_OUTAGE);
    }

    private static boolean allHaveACase(Registrations registrations, List<String> references) throws Exception {
        for (var reference : references) {
            if (registrations.caseFor(reference).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per registration, the cases in case-service's event store whose events name it (the opening carries the
     * registration's id): a redelivered registration must not open a second one. Only this test's registrations,
     * since the stack is shared with the other end-to-end tests.
     */
    private static Map<String, Integer> casesOpenedFrom(Stack stack, List<String> registrationIds) throws Exception {
        var opened = new LinkedHashMap<String, Integer>();
        try (var connection = stack.postgres().dataSource("cases").getConnection();
             var statement = connection.prepareStatement("select count(distinct aggregate_identifier) from domain_event_entry"
                     + " where type = 'Case' and position(convert_to(?, 'UTF8') in payload) > 0")) {
            for (var registrationId : registrationIds) {
                statement.setString(1, registrationId);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    opened.put(registrationId, rows.getInt(1));
                }
            }
        }
        return opened;
    }
}
