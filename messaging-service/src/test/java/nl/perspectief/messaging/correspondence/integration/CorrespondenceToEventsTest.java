package nl.perspectief.messaging.correspondence.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.EventTypes;
import nl.perspectief.messaging.correspondence.api.CorrespondenceEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceOpenedEvent;
import nl.perspectief.messaging.correspondence.api.DeliveryChannel;
import nl.perspectief.messaging.correspondence.api.MessageApprovedEvent;
import nl.perspectief.messaging.correspondence.api.MessageDeliveredEvent;
import nl.perspectief.messaging.correspondence.api.MessageKind;
import nl.perspectief.messaging.correspondence.api.MessageRecordedEvent;
import nl.perspectief.messaging.correspondence.api.MessageReturnedEvent;
import nl.perspectief.messaging.correspondence.api.ReceiptConfirmedEvent;
import nl.perspectief.messaging.correspondence.api.StaffMember;
import nl.perspectief.security.StaffRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The publisher's mapping against the contract: each fixture of shared-events is what its domain event publishes. */
class CorrespondenceToEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // the ids and times of the contract's fixtures
    private static final UUID CASE_ID = UUID.fromString("7c1d2e3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f");
    private static final UUID LETTER = UUID.fromString("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f");
    private static final UUID JULIA = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID PETER = UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e");
    private static final StaffMember JOOST = new StaffMember("mediator-joost", StaffRole.MEDIATOR);

    @Test
    void aDeliveryPublishesTheContractsMessageDelivered() {
        var delivered = new MessageDeliveredEvent(CASE_ID, LETTER, 2, JULIA, PETER, MessageKind.LETTER,
                DeliveryChannel.POST, Instant.parse("2026-05-11T15:40:00Z"), JOOST, Instant.parse("2026-05-11T15:42:00Z"));

        assertThat(payloadOf(delivered)).isEqualTo(fixturePayload(EventTypes.MESSAGE_DELIVERED_V1));
    }

    @Test
    void aReceiptPublishesTheContractsReceiptConfirmed() {
        JsonNode fixture = fixturePayload(EventTypes.RECEIPT_CONFIRMED_V1);
        var confirmed = new ReceiptConfirmedEvent(CASE_ID, UUID.fromString(fixture.get("messageId").asString()),
                UUID.fromString(fixture.get("toPartyId").asString()),
                Instant.parse(fixture.get("firstReadAt").asString()), JOOST, Instant.parse("2026-05-13T09:00:00Z"));

        assertThat(payloadOf(confirmed)).isEqualTo(fixture);
    }

    @Test
    void whatHappensBeforeDeliveryStaysInThisService() {
        List<CorrespondenceEvent> unpublished = List.of(
                new CorrespondenceOpenedEvent(CASE_ID, UUID.randomUUID(), JULIA, PETER, Instant.now()),
                new MessageRecordedEvent(CASE_ID, LETTER, JULIA, PETER, MessageKind.LETTER, "Dear Peter,", List.of(),
                        JOOST, Instant.now()),
                new MessageReturnedEvent(CASE_ID, LETTER, 1, JULIA, "It names your town.", JOOST, Instant.now()),
                new MessageApprovedEvent(CASE_ID, LETTER, 2, JOOST, Instant.now()));

        assertThat(unpublished).allSatisfy(event -> assertThat(CorrespondenceToEvents.payloadOf(event)).isEmpty());
    }

    private static JsonNode payloadOf(CorrespondenceEvent event) {
        Object payload = CorrespondenceToEvents.payloadOf(event).orElseThrow();
        String type = EventTypes.typeOf(payload.getClass()).orElseThrow();
        JsonNode envelope = JSON.readTree(ContractFixtures.fixture(type));
        ((tools.jackson.databind.node.ObjectNode) envelope).set("payload", JSON.valueToTree(payload));
        ContractFixtures.assertConformsToSchema(type, JSON.writeValueAsString(envelope));
        return envelope.get("payload");
    }

    private static JsonNode fixturePayload(String type) {
        return JSON.readTree(ContractFixtures.fixture(type)).get("payload");
    }
}
