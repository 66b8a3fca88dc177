package nl.perspectief.events.training.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.SchemaOpenings;
import nl.perspectief.events.Topics;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contracts of {@code training.course-events.v1}: what every event on the topic guarantees (ids, dates, counts,
 * never a participant), then what each event's schema refuses.
 */
class TrainingEventsContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> trainingTypes() {
        return Stream.of(EventTypes.SESSION_PLANNED_V1, EventTypes.ENROLMENT_CONFIRMED_V1,
                EventTypes.PARTICIPANT_COMPLETED_V1);
    }

    @ParameterizedTest
    @MethodSource("trainingTypes")
    void fixtureConformsToItsSchema(String type) {
        ContractFixtures.assertConformsToSchema(type, ContractFixtures.fixture(type));
    }

    @ParameterizedTest
    @MethodSource("trainingTypes")
    void fixtureRoundTripsThroughItsRecordUnchanged(String type) {
        String fixture = ContractFixtures.fixture(type);
        Class<?> payloadType = EventTypes.payloadTypeOf(type).orElseThrow();

        Envelope<?> envelope = JSON.readValue(fixture, envelopeOf(payloadType));

        assertThat(envelope.payload()).isInstanceOf(payloadType);
        // written and read again, so a decimal is compared as the fixture's number is read, not as a BigDecimal node
        assertThat(JSON.readTree(JSON.writeValueAsString(envelope))).isEqualTo(JSON.readTree(fixture));
        assertThat(envelope.producer()).isEqualTo("training-service");
    }

    @ParameterizedTest
    @MethodSource("trainingTypes")
    void wireTypeIsTheLogicalNameOfItsRecord(String type) {
        Class<?> payloadType = EventTypes.payloadTypeOf(type).orElseThrow();

        assertThat(type).isEqualTo(payloadType.getSimpleName() + ".v1");
        assertThat(EventTypes.typeOf(payloadType)).contains(type);
    }

    @ParameterizedTest
    @MethodSource("trainingTypes")
    void schemaRefusesAParticipantsName(String type) {
        assertRefused(type, withPayload(type, payload -> payload.put("participantName", "Sanne de Boer")),
                "participantName");
    }

    @ParameterizedTest
    @MethodSource("trainingTypes")
    void schemaLeavesNoRoomForFreeText(String type) {
        assertThat(SchemaOpenings.forFreeText(type))
                .as("places in the schema of %s where free text could travel", type).isEmpty();
    }

    @Test
    void everyRecordOnTheTrainingTopicHasAWireTypeAndAFixture() {
        List<String> types = Arrays.stream(TrainingTopicPayload.class.getPermittedSubclasses())
                .map(record -> EventTypes.typeOf(record).orElseThrow(() -> new AssertionError("no wire type for " + record)))
                .toList();

        assertThat(types).containsExactlyInAnyOrderElementsOf(trainingTypes().toList());
        types.forEach(type -> assertThatCode(() -> ContractFixtures.fixture(type)).doesNotThrowAnyException());
        assertThat(Topics.TRAINING_COURSE_EVENTS_V1).isEqualTo("training.course-events.v1");
    }

    @Test
    void aCompletionCarriesOnePointPerNetHourOfTheSessionItsEnrolmentWasConfirmedFor() {
        Envelope<SessionPlanned> planned = JSON.readValue(ContractFixtures.fixture(EventTypes.SESSION_PLANNED_V1),
                new TypeReference<>() { });
        Envelope<EnrolmentConfirmed> confirmed = JSON.readValue(
                ContractFixtures.fixture(EventTypes.ENROLMENT_CONFIRMED_V1), new TypeReference<>() { });
        Envelope<ParticipantCompleted> completed = JSON.readValue(
                ContractFixtures.fixture(EventTypes.PARTICIPANT_COMPLETED_V1), new TypeReference<>() { });

        assertThat(confirmed.payload().sessionId()).isEqualTo(planned.payload().sessionId());
        assertThat(completed.payload().enrolmentId()).isEqualTo(confirmed.payload().enrolmentId());
        assertThat(completed.payload().courseId()).isEqualTo(planned.payload().courseId());
        assertThat(completed.payload().accreditationPoints()).isEqualByComparingTo(completed.payload().netHours());
        assertThat(completed.payload().netHours()).isEqualByComparingTo(new BigDecimal("11.5"));
    }

    @Test
    void schemaRefusesASessionWithoutDaysOrWithAFreeTextLocation() {
        String type = EventTypes.SESSION_PLANNED_V1;
        assertRefused(type, withPayload(type, payload -> payload.putArray("days")), "days");
        assertRefused(type, withPayload(type, payload -> payload.put("location", "PI Vught, paviljoen 3")), "location");
    }

    @Test
    void schemaRefusesPointsThatAreNotTenthsOfAnHour() {
        String type = EventTypes.PARTICIPANT_COMPLETED_V1;
        assertRefused(type, withPayload(type, payload -> payload.put("netHours", 11.55)), "netHours");
    }

    @Test
    void recordRefusesAnEventWithoutItsSession() {
        String type = EventTypes.ENROLMENT_CONFIRMED_V1;
        String withoutSession = withPayload(type, payload -> payload.remove("sessionId"));

        assertThatThrownBy(() -> JSON.readValue(withoutSession, envelopeOf(EnrolmentConfirmed.class)))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("sessionId");
    }

    private static JavaType envelopeOf(Class<?> payloadType) {
        return JSON.getTypeFactory().constructParametricType(Envelope.class, payloadType);
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
