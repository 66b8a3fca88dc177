package nl.perspectief.intake.registration.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.intake.v1.ApplicantRole;
import nl.perspectief.events.intake.v1.ContactChannel;
import nl.perspectief.events.intake.v1.CriminalProceedings;
import nl.perspectief.events.intake.v1.IncidentCategory;
import nl.perspectief.events.intake.v1.RegistrationSource;
import nl.perspectief.intake.registration.api.Applicant;
import nl.perspectief.intake.registration.api.Incident;
import nl.perspectief.intake.registration.api.OtherParty;
import nl.perspectief.intake.registration.api.PostalAddress;
import nl.perspectief.intake.registration.api.Referrer;
import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;
import tools.jackson.databind.json.JsonMapper;

class RegistrationSubmittedMapperTest {

    private static final String TYPE = EventTypes.REGISTRATION_SUBMITTED_V1;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID CORRELATION = UUID.fromString("0d9a3c55-6b1e-4f0a-8d2c-7e5b4a3f2e19");

    /** The domain event behind the published fixture, field for field. */
    private static RegistrationSubmittedEvent eventOfTheFixture(Referrer referrer, PostalAddress address) {
        Instant at = Instant.parse("2026-03-14T22:41:07Z");
        return new RegistrationSubmittedEvent(UUID.fromString("3f2b8c4d-9e1a-4b7c-8d6e-5f4a3b2c1d0e"), "PH-2026-00042", at,
                RegistrationSource.WEBSITE,
                new Applicant(UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"), ApplicantRole.VICTIM, "Julia de Vries",
                        "julia@example.org", "+31 6 12345678", address, ContactChannel.EMAIL, false, false,
                        "He tutored me almost every week in high school. I want him to know how it affected me."),
                new Incident(IncidentCategory.SEXUAL_TRANSGRESSION, "2015-09", false, CriminalProceedings.NONE),
                new OtherParty(UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"), true, "Peter Bakker", "family friend, tutor"),
                referrer);
    }

    private static String published(RegistrationSubmittedEvent event) {
        return RegistrationSubmittedMapper.toJson(RegistrationSubmittedMapper.toEnvelope(event,
                UUID.fromString("5b0f7c1e-2f4a-4d8e-9a41-0c6f3f1b2a10"), event.submittedAt(), CORRELATION, CORRELATION));
    }

    @Test
    void publishesExactlyTheContractsFixture() {
        String json = published(eventOfTheFixture(null, null));

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(ContractFixtures.fixture(TYPE)));
    }

    @Test
    void publishesAReferrerAndAPostalAddressAsTheSchemaDescribes() {
        var referrer = new Referrer(UUID.randomUUID(), "Slachtofferhulp Nederland", "Ria Jansen", "ria@example.org",
                null, true);
        var address = new PostalAddress("Oudegracht 1", "3511 AA", "Utrecht", null);

        ContractFixtures.assertConformsToSchema(TYPE, published(eventOfTheFixture(referrer, address)));
    }
}
