package nl.perspectief.events.messaging.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.SchemaOpenings;
import nl.perspectief.events.Topics;
import nl.perspectief.events.cases.v1.MessageExchangeOpened;
import nl.perspectief.events.cases.v1.MessageExchangeSuspended;
import nl.perspectief.events.cases.v1.PartySide;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contracts of {@code messaging.correspondence-events.v1}: what every event on the topic guarantees (the steps
 * of the exchange, never its content), then what each event's schema refuses.
 */
class CorrespondenceEventsContractTest {

    /** The fixtures go on with the case topic's story: Julia writes to Peter while their exchange is open. */
    private static final UUID JULIAS_CASE = UUID.fromString("7c1d2e3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f");
    private static final UUID JULIA = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID PETER = UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> correspondenceTypes() {
        return Stream.of(EventTypes.MESSAGE_DELIVERED_V1, EventTypes.RECEIPT_CONFIRMED_V1);
    }

    @ParameterizedTest
    @MethodSource("correspondenceTypes")
    void fixtureConformsToItsSchema(String type) {
        ContractFixtures.assertConformsToSchema(type, ContractFixtures.fixture(type));
    }

    @ParameterizedTest
    @MethodSource("correspondenceTypes")
    void fixtureRoundTripsThroughItsRecordUnchanged(String type) {
        String fixture = ContractFixtures.fixture(type);
        Class<?> payloadType = EventTypes.payloadTypeOf(type).orElseThrow();

        Envelope<?> envelope = JSON.readValue(fixture, envelopeOf(payloadType));
        JsonNode written = JSON.valueToTree(envelope);

        assertThat(envelope.payload()).isInstanceOf(payloadType);
        assertThat(written).isEqualTo(JSON.readTree(fixture));
    }

    @ParameterizedTest
    @MethodSource("correspondenceTypes")
    void fixtureComesFromMessagingServiceKeyedByItsCase(String type) {
        Envelope<?> envelope = read(type, ContractFixtures.fixture(type));

        assertThat(envelope.producer()).isEqualTo("messaging-service");
        assertThat(envelope.schemaVersion()).isEqualTo(1);
        assertThat(((CorrespondenceTopicPayload) envelope.payload()).caseId()).isEqualTo(JULIAS_CASE);
    }

    @ParameterizedTest
    @MethodSource("correspondenceTypes")
    void wireTypeIsTheLogicalNameOfItsRecordAndNamesItBack(String type) {
        Class<?> payloadType = EventTypes.payloadTypeOf(type).orElseThrow();

        assertThat(type).isEqualTo(payloadType.getSimpleName() + ".v1");
        assertThat(EventTypes.typeOf(payloadType)).contains(type);
        assertThat(EventTypes.payloadTypeOf(payloadType.getName())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("correspondenceTypes")
    void schemaRefusesTheWordsOfTheMessage(String type) {
        String withContent = withPayload(type, payload -> payload.put("content", "Dear Peter, I have thought about it"));

        assertRefused(type, withContent, "content");
    }

    @ParameterizedTest
    @MethodSource("correspondenceTypes")
    void schemaRefusesANameAddedToThePayload(String type) {
        String withName = withPayload(type, payload -> payload.put("toPartyName", "Peter Bakker"));

        assertRefused(type, withName, "toPartyName");
    }

    @ParameterizedTest
    @MethodSource("correspondenceTypes")
    void schemaLeavesNoRoomForFreeText(String type) {
        assertThat(SchemaOpenings.forFreeText(type))
                .as("places in the schema of %s where free text could travel", type).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("correspondenceTypes")
    void schemaRefusesAMediatorByDisplayNameInsteadOfStaffId(String type) {
        assertRefused(type, withPayload(type, payload -> payload.put("mediatorId", "Joost van Dam")), "mediatorId");
    }

    @Test
    void everyRecordOnTheCorrespondenceTopicHasAWireTypeAndAFixture() {
        List<String> typesOfRecords = Arrays.stream(CorrespondenceTopicPayload.class.getPermittedSubclasses())
                .map(record -> EventTypes.typeOf(record).orElseThrow(() -> new AssertionError("no wire type for " + record)))
                .toList();

        assertThat(typesOfRecords).containsExactlyInAnyOrderElementsOf(correspondenceTypes().toList());
        typesOfRecords.forEach(type -> assertThatCode(() -> ContractFixtures.fixture(type)).doesNotThrowAnyException());
    }

    @Test
    void topicIsNamedAfterItsProducerAndVersion() {
        assertThat(Topics.MESSAGING_CORRESPONDENCE_EVENTS_V1).isEqualTo("messaging.correspondence-events.v1");
        assertThat(Topics.deadLetterTopicOf(Topics.MESSAGING_CORRESPONDENCE_EVENTS_V1))
                .isEqualTo("messaging.correspondence-events.v1.dlt");
    }

    @Test
    void recordRefusesAnEventWithoutItsCase() {
        String withoutCase = withPayload(EventTypes.RECEIPT_CONFIRMED_V1, payload -> payload.remove("caseId"));

        assertThatThrownBy(() -> read(EventTypes.RECEIPT_CONFIRMED_V1, withoutCase))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("caseId");
    }

    @Nested
    class MessageDeliveredContract {

        private static final String TYPE = EventTypes.MESSAGE_DELIVERED_V1;

        @Test
        void tellsWhoWroteToWhomHowAndWhenWhileTheExchangeWasOpen() {
            Envelope<MessageDelivered> delivered = JSON.readValue(ContractFixtures.fixture(TYPE), new TypeReference<>() { });
            Envelope<MessageExchangeOpened> opened = JSON.readValue(
                    ContractFixtures.fixture(EventTypes.MESSAGE_EXCHANGE_OPENED_V1), new TypeReference<>() { });
            Envelope<MessageExchangeSuspended> suspended = JSON.readValue(
                    ContractFixtures.fixture(EventTypes.MESSAGE_EXCHANGE_SUSPENDED_V1), new TypeReference<>() { });

            assertThat(delivered.payload().fromPartyId()).isEqualTo(JULIA);
            assertThat(delivered.payload().toPartyId()).isEqualTo(PETER);
            assertThat(opened.payload().parties()).contains(new MessageExchangeOpened.Party(JULIA, PartySide.APPLICANT),
                    new MessageExchangeOpened.Party(PETER, PartySide.OTHER_PARTY));
            assertThat(delivered.payload().kind()).isEqualTo(MessageKind.LETTER);
            assertThat(delivered.payload().channel()).isEqualTo(DeliveryChannel.POST);
            assertThat(delivered.payload().mediatorId()).isEqualTo(opened.payload().mediatorId());
            assertThat(delivered.payload().deliveredAt())
                    .isAfter(opened.payload().openedAt()).isBefore(suspended.payload().suspendedAt());
        }

        @Test
        void schemaRefusesAVersionBeforeTheFirst() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.put("version", 0)), "version");
        }

        @Test
        void schemaRefusesAChannelOutsideTheAgreedList() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.put("channel", "CARRIER_PIGEON")), "channel");
        }

        @Test
        void schemaRefusesADeliveryThatDoesNotNameItsWriter() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.putNull("fromPartyId")), "fromPartyId");
        }
    }

    @Nested
    class ReceiptConfirmedContract {

        private static final String TYPE = EventTypes.RECEIPT_CONFIRMED_V1;

        @Test
        void confirmsTheDeliveredMessageForItsRecipientAfterTheDelivery() {
            Envelope<ReceiptConfirmed> receipt = JSON.readValue(ContractFixtures.fixture(TYPE), new TypeReference<>() { });
            Envelope<MessageDelivered> delivered = JSON.readValue(
                    ContractFixtures.fixture(EventTypes.MESSAGE_DELIVERED_V1), new TypeReference<>() { });

            assertThat(receipt.payload().messageId()).isEqualTo(delivered.payload().messageId());
            assertThat(receipt.payload().toPartyId()).isEqualTo(delivered.payload().toPartyId());
            assertThat(receipt.payload().firstReadAt()).isAfter(delivered.payload().deliveredAt());
        }

        @Test
        void schemaRefusesAReadingTimeWithoutItsTimeZone() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.put("firstReadAt", "2026-05-13T20:15:00")),
                    "firstReadAt");
        }

        @Test
        void schemaRefusesTheRecipientsReaction() {
            String withReaction = withPayload(TYPE, payload -> payload.put("reaction", "Relieved to read it"));

            assertRefused(TYPE, withReaction, "reaction");
        }
    }

    private static JavaType envelopeOf(Class<?> payloadType) {
        return JSON.getTypeFactory().constructParametricType(Envelope.class, payloadType);
    }

    private static Envelope<?> read(String type, String json) {
        return JSON.readValue(json, envelopeOf(EventTypes.payloadTypeOf(type).orElseThrow()));
    }

    private static String withPayload(String type, Consumer<ObjectNode> change) {
        ObjectNode envelope = (ObjectNode) JSON.readTree(ContractFixtures.fixture(type));
        change.accept((ObjectNode) envelope.get("payload"));
        return JSON.writeValueAsString(envelope);
    }

    private static void assertRefused(String type, String json, String violatedProperty) {
        assertThatThrownBy(() -> ContractFixtures.assertConformsToSchema(type, json))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violatedProperty);
    }
}
