package nl.perspectief.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.perspectief.events.intake.v1.ContactChannel;
import nl.perspectief.events.intake.v1.IncidentCategory;
import nl.perspectief.events.intake.v1.RegistrationSubmitted;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegistrationSubmittedContractTest {

    private static final String TYPE = EventTypes.REGISTRATION_SUBMITTED_V1;
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void fixtureConformsToItsSchema() {
        ContractFixtures.assertConformsToSchema(TYPE, ContractFixtures.fixture(TYPE));
    }

    @Test
    void fixtureRoundTripsThroughTheRecordsUnchanged() {
        String fixture = ContractFixtures.fixture(TYPE);

        Envelope<RegistrationSubmitted> envelope = json.readValue(fixture, new TypeReference<>() { });
        JsonNode written = json.valueToTree(envelope);

        assertThat(written).isEqualTo(json.readTree(fixture));
        assertThat(envelope.payload().reference()).isEqualTo("PH-2026-00042");
        assertThat(envelope.payload().incident().category()).isEqualTo(IncidentCategory.SEXUAL_TRANSGRESSION);
        assertThat(envelope.payload().applicant().preferredChannel()).isEqualTo(ContactChannel.EMAIL);
    }

    @Test
    void wireTypeNamesItsPayloadRecord() {
        assertThat(EventTypes.payloadTypeOf(TYPE)).contains(RegistrationSubmitted.class);
        assertThat(EventTypes.payloadTypeOf("nl.perspectief.events.intake.v1.RegistrationSubmitted")).isEmpty();
    }

    @Test
    void schemaRefusesAReferrerWithoutTheClientsConsent() {
        String withoutConsent = ContractFixtures.fixture(TYPE).replace("\"referrer\": null",
                "\"referrer\": {\"subjectId\": \"c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f\", \"organisation\": \"Slachtofferhulp\","
                        + " \"fullName\": \"Ria Jansen\", \"email\": null, \"phone\": null, \"clientConsentConfirmed\": false}");

        assertThatThrownBy(() -> ContractFixtures.assertConformsToSchema(TYPE, withoutConsent))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("clientConsentConfirmed");
    }
}
