package nl.perspectief.cases.casefile.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.CaseAsOfView;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.personaldata.StoredPersonalData;
import tools.jackson.databind.JsonNode;

/**
 * Events written by earlier code still replay: the payloads of every released event revision, as the event store held
 * them (test resource {@code stored-events/}), are read by the service's own event serializer (personal data
 * decrypted by the personal-data module) and replayed through the aggregate ({@link CaseReplay}), as compliance
 * replays a case. Their personal data's subjects have no keys, as after an erasure: those fields read as erased
 * (null to the aggregate, marked in the stored JSON a compliance officer reads) and the rest replays. Nothing is
 * written to the event store, so no projection of the running service sees these made-up cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredEventsReplayIT extends RunningCaseService {

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer events;
    @Autowired
    private StoredPersonalData personalData;
    private JsonNode cases;

    @BeforeAll
    void readTheReleasedEvents() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/stored-events/case-events-v1.json")) {
            cases = JSON.readTree(in);
        }
    }

    @Test
    void everyReleasedKindOfEventReplaysWithItsErasedPersonalDataReadAsErased() {
        JsonNode lived = cases.get(0);
        List<DomainEventMessage<?>> stream = stored(lived);

        CaseOpenedEvent opened = (CaseOpenedEvent) stream.get(0).getPayload();
        Applicant applicant = opened.applicant();
        assertThat(applicant.fullName()).isNull();
        assertThat(applicant.role()).isNotNull();
        JsonNode revealed = personalData.reveal(lived.get("events").get(0).get("payload"));
        assertThat(revealed.get("applicant").get("fullName").get("erased").asBoolean()).isTrue();

        CaseAsOfView now = CaseReplay.asOf(caseIdOf(lived), Instant.now(), DomainEventStream.of(stream)).orElseThrow();
        assertThat(now.eventsReplayed()).isEqualTo(lived.get("events").size());
        assertThat(now.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(now.messageExchange()).isEqualTo("CLOSED");
        ConsentProofView proof = CaseReplay.proofOf(caseIdOf(lived), stream.iterator()).orElseThrow();
        assertThat(proof.steps()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(proof.clean()).isTrue();
    }

    @Test
    void aCaseDeclinedAtTriageReplaysAsDeclined() {
        JsonNode declined = cases.get(1);
        List<DomainEventMessage<?>> stream = stored(declined);

        CaseAsOfView now = CaseReplay.asOf(caseIdOf(declined), Instant.now(), DomainEventStream.of(stream)).orElseThrow();

        assertThat(now.status()).isEqualTo(CaseStatus.DECLINED);
        assertThat(now.eventsReplayed()).isEqualTo(2);
    }

    /** The case's rows as the event store hands them to Axon: deserialized by the service's own event serializer. */
    private List<DomainEventMessage<?>> stored(JsonNode kase) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (JsonNode row : kase.get("events")) {
            Object payload = events.deserialize(new SimpleSerializedObject<>(
                    JSON.writeValueAsString(row.get("payload")).getBytes(StandardCharsets.UTF_8), byte[].class,
                    row.get("payloadType").asString(), null));
            messages.add(new GenericDomainEventMessage<>("Case", kase.get("caseId").asString(),
                    row.get("sequence").asLong(), payload, MetaData.emptyInstance(), UUID.randomUUID().toString(),
                    Instant.now()));
        }
        return messages;
    }

    private static UUID caseIdOf(JsonNode kase) {
        return UUID.fromString(kase.get("caseId").asString());
    }
}
