package nl.perspectief.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.problems.LogCanaryTrap;
import nl.perspectief.problems.MalformedRequestRun;
import nl.perspectief.problems.MalformedRequests.Endpoint;
import nl.perspectief.problems.RawHttp;
import nl.perspectief.training.RunningTrainingService;
import nl.perspectief.training.enrolment.contact.ReferralLinks;
import nl.perspectief.training.enrolment.Browser.Page;

/**
 * Malformed enrolments thrown at the public door (2,000 a run, or {@code -Dmalformed.requests=N}): the API's POST, the
 * page's form (with the CSRF token of its cookie), the calendar, and the API's POST through a referral link. Each is a valid request with one thing broken and
 * every string a canary, aimed at a session whose enrolment has not opened, so that even a request the service took
 * for well-formed is refused (422) and stores nothing. Each is refused with a 4xx problem, or for the form a page,
 * naming what was wrong; nothing is stored; no log line holds a canary; the door goes on taking enrolments.
 */
class MalformedEnrolmentsIT extends RunningTrainingService {

    private static final String CANARY = "Kanarie" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final int DEFAULT_COUNT = 2_000;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ReferralLinks referralLinks;

    @Test
    void refusesEveryMalformedEnrolmentStoresNothingAndLogsNoneOfWhatWasSent() {
        PublicCourses courses = new PublicCourses(commands);
        UUID closed = courses.sessionNotOpenYet(5);
        UUID open = courses.professionalsSession(5);
        String enrolments = "/api/public/sessions/" + closed + "/enrolments";
        String referrals = "/api/public/referrals/" + referralLinks.issue(courses.perpetratorsSessionNotOpenYet(5),
                PublicCourses.TRAINER.staffId()).token() + "/enrolments";
        String referral = JSON.writeValueAsString(Map.of(
                "professionalName", CANARY + " Visser", "professionalOrganisation", CANARY + " Reclassering",
                "professionalEmail", CANARY.toLowerCase() + "@reclassering.example.org", "name", CANARY + " de Groot",
                "email", "", "privacyStatementAccepted", true, "website", ""));
        String body = JSON.writeValueAsString(Map.of(
                "name", CANARY + " de Vries", "email", CANARY.toLowerCase() + "@example.org", "phone", "+31 6 1234 5678",
                "organisation", CANARY + " Reclassering", "professionalRegistrationNumber", "VV-" + CANARY,
                "privacyStatementAccepted", true, "website", ""));
        Browser browser = new Browser(port, "nl");
        // the token of the public pages' cookie, from an open session's form (the closed one shows none)
        Page form = browser.get("/courses/sessions/" + open);
        String csrf = form.document().selectFirst("form.enrol input[name=_csrf]").attr("value");
        String cookie = browser.cookies().stream().filter(c -> c.getName().equals("PUBLIC-CSRF")).findFirst()
                .orElseThrow().getValue();
        List<Endpoint> endpoints = List.of(
                Endpoint.json("POST", enrolments, body)
                        .checking("Idempotency-Key", List.of("%s" + "k".repeat(300), "%s é", "%s\u0001", "\u007f%s")),
                // without the honeypot: anything in it is a bot's, answered as enrolled (200) by design
                Endpoint.form("/courses/sessions/" + closed + "/enrolment", Map.of(
                                "name", CANARY + " de Vries", "email", CANARY.toLowerCase() + "@example.org",
                                "organisation", CANARY + " Reclassering", "privacyStatementAccepted", "true",
                                "requestKey", UUID.randomUUID().toString()),
                        List.of("requestKey"), csrf)
                        .withHeader("Cookie", "PUBLIC-CSRF=" + cookie),
                Endpoint.withoutBody("GET", "/api/public/sessions"),
                Endpoint.json("POST", referrals, referral)
                        .checking("Idempotency-Key", List.of("%s" + "k".repeat(300), "%s é", "%s\u0001", "\u007f%s")));
        long events = rows("domain_event_entry");
        long keys = rows("public_enrolment_request");
        long languages = rows("enrolment_language");

        MalformedRequestRun.Outcome outcome;
        try (LogCanaryTrap trap = LogCanaryTrap.open(CANARY)) {
            outcome = MalformedRequestRun.run("training-service public enrolment", new RawHttp(port), endpoints,
                    Integer.getInteger("malformed.requests", DEFAULT_COUNT), MalformedRequestRun.seed(), CANARY);
            System.out.print(outcome.report());

            assertThat(outcome.defects()).as("answers that break the rules (seed %d)", outcome.seed()).isEmpty();
            assertThat(trap.hits()).as("log lines holding a canary").isEmpty();
        }
        assertThat(rows("domain_event_entry")).as("events stored by malformed requests").isEqualTo(events);
        assertThat(rows("public_enrolment_request")).as("idempotency keys kept").isEqualTo(keys);
        assertThat(rows("enrolment_language")).as("languages kept").isEqualTo(languages);
        assertThat(post("/api/public/sessions/" + open + "/enrolments", null, PublicCourses.enrolment("Wim Wals"))
                .getStatusCode().value()).as("still taking enrolments").isEqualTo(201);
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
