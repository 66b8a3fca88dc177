package nl.perspectief.intake.registration.web;

import static nl.perspectief.intake.registration.RegistrationFixtures.WEBSITE_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.perspectief.intake.config.IntakeProperties;
import nl.perspectief.intake.config.IntakeSecurity;
import nl.perspectief.intake.registration.api.RegistrationReceipt;
import nl.perspectief.intake.registration.api.SubmitRegistrationCommand;
import nl.perspectief.publicdefences.Honeypot;
import nl.perspectief.publicdefences.PublicDefencesAutoConfiguration;
import nl.perspectief.security.StaffSecurityAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@WebMvcTest(controllers = RegistrationController.class,
        // every test here posts from the same address; the limits have tests of their own
        properties = {"perspectief.intake.rate-limits.per-client.requests=100000",
                "perspectief.intake.rate-limits.per-client.burst=100000"})
@Import({RegistrationDefences.class, RegistrationRequestRules.class, HoneypotAnswers.class, IntakeSecurity.class})
@ImportAutoConfiguration({StaffSecurityAutoConfiguration.class, PublicDefencesAutoConfiguration.class})
@EnableConfigurationProperties(IntakeProperties.class)
class RegistrationControllerTest {

    private static final Instant NOW = Instant.parse("2026-03-14T22:41:07Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        SentCommands sentCommands() {
            return new SentCommands();
        }

        /** A real command bus whose only handler records what the controller sends. */
        @Bean
        CommandGateway commandGateway(SentCommands sent) {
            SimpleCommandBus bus = SimpleCommandBus.builder().build();
            bus.subscribe(SubmitRegistrationCommand.class.getName(), message -> {
                sent.add((SubmitRegistrationCommand) message.getPayload());
                return new RegistrationReceipt(((SubmitRegistrationCommand) message.getPayload()).registrationId(), "PH-2026-00042");
            });
            return DefaultCommandGateway.builder().commandBus(bus).build();
        }

        @Bean
        QueryGateway queryGateway() {
            return DefaultQueryGateway.builder().queryBus(SimpleQueryBus.builder().build()).build();
        }
    }

    static class SentCommands extends CopyOnWriteArrayList<SubmitRegistrationCommand> {
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private SentCommands sent;

    @BeforeEach
    void forgetEarlierCommands() {
        sent.clear();
    }

    private static String website(Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) JSON.readTree(WEBSITE_JSON);
        change.accept(body);
        return JSON.writeValueAsString(body);
    }

    private static ObjectNode at(ObjectNode body, String field) {
        return (ObjectNode) body.get(field);
    }

    private ResultActions post(String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions refused(String json, String field, String rule) throws Exception {
        ResultActions result = post(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value("https://perspectief.nl/problems/invalid-registration"))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "' && @.rule == '" + rule + "')]").exists());
        assertThat(sent).as("nothing submitted").isEmpty();
        return result;
    }

    @Test
    void acceptsTheWebsitesExampleAndAnswersWithTheReceipt() throws Exception {
        ResultActions result = post(WEBSITE_JSON);

        assertThat(sent).hasSize(1);
        SubmitRegistrationCommand command = sent.getFirst();
        UUID id = command.registrationId();
        result.andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/registrations/" + id))
                .andExpect(jsonPath("$.registrationId").value(id.toString()))
                .andExpect(jsonPath("$.reference").value("PH-2026-00042"));
        assertThat(command.submittedAt()).isEqualTo(NOW);
        assertThat(command.applicant().fullName()).isEqualTo("Julia de Vries");
        assertThat(command.applicant().story()).startsWith("He tutored me");
        assertThat(command.applicant().subjectId()).isNotEqualTo(command.otherParty().subjectId());
        assertThat(command.idempotencyKey()).isNull();
    }

    @Test
    void passesTheIdempotencyKeyWithAHashOfTheRequest() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/registrations")
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "form-7f3a-1").content(WEBSITE_JSON))
                .andExpect(status().isCreated());

        assertThat(sent).singleElement().satisfies(command -> {
            assertThat(command.idempotencyKey()).isEqualTo("form-7f3a-1");
            assertThat(command.requestSha256()).matches("[0-9a-f]{64}");
        });
    }

    @Test
    void refusesAnIdempotencyKeyWithUnprintableCharacters() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/registrations")
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "a".repeat(256)).content(WEBSITE_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void answersTheHoneypotAsAcceptedWithoutSubmittingAndCountsIt() throws Exception {
        double before = meters.counter(Honeypot.TRIGGERED, "endpoint", "registration").count();

        post(website(body -> body.put("website", "https://spam.example")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/registrations/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.reference").value(matchesPattern("PH-2026-\\d{5}")));

        assertThat(sent).isEmpty();
        assertThat(meters.counter(Honeypot.TRIGGERED, "endpoint", "registration").count()).isEqualTo(before + 1);
    }

    @Test
    void refusesAnUnknownFieldNamingIt() throws Exception {
        refused(website(body -> at(body, "applicant").put("nickname", "Jules")), "applicant.nickname", "UnknownField");
    }

    @Test
    void refusesAnUnknownEnumValueListingTheAllowedOnes() throws Exception {
        refused(website(body -> at(body, "applicant").put("role", "HERO")), "applicant.role", "AllowedValues")
                .andExpect(jsonPath("$.errors[0].message", containsString("VICTIM, BEREAVED_RELATIVE, OFFENDER")));
    }

    @Test
    void refusesAValueOfTheWrongType() throws Exception {
        refused(website(body -> at(body, "applicant").put("minor", "perhaps")), "applicant.minor", "Type");
    }

    @Test
    void namesEveryBadFieldAtOnceWhateverKindOfProblemEachHas() throws Exception {
        String body = website(registration -> {
            at(registration, "applicant").put("nickname", "Jules");
            at(registration, "applicant").put("role", "HERO");
            at(registration, "applicant").put("minor", "perhaps");
            at(registration, "applicant").put("email", "not an address");
            at(registration, "incident").put("criminalProceedings", 7);
            at(registration, "otherParty").putArray("known");
            registration.put("privacyStatementAccepted", false);
        });

        post(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(7)))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.nickname' && @.rule == 'UnknownField')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.role' && @.rule == 'AllowedValues')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.minor' && @.rule == 'Type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.email' && @.rule == 'Email')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'incident.criminalProceedings' && @.rule == 'AllowedValues')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'otherParty.known' && @.rule == 'Type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'privacyStatementAccepted' && @.rule == 'AssertTrue')]").exists());
        assertThat(sent).as("nothing submitted").isEmpty();
    }

    @Test
    void refusesMalformedJson() throws Exception {
        refused("{\"applicant\": {", "$", "MalformedJson");
    }

    @Test
    void refusesAMissingBody() throws Exception {
        refused("", "$", "Required");
    }

    @Test
    void refusesARegistrationWithoutThePrivacyStatementAccepted() throws Exception {
        refused(website(body -> body.put("privacyStatementAccepted", false)), "privacyStatementAccepted", "AssertTrue");
    }

    @Test
    void refusesAMissingBooleanInsteadOfTakingItAsFalse() throws Exception {
        refused(website(body -> at(body, "applicant").remove("minor")), "applicant.minor", "NotNull");
    }

    @Test
    void refusesAnInvalidEmailAddress() throws Exception {
        refused(website(body -> at(body, "applicant").put("email", "julia.example.org")), "applicant.email", "Email");
    }

    @Test
    void refusesAPhoneNumberWithLetters() throws Exception {
        refused(website(body -> at(body, "applicant").put("phone", "call me maybe")), "applicant.phone", "Pattern");
    }

    @Test
    void refusesANameLongerThan200Characters() throws Exception {
        refused(website(body -> at(body, "applicant").put("fullName", "J".repeat(201))), "applicant.fullName", "Size");
    }

    @Test
    void refusesAStoryLongerThan5000Characters() throws Exception {
        refused(website(body -> body.put("story", "x".repeat(5001))), "story", "Size");
    }

    @Test
    void refusesAnApplicantWhoCannotBeReached() throws Exception {
        refused(website(body -> at(body, "applicant").putNull("email").putNull("phone")), "applicant", "ApplicantUnreachable");
    }

    @Test
    void refusesEmailAsPreferredChannelWithoutAnEmailAddress() throws Exception {
        refused(website(body -> at(body, "applicant").putNull("email")), "applicant.email", "PreferredChannelWithoutContactDetail");
    }

    @Test
    void refusesPhoneAsPreferredChannelWithoutAPhoneNumber() throws Exception {
        refused(website(body -> at(body, "applicant").put("preferredChannel", "PHONE").put("phone", "")),
                "applicant.phone", "PreferredChannelWithoutContactDetail");
    }

    @Test
    void refusesPostAsPreferredChannelWithoutAPostalAddress() throws Exception {
        refused(website(body -> at(body, "applicant").put("preferredChannel", "POST")),
                "applicant.postalAddress", "PreferredChannelWithoutContactDetail");
    }

    @Test
    void refusesAPostalAddressWithoutACity() throws Exception {
        refused(website(body -> at(body, "applicant").put("preferredChannel", "POST").putObject("postalAddress")
                .put("street", "Oudegracht 1").put("postalCode", "3511 AA")), "applicant.postalAddress.city", "NotBlank");
    }

    @Test
    void refusesAReferrerWithoutTheClientsConsent() throws Exception {
        refused(website(body -> body.putObject("referrer").put("organisation", "Slachtofferhulp").put("fullName", "Ria Jansen")
                .put("clientConsentConfirmed", false)), "referrer.clientConsentConfirmed", "AssertTrue");
    }

    @Test
    void refusesAKnownOtherPartyWithNeitherNameNorRelationship() throws Exception {
        refused(website(body -> at(body, "otherParty").putNull("fullName").putNull("relationship")),
                "otherParty", "KnownOtherPartyWithoutDetails");
    }

    @Test
    void refusesANameForAnOtherPartyWhoIsNotKnown() throws Exception {
        refused(website(body -> at(body, "otherParty").put("known", false)), "otherParty.fullName", "UnknownOtherPartyWithName");
    }

    @Test
    void refusesAnIncidentDateInAnotherFormat() throws Exception {
        refused(website(body -> at(body, "incident").put("approximateDate", "09/2015")), "incident.approximateDate", "ApproximateDate");
    }

    @Test
    void refusesAnIncidentDateThatDoesNotExist() throws Exception {
        refused(website(body -> at(body, "incident").put("approximateDate", "2015-02-30")), "incident.approximateDate", "ApproximateDate");
    }

    @Test
    void refusesAnIncidentDateInTheFuture() throws Exception {
        refused(website(body -> at(body, "incident").put("approximateDate", "2026-03-15")), "incident.approximateDate", "NotInTheFuture");
    }

    @Test
    void namesEveryBadFieldAtOnce() throws Exception {
        refused(website(body -> {
            at(body, "applicant").put("email", "not-an-email").putNull("fullName");
            at(body, "incident").putNull("category");
            body.put("privacyStatementAccepted", false);
        }), "applicant.email", "Email")
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("applicant.fullName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("incident.category")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("privacyStatementAccepted")));
    }

    @Test
    void neverEchoesTheRejectedValue() throws Exception {
        refused(website(body -> at(body, "applicant").put("email", "Canary Zwanenburg-7f3a")), "applicant.email", "Email")
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Zwanenburg"))));
    }

    @Test
    void refusesABodyOver64KibByItsContentLength() throws Exception {
        post(website(body -> body.put("story", "x".repeat(70_000))))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413));
        assertThat(sent).isEmpty();
    }
}
