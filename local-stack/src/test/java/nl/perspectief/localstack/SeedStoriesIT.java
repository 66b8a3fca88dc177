package nl.perspectief.localstack;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static nl.perspectief.localstack.CaseSteps.MEDIATOR;
import static nl.perspectief.localstack.CaseSteps.body;
import static nl.perspectief.localstack.CaseSteps.typesOf;
import static nl.perspectief.localstack.RoadToContact.APPLICANT_READY_FOR_APPROACH;
import static nl.perspectief.localstack.RoadToContact.BOTH_PREPARED_AND_AGREED;
import static nl.perspectief.localstack.RoadToContact.OTHER_PARTY_OPEN_TO_CONTACT;
import static nl.perspectief.localstack.RoadToContact.TRIAGED;
import static nl.perspectief.localstack.RoadToContact.applicantReadyForApproach;
import static nl.perspectief.localstack.RoadToContact.bothPreparedFor;
import static nl.perspectief.localstack.RoadToContact.otherPartyOpenToContact;
import static nl.perspectief.localstack.RoadToContact.registeredOnTheWebsite;
import static nl.perspectief.localstack.RoadToContact.registration;
import static nl.perspectief.localstack.RoadToContact.triaged;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six stories of the seed (Julia, Francel, Jolanda, Gaby, Esther, Manon), each walked from registration
 * to closure through the HTTP APIs of the running services, as the website, the desk and the mediator would:
 * one stack (PostgreSQL, Kafka, intake-service, case-service) for all of them. At the end of each, the case is
 * closed and its timeline tells the story step by step; after all of them, no name appears in any log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedStoriesIT {

    @RegisterExtension
    static final LocalStackExtension LOCAL = LocalStackExtension.shared();

    /** Every name and address of the stories, looked for in the logs at the end. */
    private static final List<String> PERSONAL_DATA = List.of(
            "Julia", "Verhoef", "Ruud Kramer", "julia.verhoef@example.org",
            "Francel", "Jansen", "Henk Dijkstra", "francel.jansen@example.org",
            "Jolanda", "Damian", "Perry", "Marco Bos", "Sandra Bos", "jolanda.smit@example.org",
            "Gaby", "Wim Mulder", "gaby.mulder@example.org",
            "Esther", "Bas de Graaf", "esther.vandijk@example.org",
            "Manon", "Visser", "Kees Hendriks", "manon.visser@example.org");

    @Test
    @Order(1)
    void juliaTellsTheFamilyFriendHowItStillAffectsHer() throws Exception {
        var registered = registeredOnTheWebsite(LOCAL.stack(), registration("VICTIM", "Julia Verhoef", "julia.verhoef@example.org",
                "SEXUAL_TRANSGRESSION", "2014-09", "Ruud Kramer", "family friend, tutor",
                "He tutored me almost weekly in high school. I want him to know how it affected me."));
        var julia = registered.steps();
        var parties = triaged(julia);

        applicantReadyForApproach(julia, parties, "She wants to let him know how it affected her and still does.");
        otherPartyOpenToContact(julia, parties, "LETTER", "He is willing to read what she writes.");
        bothPreparedFor(julia, parties, "MESSAGE_EXCHANGE");
        julia.openMessageExchange();
        assertThat(julia.detail().path("messageExchange").path("state").asString()).isEqualTo("OPEN");
        julia.closeMessageExchange();
        julia.close("CONTACT_TOOK_PLACE", "Letters exchanged through the mediator; she stood up for herself.");

        assertClosedAndTold(julia, "CONTACT_TOOK_PLACE", concat(TRIAGED, APPLICANT_READY_FOR_APPROACH,
                OTHER_PARTY_OPEN_TO_CONTACT, BOTH_PREPARED_AND_AGREED,
                List.of("MESSAGE_EXCHANGE_OPENED", "MESSAGE_EXCHANGE_CLOSED", "CASE_CLOSED")));
    }

    @Test
    @Order(2)
    void francelCallsTheDeskAndMeetsTheDriverWhoHitHisDaughter() {
        // two weeks after the accident, Francel phones; the desk opens the case from the call
        var opened = CaseSteps.openByDesk(cases(), body(
                "source", "PHONE",
                "receivedAt", Instant.now().minus(Duration.ofHours(1)),
                "applicant", body("role", "FAMILY_MEMBER", "fullName", "Francel Jansen",
                        "email", "francel.jansen@example.org", "phone", "+31 6 23456789", "postalAddress", null,
                        "preferredChannel", "PHONE", "safeToLeaveMessages", true, "minor", false),
                "otherParty", body("known", true, "fullName", "Henk Dijkstra", "relationship", "truck driver"),
                "incident", body("category", "TRAFFIC_ACCIDENT", "approximateDate", LocalDate.now().minusWeeks(2),
                        "policeReportFiled", true, "criminalProceedings", "INVESTIGATION"),
                "story", "My 15-year-old daughter was hit by a truck. I heard the driver is on sick leave.",
                "referrer", null));
        var francel = opened.steps();
        assertThat(francel.detail().path("status").asString()).isEqualTo("AWAITING_TRIAGE");
        francel.accept();
        francel.assignMediator(MEDIATOR);
        var parties = new RoadToContact.Parties(opened.applicantId(), opened.otherPartyId());

        applicantReadyForApproach(francel, parties, "He proposes to meet the driver: both would feel better after.");
        otherPartyOpenToContact(francel, parties, "PHONE", "The driver wants to meet the father.");
        bothPreparedFor(francel, parties, "MEETING");
        var meeting = francel.scheduleMeeting("MEETING", "OFFICE", List.of());
        assertThat(francel.detail().path("nextStep").path("code").asString()).isEqualTo("HOLD_MEETING");
        francel.meetingHeld(meeting);
        assertThat(francel.detail().path("nextStep").path("code").asString()).isEqualTo("CLOSE");
        francel.close("CONTACT_TOOK_PLACE", "They met at the office.");

        assertClosedAndTold(francel, "CONTACT_TOOK_PLACE", concat(TRIAGED, APPLICANT_READY_FOR_APPROACH,
                OTHER_PARTY_OPEN_TO_CONTACT, BOTH_PREPARED_AND_AGREED,
                List.of("MEETING_SCHEDULED", "MEETING_HELD", "CASE_CLOSED")));
        assertThat(francel.detail().path("source").asString()).isEqualTo("PHONE");
    }

    @Test
    @Order(3)
    void jolandaTalksWithTheBoyWhoKilledHerSonAndLaterWithHisParents() throws Exception {
        var registered = registeredOnTheWebsite(LOCAL.stack(), registration("BEREAVED_RELATIVE", "Jolanda Smit",
                "jolanda.smit@example.org", "HOMICIDE", "2021", "Damian Bos", "friend of my son Perry",
                "Damian stabbed my son Perry in a parking lot. I want to know what had gotten into him."));
        var jolanda = registered.steps();
        var parties = triaged(jolanda);

        applicantReadyForApproach(jolanda, parties, "She wants answers from Damian.");
        otherPartyOpenToContact(jolanda, parties, "THROUGH_JUSTICE_PARTNER", "Damian is willing to talk.");
        bothPreparedFor(jolanda, parties, "MEETING");
        var talk = jolanda.scheduleMeeting("MEETING", "PRISON", List.of());
        jolanda.meetingHeld(talk);

        // later: a conference with Damian's parents too
        var father = jolanda.addNetworkMember("Marco Bos", "OTHER_PARTY_SIDE");
        var mother = jolanda.addNetworkMember("Sandra Bos", "OTHER_PARTY_SIDE");
        jolanda.contactAttempt(father, "LETTER", true, LocalDate.now().plusWeeks(2));
        jolanda.response(father, "OPEN_TO_CONTACT", "Both parents want to take part.");
        jolanda.consent(father, "CONFERENCE_PARTICIPATION");
        jolanda.consent(mother, "CONFERENCE_PARTICIPATION");
        jolanda.preparationTalk(father, "Prepared the parents for the conference.");
        jolanda.proposeFormOfContact("CONFERENCE");
        jolanda.consent(parties.applicant(), "FORM_OF_CONTACT", "CONFERENCE", null);
        jolanda.consent(parties.otherParty(), "FORM_OF_CONTACT", "CONFERENCE", null);
        jolanda.agreeFormOfContact("CONFERENCE");
        var conference = jolanda.scheduleMeeting("CONFERENCE", "OFFICE", List.of(father, mother));
        var scheduled = jolanda.detail().path("meetings").get(1);
        assertThat(scheduled.path("form").asString()).isEqualTo("CONFERENCE");
        assertThat(scheduled.path("networkMemberIds").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder(father.toString(), mother.toString());
        jolanda.meetingHeld(conference);
        jolanda.close("CONTACT_TOOK_PLACE", "Answers and peace: a talk with Damian, then a conference with his parents.");

        assertClosedAndTold(jolanda, "CONTACT_TOOK_PLACE", concat(TRIAGED, APPLICANT_READY_FOR_APPROACH,
                OTHER_PARTY_OPEN_TO_CONTACT, BOTH_PREPARED_AND_AGREED,
                List.of("MEETING_SCHEDULED", "MEETING_HELD",
                        "PARTY_ADDED", "PARTY_ADDED", "CONTACT_ATTEMPTED", "PARTY_RESPONDED",
                        "CONSENT_RECORDED", "CONSENT_RECORDED", "PREPARATION_TALK_HELD",
                        "FORM_OF_CONTACT_PROPOSED", "CONSENT_RECORDED", "CONSENT_RECORDED", "FORM_OF_CONTACT_AGREED",
                        "MEETING_SCHEDULED", "MEETING_HELD", "CASE_CLOSED")));
        assertThat(jolanda.detail().path("meetings").valueStream().map(m -> m.path("state").asString()).toList())
                .containsExactly("HELD", "HELD");
    }

    @Test
    @Order(4)
    void gabyHandsTheSecretBackToHerUncleAndBothAgreeToShareTheOutcome() throws Exception {
        var registered = registeredOnTheWebsite(LOCAL.stack(), registration("VICTIM", "Gaby Mulder", "gaby.mulder@example.org",
                "SEXUAL_TRANSGRESSION", "1990", "Wim Mulder", "uncle",
                "My uncle abused me when I was a child. I want to hand the secret and the responsibility back."));
        var gaby = registered.steps();
        var parties = triaged(gaby);

        applicantReadyForApproach(gaby, parties, "She wants to take back her agency and her freedom.");
        otherPartyOpenToContact(gaby, parties, "LETTER", "The uncle agrees to a conversation.");
        bothPreparedFor(gaby, parties, "MEETING");
        var meeting = gaby.scheduleMeeting("MEETING", "PARTY_CHOSEN_PLACE", List.of());
        gaby.meetingHeld(meeting);
        // the case has no step that shares the outcome; what it keeps is that both agreed to it
        var prosecutor = "Openbaar Ministerie";
        gaby.consent(parties.applicant(), "SHARE_OUTCOME", null, prosecutor);
        gaby.consent(parties.otherParty(), "SHARE_OUTCOME", null, prosecutor);
        gaby.close("CONTACT_TOOK_PLACE", "The conversation took place; the outcome may go to the public prosecutor.");

        assertClosedAndTold(gaby, "CONTACT_TOOK_PLACE", concat(TRIAGED, APPLICANT_READY_FOR_APPROACH,
                OTHER_PARTY_OPEN_TO_CONTACT, BOTH_PREPARED_AND_AGREED,
                List.of("MEETING_SCHEDULED", "MEETING_HELD", "CONSENT_RECORDED", "CONSENT_RECORDED", "CASE_CLOSED")));
        var sharing = gaby.detail().path("activeConsents").valueStream()
                .filter(c -> c.path("purpose").asString().equals("SHARE_OUTCOME")).toList();
        assertThat(sharing).extracting(c -> c.path("partyId").asString())
                .containsExactlyInAnyOrder(parties.applicant().toString(), parties.otherParty().toString());
        assertThat(sharing).allSatisfy(c -> assertThat(c.path("recipient").asString()).isEqualTo(prosecutor));
    }

    @Test
    @Order(5)
    void estherWithdrawsAfterTheMeetingWasScheduledAndNothingMoreIsArranged() throws Exception {
        var registered = registeredOnTheWebsite(LOCAL.stack(), registration("VICTIM", "Esther van Dijk",
                "esther.vandijk@example.org", "SEXUAL_TRANSGRESSION", "1996", "Bas de Graaf", "fellow student",
                "Something happened one night when I was a student. The memory recently resurfaced."));
        var esther = registered.steps();
        var parties = triaged(esther);
        var takingPart = applicantReadyForApproach(esther, parties, "The memory resurfaced; she wants to talk with him.");

        // first the other party does not answer: past the follow-up date, the case is waiting
        esther.contactAttempt(parties.otherParty(), "LETTER", true, LocalDate.now().minusDays(3));
        assertThat(esther.listed("waiting=true")).as("waiting after an unanswered letter").isTrue();
        assertThat(esther.detail().path("nextStep").path("code").asString()).isEqualTo("AWAIT_RESPONSE");
        esther.contactAttempt(parties.otherParty(), "PHONE", true, LocalDate.now().plusWeeks(1));
        assertThat(esther.listed("waiting=true")).as("waiting once tried again with a new date").isFalse();
        esther.response(parties.otherParty(), "OPEN_TO_CONTACT", "Reached by phone; he is willing to talk.");
        esther.consent(parties.otherParty(), "TAKING_PART");
        bothPreparedFor(esther, parties, "MEETING");
        var meeting = esther.scheduleMeeting("MEETING", "OFFICE", List.of());

        // then she no longer wants to take part: the meeting is cancelled in the same step
        esther.withdrawConsent(takingPart, "She no longer wants the contact.");
        var detail = esther.detail();
        var cancelled = detail.path("meetings").get(0);
        assertThat(cancelled.path("meetingId").asString()).isEqualTo(meeting.toString());
        assertThat(cancelled.path("state").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("cancellationReason").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(consentIds(detail.path("activeConsents"))).doesNotContain(takingPart.toString());

        var refusal = esther.refusedStep(MEDIATOR, "meetings", CaseSteps.meeting("MEETING", "OFFICE", List.of()), 422);
        assertThat(refusal.path("rule").asString()).isEqualTo("ContactWithoutConsent");
        assertThat(refusal.path("missingConsents").valueStream().toList()).anySatisfy(missing -> {
            assertThat(missing.path("partyId").asString()).isEqualTo(parties.applicant().toString());
            assertThat(missing.path("purpose").asString()).isEqualTo("TAKING_PART");
        });
        esther.close("APPLICANT_WITHDREW", "She withdrew before the meeting.");

        var timeline = assertClosedAndTold(esther, "APPLICANT_WITHDREW", concat(TRIAGED, APPLICANT_READY_FOR_APPROACH,
                List.of("CONTACT_ATTEMPTED", "CONTACT_ATTEMPTED", "PARTY_RESPONDED", "CONSENT_RECORDED"),
                BOTH_PREPARED_AND_AGREED,
                List.of("MEETING_SCHEDULED", "CONSENT_WITHDRAWN", "MEETING_CANCELLED", "CASE_CLOSED")));
        var entries = timeline.path("entries").valueStream().toList();
        var withdrawal = entries.stream().filter(e -> e.path("type").asString().equals("CONSENT_WITHDRAWN"))
                .findFirst().orElseThrow();
        var beforeWithdrawal = entries.get(entries.indexOf(withdrawal) - 1);
        assertThat(consentIds(beforeWithdrawal.path("consentsActiveAfter"))).contains(takingPart.toString());
        assertThat(consentIds(withdrawal.path("consentsActiveAfter"))).doesNotContain(takingPart.toString());
        entries.subList(entries.indexOf(withdrawal), entries.size()).forEach(entry ->
                assertThat(consentIds(entry.path("consentsActiveAfter"))).as(entry.path("type").asString())
                        .doesNotContain(takingPart.toString()));
    }

    @Test
    @Order(6)
    void manonMeetsTheTruckDriverThreeYearsLaterAndHearsFromTheMediatorAfterwards() throws Exception {
        var registered = registeredOnTheWebsite(LOCAL.stack(), registration("VICTIM", "Manon Visser", "manon.visser@example.org",
                "TRAFFIC_ACCIDENT", String.valueOf(LocalDate.now().getYear() - 3), "Kees Hendriks", "truck driver",
                "I was 17 when a truck hit me and I lost my foot. I want to meet the driver."));
        var manon = registered.steps();
        var parties = triaged(manon);

        applicantReadyForApproach(manon, parties, "Three years on, she wants to meet the driver.");
        otherPartyOpenToContact(manon, parties, "LETTER", "The driver wants to meet her.");
        bothPreparedFor(manon, parties, "MEETING");
        var meeting = manon.scheduleMeeting("MEETING", "OFFICE", List.of());
        manon.meetingHeld(meeting);
        manon.close("CONTACT_TOOK_PLACE", "They met; she saw he never had bad intentions.");
        manon.aftercareContact(parties.applicant(), "Called her a month later; she is doing well.");

        assertClosedAndTold(manon, "CONTACT_TOOK_PLACE", concat(TRIAGED, APPLICANT_READY_FOR_APPROACH,
                OTHER_PARTY_OPEN_TO_CONTACT, BOTH_PREPARED_AND_AGREED,
                List.of("MEETING_SCHEDULED", "MEETING_HELD", "CASE_CLOSED", "AFTERCARE_CONTACT_RECORDED")));
    }

    @Test
    @Order(7)
    void noNameOfAnyStoryAppearsInTheServicesLogs() throws IOException {
        var logs = LOCAL.stack().settings().logs();
        var found = new ArrayList<String>();
        var scanned = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(logs)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                // ISO-8859-1 reads any bytes; the names are ASCII
                var text = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (!text.isBlank()) {
                    scanned.add(file.getFileName().toString());
                }
                PERSONAL_DATA.stream().filter(text::contains).forEach(name -> found.add(name + " in " + file.getFileName()));
            }
        }
        assertThat(scanned).as("the services wrote logs to scan").contains("intake-service.log", "case-service.log");
        assertThat(found).as("personal data in the logs under %s", logs).isEmpty();
    }

    // ---- how every story ends (the way there is RoadToContact)

    /** Closed with the outcome, aftercare next, and the timeline names every step in order; the timeline. */
    private static JsonNode assertClosedAndTold(CaseSteps steps, String outcome, List<String> expectedSteps) {
        var detail = steps.detail();
        assertThat(detail.path("status").asString()).isEqualTo("CLOSED");
        assertThat(detail.path("outcome").asString()).isEqualTo(outcome);
        assertThat(detail.path("nextStep").path("code").asString()).isEqualTo("AFTERCARE");
        assertThat(detail.path("nextStep").path("text").asString()).isNotBlank();
        var timeline = steps.timeline();
        assertThat(typesOf(timeline)).containsExactlyElementsOf(expectedSteps);
        assertThat(timeline.path("entries").valueStream().skip(1).map(e -> e.path("staffId").asString()).toList())
                .as("every step after the opening names who took it").doesNotContainNull().allMatch(id -> !id.isBlank());
        return timeline;
    }

    // ----

    private static List<String> consentIds(JsonNode consents) {
        return consents.valueStream().map(c -> c.path("consentId").asString()).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    private static java.net.URI cases() {
        return LOCAL.stack().cases().baseUri();
    }
}
