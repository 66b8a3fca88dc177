package nl.perspectief.cases.casefile.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.perspectief.cases.casefile.CaseFixtures;
import nl.perspectief.cases.casefile.api.CaseClosedEvent;
import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.casefile.api.CaseReopenedEvent;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ConsentWithdrawnEvent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MediatorAssignedEvent;
import nl.perspectief.cases.casefile.api.MediatorReassignedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeClosedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeResumedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeSuspendedEvent;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;
import nl.perspectief.cases.casefile.api.Story;
import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.cases.v1.CaseTopicPayload;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The mapper against the contract: each fixture of {@code shared-events} is what its domain event publishes. */
class CaseEventMapperTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // the ids and times of the contract's fixtures: Julia's case
    private static final UUID CASE_ID = UUID.fromString("7c1d2e3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f");
    private static final UUID REGISTRATION_ID = UUID.fromString("3f2b8c4d-9e1a-4b7c-8d6e-5f4a3b2c1d0e");
    private static final UUID JULIA = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID PETER = UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e");
    private static final StaffMember JOOST = new StaffMember("mediator-joost", StaffRole.MEDIATOR);
    private static final StaffMember DESK = new StaffMember("desk-anouk", StaffRole.DESK);
    private static final UUID WITHDRAWN_CONSENT = UUID.randomUUID();
    private static final long EXCHANGE_OPENED_AT_SEQUENCE = 17;
    private static final long SUSPENDED_AT_SEQUENCE = 23;

    /** For events that never need to know where an exchange began. */
    private static final ExchangeOpenings NOT_ASKED = (caseId, sequence) -> {
        throw new AssertionError("the mapper looked for an exchange opening for an event that names none");
    };
    /** Julia's case opened its exchange at {@link #EXCHANGE_OPENED_AT_SEQUENCE}. */
    private static final ExchangeOpenings JULIAS_EXCHANGE = (caseId, sequence) -> {
        assertThat(caseId).isEqualTo(CASE_ID);
        assertThat(sequence).isGreaterThan(EXCHANGE_OPENED_AT_SEQUENCE);
        return EXCHANGE_OPENED_AT_SEQUENCE;
    };

    private static CaseOpenedEvent caseOpened(UUID registrationId, String reference, CaseSource source,
                                              StaffMember openedBy) {
        return new CaseOpenedEvent(CASE_ID, registrationId, reference, source,
                Instant.parse("2026-03-14T22:41:07Z"), Instant.parse("2026-03-14T22:41:09Z"),
                CaseFixtures.julia(JULIA), CaseFixtures.peter(PETER), CaseFixtures.sexualTransgressionIn2015(),
                new Story(JULIA, "He tutored me almost every week in high school."),
                CaseFixtures.victimSupportWorker(UUID.randomUUID()), CaseStatus.AWAITING_TRIAGE, openedBy);
    }

    private static ConsentWithdrawnEvent consentWithdrawn(ConsentPurpose purpose, ContactForm form, String recipient) {
        return new ConsentWithdrawnEvent(CASE_ID, WITHDRAWN_CONSENT, PETER, purpose, form, recipient,
                "I need a break from all of this.", JOOST, Instant.parse("2026-05-20T08:47:12Z"));
    }

    /** Each fixture, and the domain event (with its position in the stream) behind it. */
    static Stream<FixtureCase> fixtures() {
        return Stream.of(
                new FixtureCase(EventTypes.CASE_OPENED_V1, 0,
                        caseOpened(REGISTRATION_ID, "PH-2026-00042", CaseSource.WEBSITE, null)),
                new FixtureCase(EventTypes.MEDIATOR_ASSIGNED_V1, 5, new MediatorReassignedEvent(CASE_ID,
                        "mediator-marieke", "mediator-joost", DESK, Instant.parse("2026-03-20T10:05:00Z"))),
                new FixtureCase(EventTypes.MESSAGE_EXCHANGE_OPENED_V1, EXCHANGE_OPENED_AT_SEQUENCE,
                        new MessageExchangeOpenedEvent(CASE_ID, JULIA, PETER, JOOST, Instant.parse("2026-05-04T14:30:00Z"))),
                new FixtureCase(EventTypes.CONSENT_WITHDRAWN_V1, SUSPENDED_AT_SEQUENCE - 1,
                        consentWithdrawn(ConsentPurpose.FORM_OF_CONTACT, ContactForm.MESSAGE_EXCHANGE, null)),
                new FixtureCase(EventTypes.MESSAGE_EXCHANGE_SUSPENDED_V1, SUSPENDED_AT_SEQUENCE,
                        new MessageExchangeSuspendedEvent(CASE_ID, WITHDRAWN_CONSENT, JOOST,
                                Instant.parse("2026-05-20T08:47:12Z"))),
                new FixtureCase(EventTypes.MESSAGE_EXCHANGE_RESUMED_V1, 26,
                        new MessageExchangeResumedEvent(CASE_ID, JOOST, Instant.parse("2026-05-27T11:00:00Z"))),
                new FixtureCase(EventTypes.MESSAGE_EXCHANGE_CLOSED_V1, 31,
                        new MessageExchangeClosedEvent(CASE_ID, JOOST, Instant.parse("2026-06-15T16:20:00Z"))),
                new FixtureCase(EventTypes.CASE_CLOSED_V1, 35, new CaseClosedEvent(CASE_ID,
                        CaseOutcome.CONTACT_TOOK_PLACE, "Both felt heard; Peter apologised.", JOOST,
                        Instant.parse("2026-06-30T09:15:00Z"))),
                new FixtureCase(EventTypes.CASE_REOPENED_V1, 38, new CaseReopenedEvent(CASE_ID,
                        "Peter wrote to Julia directly.", JOOST, Instant.parse("2026-07-10T13:40:00Z"))));
    }

    record FixtureCase(String type, long sequenceNumber, CaseEvent event) {

        @Override
        public String toString() {
            return event.getClass().getSimpleName() + " publishes " + type;
        }
    }

    /**
     * The mapper's payload in the fixture's envelope (whose ids and time the processor takes from the event's message,
     * as event-publication's test shows): what the processor publishes for this event.
     */
    private static String published(CaseEvent event, long sequenceNumber, ExchangeOpenings openings,
                                    String envelopeOf) {
        tools.jackson.databind.node.ObjectNode fixture =
                (tools.jackson.databind.node.ObjectNode) JSON.readTree(ContractFixtures.fixture(envelopeOf));
        CaseTopicPayload payload = CaseEventMapper.toPayload(event, sequenceNumber, openings)
                .orElseThrow(() -> new AssertionError(event.getClass().getSimpleName() + " published nothing"));
        fixture.put("type", EventTypes.typeOf(payload.getClass()).orElseThrow());
        fixture.put("producer", CaseEventMapper.PRODUCER);
        fixture.set("payload", JSON.valueToTree(payload));
        return JSON.writeValueAsString(fixture);
    }

    private static String published(CaseEvent event, long sequenceNumber, ExchangeOpenings openings) {
        return published(event, sequenceNumber, openings, EventTypes.typeOf(
                CaseEventMapper.toPayload(event, sequenceNumber, openings).orElseThrow().getClass()).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void publishesTheContractsFixtureForItsDomainEvent(FixtureCase fixtureCase) {
        String json = published(fixtureCase.event(), fixtureCase.sequenceNumber(), JULIAS_EXCHANGE, fixtureCase.type());

        ContractFixtures.assertConformsToSchema(fixtureCase.type(), json);
        ObjectNode expected = (ObjectNode) JSON.readTree(ContractFixtures.fixture(fixtureCase.type()));
        ObjectNode expectedPayload = (ObjectNode) expected.get("payload");
        if (expectedPayload.has("exchangeId")) {
            // the fixture's exchange id is an example; case-service derives its own from where the exchange opened
            expectedPayload.put("exchangeId",
                    CaseEventMapper.exchangeIdOf(CASE_ID, EXCHANGE_OPENED_AT_SEQUENCE).toString());
        }
        assertThat(JSON.readTree(json)).isEqualTo(expected);
    }

    @Test
    void namesTheSameExchangeFromItsOpeningToItsClosure() {
        var ids = fixtures()
                .filter(fixtureCase -> fixtureCase.type().startsWith("MessageExchange"))
                .map(fixtureCase -> JSON.readTree(published(fixtureCase.event(), fixtureCase.sequenceNumber(),
                        JULIAS_EXCHANGE)).get("payload").get("exchangeId").asString())
                .distinct()
                .toList();

        assertThat(ids).hasSize(1);
    }

    @Test
    void givesAnExchangeOpenedAfterTheFirstOneClosedAnIdOfItsOwn() {
        assertThat(CaseEventMapper.exchangeIdOf(CASE_ID, 40))
                .isNotEqualTo(CaseEventMapper.exchangeIdOf(CASE_ID, EXCHANGE_OPENED_AT_SEQUENCE))
                .isEqualTo(CaseEventMapper.exchangeIdOf(CASE_ID, 40));
        assertThat(CaseEventMapper.exchangeIdOf(UUID.randomUUID(), EXCHANGE_OPENED_AT_SEQUENCE))
                .isNotEqualTo(CaseEventMapper.exchangeIdOf(CASE_ID, EXCHANGE_OPENED_AT_SEQUENCE));
    }

    @Test
    void publishesADeskCaseWithoutARegistration() {
        String json = published(caseOpened(null, null, CaseSource.PHONE, DESK), 0, NOT_ASKED);

        ContractFixtures.assertConformsToSchema(EventTypes.CASE_OPENED_V1, json);
        JsonNode payload = JSON.readTree(json).get("payload");
        assertThat(payload.get("registrationId").isNull()).isTrue();
        assertThat(payload.get("registrationReference").isNull()).isTrue();
        assertThat(payload.get("source").asString()).isEqualTo("PHONE");
    }

    @Test
    void publishesAFirstAssignmentWithoutAPreviousMediator() {
        String json = published(new MediatorAssignedEvent(CASE_ID, "mediator-marieke", DESK,
                Instant.parse("2026-03-16T09:00:00Z")), 2, NOT_ASKED);

        ContractFixtures.assertConformsToSchema(EventTypes.MEDIATOR_ASSIGNED_V1, json);
        JsonNode payload = JSON.readTree(json).get("payload");
        assertThat(payload.get("mediatorId").asString()).isEqualTo("mediator-marieke");
        assertThat(payload.get("previousMediatorId").isNull()).isTrue();
    }

    @Test
    void publishesASuspensionWithoutAWithdrawnConsentAsTheMediatorsDecision() {
        String json = published(new MessageExchangeSuspendedEvent(CASE_ID, null, JOOST,
                Instant.parse("2026-05-21T08:00:00Z")), SUSPENDED_AT_SEQUENCE, JULIAS_EXCHANGE);

        ContractFixtures.assertConformsToSchema(EventTypes.MESSAGE_EXCHANGE_SUSPENDED_V1, json);
        assertThat(JSON.readTree(json).get("payload").get("reason").asString()).isEqualTo("MEDIATOR_DECISION");
    }

    @Test
    void publishesAWithdrawalOfAnotherPurposeWithoutAFormOrItsRecipient() {
        String takingPart = published(consentWithdrawn(ConsentPurpose.TAKING_PART, null, null), 12, NOT_ASKED);
        String sharing = published(consentWithdrawn(ConsentPurpose.SHARE_OUTCOME, null, "public prosecutor"), 13,
                NOT_ASKED);

        ContractFixtures.assertConformsToSchema(EventTypes.CONSENT_WITHDRAWN_V1, takingPart);
        ContractFixtures.assertConformsToSchema(EventTypes.CONSENT_WITHDRAWN_V1, sharing);
        assertThat(JSON.readTree(takingPart).get("payload").get("form").isNull()).isTrue();
        assertThat(sharing).doesNotContain("prosecutor");
    }

    @Test
    void publishesNoNameContactDetailStoryReasonOrNote() {
        String everything = String.join("\n", fixtures()
                .map(fixtureCase -> published(fixtureCase.event(), fixtureCase.sequenceNumber(), JULIAS_EXCHANGE))
                .toList());

        assertThat(everything).doesNotContain("Julia", "Vries", "julia@example.org", "+31", "Oudegracht", "Utrecht",
                "Peter Bakker", "family friend", "Sanne", "Slachtofferhulp", "tutored", "break from",
                "Both felt heard", "wrote to Julia", "desk-anouk");
    }

    /** Every other domain event, built with empty components: the mapper must not even look at them. */
    static Stream<Class<?>> unpublishedEvents() {
        Set<Class<?>> published = Set.of(CaseOpenedEvent.class, MediatorAssignedEvent.class,
                MediatorReassignedEvent.class, MessageExchangeOpenedEvent.class, MessageExchangeSuspendedEvent.class,
                MessageExchangeResumedEvent.class, MessageExchangeClosedEvent.class, ConsentWithdrawnEvent.class,
                CaseClosedEvent.class, CaseReopenedEvent.class);
        return Arrays.stream(CaseEvent.class.getPermittedSubclasses()).filter(type -> !published.contains(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpublishedEvents")
    void publishesNothingForTheCasesInnerLife(Class<?> eventType) {
        CaseEvent event = emptyInstanceOf(eventType);

        Optional<CaseTopicPayload> payload = CaseEventMapper.toPayload(event, 9, NOT_ASKED);

        assertThat(payload).isEmpty();
    }

    @Test
    void decidesForEveryDomainEventWhetherItIsPublished() {
        // ten published, the rest named as unpublished: a new domain event fails this until someone decides
        assertThat(unpublishedEvents().count() + 10).isEqualTo(CaseEvent.class.getPermittedSubclasses().length);
    }

    private static CaseEvent emptyInstanceOf(Class<?> eventType) {
        RecordComponent[] components = eventType.getRecordComponents();
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] arguments = Arrays.stream(parameterTypes).map(CaseEventMapperTest::emptyValueOf).toArray();
        try {
            Constructor<?> canonical = eventType.getDeclaredConstructor(parameterTypes);
            return (CaseEvent) canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            return fail("cannot build an empty " + eventType.getSimpleName(), e);
        }
    }

    private static Object emptyValueOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        throw new IllegalArgumentException("no empty value for " + type);
    }
}
