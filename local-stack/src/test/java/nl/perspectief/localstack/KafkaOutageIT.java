package nl.perspectief.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The website keeps taking registrations while Kafka is down; the Axon event store is intake's outbox, so
 * once the broker is back every registration reaches case-service, and each opens exactly one case.
 */
class KafkaOutageIT {

    private static final int REGISTRATIONS_DURING_OUTAGE = 5;

    @RegisterExtension
    static final LocalStackExtension LOCAL = new LocalStackExtension();

    @Test
    void registrationsAcceptedWhileTheBrokerIsDownBecomeExactlyOneCaseEachOnceItIsBack() throws Exception {
        var stack = LOCAL.stack();
        var registrations = new Registrations(stack.intake().baseUri(), stack.cases().baseUri());

        stack.kafka().stop();
        var references = new ArrayList<String>();
        for (int i = 0; i < REGISTRATIONS_DURING_OUTAGE; i++) {
            var receipt = registrations.submit(Registrations.EXAMPLE);
            assertThat(receipt.status()).as("answer while Kafka is down").isEqualTo(201);
            references.add(receipt.reference());
        }
        assertThat(new HashSet<>(references)).hasSize(REGISTRATIONS_DURING_OUTAGE);
        assertThat(casesOpened(stack)).isZero();

        stack.kafka().start();
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
        assertThat(casesOpened(stack)).isEqualTo(REGISTRATIONS_DURING_OUTAGE);
    }

    private static boolean allHaveACase(Registrations registrations, List<String> references) throws Exception {
        for (var reference : references) {
            if (registrations.caseFor(reference).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Cases in case-service's event store: a redelivered registration must not open a second one. */
    private static int casesOpened(Stack stack) throws Exception {
        try (var connection = stack.postgres().dataSource("cases").getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(distinct aggregate_identifier) from domain_event_entry where type = 'Case'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
