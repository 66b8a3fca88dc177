package nl.perspectief.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static nl.perspectief.localstack.CaseSteps.MEDIATOR;
import static nl.perspectief.localstack.CaseSteps.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stretch every story of the end-to-end tests walks in case-service, from the website's registration to an
 * agreed form of contact: triage by the desk, the applicant's consents, the approach of the other party, the
 * preparation of both and their consents to the form. Each step checks what the case says next, as a mediator reads it.
 */
final class RoadToContact {

    /** The timeline's codes of each stretch, in order. */
    static final List<String> TRIAGED = List.of("CASE_OPENED", "CASE_ACCEPTED", "MEDIATOR_ASSIGNED");
    static final List<String> APPLICANT_READY_FOR_APPROACH = List.of("FIRST_CONVERSATION_HELD",
            "CONSENT_RECORDED", "CONSENT_RECORDED", "CONSENT_RECORDED");
    static final List<String> OTHER_PARTY_OPEN_TO_CONTACT = List.of("CONTACT_ATTEMPTED", "PARTY_RESPONDED",
            "CONSENT_RECORDED");
    static final List<String> BOTH_PREPARED_AND_AGREED = List.of("PREPARATION_TALK_HELD",
            "PREPARATION_TALK_HELD", "FORM_OF_CONTACT_PROPOSED", "CONSENT_RECORDED", "CONSENT_RECORDED",
            "FORM_OF_CONTACT_AGREED");

    private RoadToContact() {
    }

    record Parties(UUID applicant, UUID otherParty) {
    }

    record Registered(String reference, CaseSteps steps) {
    }

    /** Each party's consent to the agreed form of contact. */
    record FormConsents(UUID applicant, UUID otherParty) {
    }

    /** Posted as the website posts it; the case is found in case-service by the registration's reference. */
    static Registered registeredOnTheWebsite(Stack stack, String registration) throws Exception {
        var registrations = new Registrations(stack.intake().baseUri(), stack.cases().baseUri());
        var receipt = registrations.submit(registration, UUID.randomUUID().toString());
        assertThat(receipt.status()).isEqualTo(201);
        var opened = registrations.awaitCase(receipt.reference(), Duration.ofSeconds(60), Duration.ofMillis(50));
        assertThat(opened.path("status").asString()).isEqualTo("AWAITING_TRIAGE");
        var steps = CaseSteps.follow(stack.cases().baseUri(), UUID.fromString(opened.path("caseId").asString()));
        return new Registered(receipt.reference(), steps);
    }

    /** The desk takes it on and gives it to the mediator; the case's parties as the registration named them. */
    static Parties triaged(CaseSteps steps) {
        assertThat(steps.detail().path("nextStep").path("code").asString()).isEqualTo("TRIAGE");
        steps.accept();
        steps.assignMediator(MEDIATOR);
        var detail = steps.detail();
        assertThat(detail.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(detail.path("mediatorId").asString()).isEqualTo(MEDIATOR.id());
        assertThat(detail.path("nextStep").path("code").asString()).isEqualTo("FIRST_CONVERSATION");
        return new Parties(partyIn(detail, "APPLICANT"), partyIn(detail, "OTHER_PARTY"));
    }

    /** First conversation, and the applicant's consents to take part, to an approach and to be named; the first one's id. */
    static UUID applicantReadyForApproach(CaseSteps steps, Parties parties, String summary) {
        steps.firstConversation(summary);
        var takingPart = steps.consent(parties.applicant(), "TAKING_PART");
        steps.consent(parties.applicant(), "APPROACH_OTHER_PARTY");
        steps.consent(parties.applicant(), "BE_NAMED_TO_OTHER_PARTY");
        assertThat(steps.detail().path("nextStep").path("code").asString()).isEqualTo("APPROACH_OTHER_PARTY");
        return takingPart;
    }

    /** The other party is approached, named the applicant, answers that they are open to contact and take part. */
    static void otherPartyOpenToContact(CaseSteps steps, Parties parties, String channel, String answer) {
        steps.contactAttempt(parties.otherParty(), channel, true, LocalDate.now().plusWeeks(2));
        assertThat(steps.detail().path("nextStep").path("code").asString()).isEqualTo("AWAIT_RESPONSE");
        steps.response(parties.otherParty(), "OPEN_TO_CONTACT", answer);
        steps.consent(parties.otherParty(), "TAKING_PART");
    }

    /** A preparation talk with each, the form proposed, both consent to it, and it is agreed; their consents to it. */
    static FormConsents bothPreparedFor(CaseSteps steps, Parties parties, String form) {
        steps.preparationTalk(parties.applicant(), "Prepared the applicant for the " + form.toLowerCase() + ".");
        steps.preparationTalk(parties.otherParty(), "Prepared the other party for the " + form.toLowerCase() + ".");
        assertThat(steps.detail().path("nextStep").path("code").asString()).isEqualTo("AGREE_FORM_OF_CONTACT");
        steps.proposeFormOfContact(form);
        var consents = new FormConsents(steps.consent(parties.applicant(), "FORM_OF_CONTACT", form, null),
                steps.consent(parties.otherParty(), "FORM_OF_CONTACT", form, null));
        steps.agreeFormOfContact(form);
        var formOfContact = steps.detail().path("formOfContact");
        assertThat(formOfContact.path("proposed").asString()).isEqualTo(form);
        assertThat(formOfContact.path("agreed").asString()).isEqualTo(form);
        return consents;
    }

    static UUID partyIn(JsonNode detail, String role) {
        return detail.path("parties").valueStream()
                .filter(p -> p.path("role").asString().equals(role))
                .map(p -> UUID.fromString(p.path("partyId").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + role + " in " + detail.path("parties")));
    }

    /** A registration as the website posts it. */
    static String registration(String role, String fullName, String email, String category, String when,
                               String otherParty, String relationship, String story) {
        return JsonMapper.builder().build().writeValueAsString(body(
                "applicant", body("role", role, "fullName", fullName, "email", email, "phone", "+31 6 12345678",
                        "postalAddress", null, "preferredChannel", "EMAIL", "safeToLeaveMessages", false,
                        "minor", false),
                "incident", body("category", category, "approximateDate", when, "policeReportFiled", false,
                        "criminalProceedings", "NONE"),
                "otherParty", body("known", true, "fullName", otherParty, "relationship", relationship),
                "story", story,
                "referrer", null,
                "privacyStatementAccepted", true,
                "website", ""));
    }
}
