package nl.perspectief.events.cases.v1;

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
import nl.perspectief.events.intake.v1.RegistrationSubmitted;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contracts of {@code cases.case-events.v1}: what every event on the topic guarantees, then what
 * each event's schema refuses.
 */
class CaseEventsContractTest {

    /** The fixtures tell one story: Julia's case, opened from the registration in intake's fixture. */
    private static final UUID JULIAS_CASE = UUID.fromString("7c1d2e3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f");
    private static final UUID JULIA = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID PETER = UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> caseTypes() {
        return Stream.of(
                EventTypes.CASE_OPENED_V1,
                EventTypes.MEDIATOR_ASSIGNED_V1,
                EventTypes.MESSAGE_EXCHANGE_OPENED_V1,
                EventTypes.MESSAGE_EXCHANGE_SUSPENDED_V1,
                EventTypes.MESSAGE_EXCHANGE_RESUMED_V1,
                EventTypes.MESSAGE_EXCHANGE_CLOSED_V1,
                EventTypes.CONSENT_WITHDRAWN_V1,
                EventTypes.CASE_CLOSED_V1,
                EventTypes.CASE_REOPENED_V1);
    }

    @ParameterizedTest
    @MethodSource("caseTypes")
    void fixtureConformsToItsSchema(String type) {
        ContractFixtures.assertConformsToSchema(type, ContractFixtures.fixture(type));
    }

    @ParameterizedTest
    @MethodSource("caseTypes")
    void fixtureRoundTripsThroughItsRecordUnchanged(String type) {
        String fixture = ContractFixtures.fixture(type);
        Class<?> payloadType = EventTypes.payloadTypeOf(type).orElseThrow();

        Envelope<?> envelope = JSON.readValue(fixture, envelopeOf(payloadType));
        JsonNode written = JSON.valueToTree(envelope);

        assertThat(envelope.payload()).isInstanceOf(payloadType);
        assertThat(written).isEqualTo(JSON.readTree(fixture));
    }

    @ParameterizedTest
    @MethodSource("caseTypes")
    void fixtureComesFromCaseServiceKeyedByItsCase(String type) {
        Envelope<?> envelope = read(type, ContractFixtures.fixture(type));

        assertThat(envelope.producer()).isEqualTo("case-service");
        assertThat(envelope.schemaVersion()).isEqualTo(1);
        assertThat(((CaseTopicPayload) envelope.payload()).caseId()).isEqualTo(JULIAS_CASE);
    }

    @ParameterizedTest
    @MethodSource("caseTypes")
    void wireTypeIsTheLogicalNameOfItsRecordAndNamesItBack(String type) {
        Class<?> payloadType = EventTypes.payloadTypeOf(type).orElseThrow();

        assertThat(type).isEqualTo(payloadType.getSimpleName() + ".v1");
        assertThat(EventTypes.typeOf(payloadType)).contains(type);
        assertThat(EventTypes.payloadTypeOf(payloadType.getName())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("caseTypes")
    void schemaRefusesANameAddedToThePayload(String type) {
        String withName = withPayload(type, payload -> payload.put("fullName", "Julia de Vries"));

        assertRefused(type, withName, "fullName");
    }

    @ParameterizedTest
    @MethodSource("caseTypes")
    void schemaLeavesNoRoomForFreeText(String type) {
        assertThat(SchemaOpenings.forFreeText(type))
                .as("places in the schema of %s where free text could travel", type).isEmpty();
    }

    @Test
    void everyRecordOnTheCaseTopicHasAWireTypeAndAFixture() {
        List<String> typesOfRecords = Arrays.stream(CaseTopicPayload.class.getPermittedSubclasses())
                .map(record -> EventTypes.typeOf(record).orElseThrow(() -> new AssertionError("no wire type for " + record)))
                .toList();

        assertThat(typesOfRecords).containsExactlyInAnyOrderElementsOf(caseTypes().toList());
        typesOfRecords.forEach(type -> assertThatCode(() -> ContractFixtures.fixture(type)).doesNotThrowAnyException());
    }

    @Test
    void incidentCategoriesAreTheOnesIntakeReceives() {
        assertThat(Arrays.stream(IncidentCategory.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(nl.perspectief.events.intake.v1.IncidentCategory.values())
                        .map(Enum::name).toList());
    }

    @Test
    void recordRefusesAnEventWithoutItsCase() {
        String withoutCase = withPayload(EventTypes.CASE_CLOSED_V1, payload -> payload.remove("caseId"));

        assertThatThrownBy(() -> read(EventTypes.CASE_CLOSED_V1, withoutCase))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("caseId");
    }

    @Nested
    class CaseOpenedContract {

        private static final String TYPE = EventTypes.CASE_OPENED_V1;

        @Test
        void namesTheRegistrationTheCaseCameFrom() {
            Envelope<RegistrationSubmitted> registration = JSON.readValue(
                    ContractFixtures.fixture(EventTypes.REGISTRATION_SUBMITTED_V1), new TypeReference<>() { });

            Envelope<CaseOpened> opened = JSON.readValue(ContractFixtures.fixture(TYPE), new TypeReference<>() { });

            assertThat(opened.payload().registrationId()).isEqualTo(registration.payload().registrationId());
            assertThat(opened.payload().registrationReference()).isEqualTo(registration.payload().reference());
            assertThat(opened.causationId()).isEqualTo(registration.eventId());
            assertThat(opened.payload().source()).isEqualTo(CaseSource.WEBSITE);
            assertThat(opened.payload().incidentCategory()).isEqualTo(IncidentCategory.SEXUAL_TRANSGRESSION);
        }

        @Test
        void schemaAcceptsACaseTheDeskOpenedFromAPhoneCallWithoutARegistration() {
            String fromPhone = withPayload(TYPE, payload -> payload.put("source", "PHONE")
                    .putNull("registrationId").putNull("registrationReference"));

            ContractFixtures.assertConformsToSchema(TYPE, fromPhone);
        }

        @Test
        void schemaRefusesAWebsiteCaseWithoutItsRegistration() {
            String withoutRegistration = withPayload(TYPE, payload -> payload
                    .putNull("registrationId").putNull("registrationReference"));

            assertRefused(TYPE, withoutRegistration, "registrationId");
        }

        @Test
        void schemaRefusesAReferenceWithoutTheRegistrationItBelongsTo() {
            String referenceOnly = withPayload(TYPE, payload -> payload.put("source", "EMAIL").putNull("registrationId"));

            assertRefused(TYPE, referenceOnly, "registrationReference");
        }
    }

    @Nested
    class MediatorAssignedContract {

        private static final String TYPE = EventTypes.MEDIATOR_ASSIGNED_V1;

        @Test
        void namesTheMediatorReplaced() {
            Envelope<MediatorAssigned> assigned = JSON.readValue(ContractFixtures.fixture(TYPE), new TypeReference<>() { });

            assertThat(assigned.payload().previousMediatorId()).isNotNull().isNotEqualTo(assigned.payload().mediatorId());
        }

        @Test
        void schemaAcceptsAFirstAssignmentWithoutAPreviousMediator() {
            ContractFixtures.assertConformsToSchema(TYPE, withPayload(TYPE, payload -> payload.putNull("previousMediatorId")));
        }

        @Test
        void schemaRefusesAnAssignmentWithoutAMediator() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.putNull("mediatorId")), "mediatorId");
        }

        @Test
        void schemaRefusesAMediatorByDisplayNameInsteadOfStaffId() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.put("mediatorId", "Joost van Dam")), "mediatorId");
        }
    }

    @Nested
    class MessageExchangeOpenedContract {

        private static final String TYPE = EventTypes.MESSAGE_EXCHANGE_OPENED_V1;

        @Test
        void namesThePartiesAllowedToExchangeByTheirSubjectIdsOnly() {
            Envelope<MessageExchangeOpened> opened = JSON.readValue(ContractFixtures.fixture(TYPE), new TypeReference<>() { });

            assertThat(opened.payload().parties()).containsExactly(
                    new MessageExchangeOpened.Party(JULIA, PartySide.APPLICANT),
                    new MessageExchangeOpened.Party(PETER, PartySide.OTHER_PARTY));
        }

        @Test
        void schemaRefusesAnExchangeWithoutTheOtherSide() {
            String oneSided = withPayload(TYPE, payload -> ((ObjectNode) payload.get("parties").get(1)).put("side", "APPLICANT"));

            assertRefused(TYPE, oneSided, "parties");
        }

        @Test
        void schemaRefusesAPartyWithContactDetails() {
            String withEmail = withPayload(TYPE, payload -> ((ObjectNode) payload.get("parties").get(1))
                    .put("email", "peter@example.org"));

            assertRefused(TYPE, withEmail, "email");
        }
    }

    @Nested
    class MessageExchangeSuspendedContract {

        private static final String TYPE = EventTypes.MESSAGE_EXCHANGE_SUSPENDED_V1;

        @Test
        void followsTheWithdrawalThatCausedIt() {
            Envelope<MessageExchangeSuspended> suspended = JSON.readValue(ContractFixtures.fixture(TYPE), new TypeReference<>() { });
            Envelope<ConsentWithdrawn> withdrawn = JSON.readValue(
                    ContractFixtures.fixture(EventTypes.CONSENT_WITHDRAWN_V1), new TypeReference<>() { });

            assertThat(suspended.payload().reason()).isEqualTo(SuspensionReason.CONSENT_WITHDRAWN);
            assertThat(suspended.correlationId()).isEqualTo(withdrawn.correlationId());
            assertThat(suspended.payload().suspendedAt()).isEqualTo(withdrawn.payload().withdrawnAt());
        }

        @Test
        void schemaRefusesAReasonInThePartysOwnWords() {
            String inWords = withPayload(TYPE, payload -> payload.put("reason", "She no longer wants to hear from him"));

            assertRefused(TYPE, inWords, "reason");
        }
    }

    @Nested
    class MessageExchangeResumedContract {

        private static final String TYPE = EventTypes.MESSAGE_EXCHANGE_RESUMED_V1;

        @Test
        void schemaRefusesAResumptionThatDoesNotNameItsExchange() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.remove("exchangeId")), "exchangeId");
        }
    }

    @Nested
    class MessageExchangeClosedContract {

        private static final String TYPE = EventTypes.MESSAGE_EXCHANGE_CLOSED_V1;

        @Test
        void schemaRefusesAClosingTimeWithoutItsTimeZone() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.put("closedAt", "2026-06-15T18:20:00")), "closedAt");
        }
    }

    @Nested
    class ConsentWithdrawnContract {

        private static final String TYPE = EventTypes.CONSENT_WITHDRAWN_V1;

        @Test
        void namesThePartyAndTheFormOfContactWithdrawn() {
            Envelope<ConsentWithdrawn> withdrawn = JSON.readValue(ContractFixtures.fixture(TYPE), new TypeReference<>() { });

            assertThat(withdrawn.payload().partyId()).isEqualTo(PETER);
            assertThat(withdrawn.payload().purpose()).isEqualTo(ConsentPurpose.FORM_OF_CONTACT);
            assertThat(withdrawn.payload().form()).isEqualTo(ContactForm.MESSAGE_EXCHANGE);
        }

        @Test
        void schemaAcceptsAWithdrawalOfTakingPartWithoutAForm() {
            String takingPart = withPayload(TYPE, payload -> payload.put("purpose", "TAKING_PART").putNull("form"));

            ContractFixtures.assertConformsToSchema(TYPE, takingPart);
        }

        @Test
        void schemaRefusesAFormOfContactWithdrawalThatDoesNotNameTheForm() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.putNull("form")), "form");
        }

        @Test
        void schemaRefusesAFormOnAnotherPurpose() {
            String formOnApproach = withPayload(TYPE, payload -> payload.put("purpose", "APPROACH_OTHER_PARTY"));

            assertRefused(TYPE, formOnApproach, "form");
        }

        @Test
        void schemaRefusesTheReasonThePartyGave() {
            String withReason = withPayload(TYPE, payload -> payload.put("reason", "Too painful right now"));

            assertRefused(TYPE, withReason, "reason");
        }
    }

    @Nested
    class CaseClosedContract {

        private static final String TYPE = EventTypes.CASE_CLOSED_V1;

        @Test
        void schemaRefusesTheMediatorsClosingNote() {
            String withNote = withPayload(TYPE, payload -> payload.put("note", "Both parties relieved after the meeting"));

            assertRefused(TYPE, withNote, "note");
        }

        @Test
        void schemaRefusesAnOutcomeOutsideTheAgreedList() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.put("outcome", "RESOLVED")), "outcome");
        }
    }

    @Nested
    class CaseReopenedContract {

        private static final String TYPE = EventTypes.CASE_REOPENED_V1;

        @Test
        void schemaRefusesTheReasonForReopening() {
            String withReason = withPayload(TYPE, payload -> payload.put("reason", "Applicant asked for aftercare meeting"));

            assertRefused(TYPE, withReason, "reason");
        }

        @Test
        void schemaRefusesAReopeningWithoutItsTime() {
            assertRefused(TYPE, withPayload(TYPE, payload -> payload.remove("reopenedAt")), "reopenedAt");
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
