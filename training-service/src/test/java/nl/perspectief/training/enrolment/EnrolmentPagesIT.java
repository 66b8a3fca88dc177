package nl.perspectief.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.training.RunningTrainingService;
import nl.perspectief.training.enrolment.Browser.Page;

/**
 * The public pages on the running service, as a browser uses them without an account: the calendar in Dutch and in
 * English, a session's page with its form, enrolling (with the form's CSRF token from its cookie, no session), the
 * form shown again naming what was wrong, a form posted twice enrolling once, a form without its token refused.
 */
class EnrolmentPagesIT extends RunningTrainingService {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;

    private PublicCourses courses;

    @BeforeEach
    void courses() {
        courses = new PublicCourses(commands);
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private static Map<String, String> typed(String name) {
        return Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.org",
                "organisation", "Slachtofferhulp Nederland", "privacyStatementAccepted", "true");
    }

    @Test
    void showsTheCalendarOfProfessionalsSessionsInDutchAndInEnglish() {
        UUID sessionId = courses.professionalsSession(3);
        UUID perpetrators = courses.perpetratorsSession(3);

        Page dutch = new Browser(port, "nl").get("/courses");
        Page english = new Browser(port, "en-GB,en;q=0.9").get("/courses");

        assertThat(dutch.status()).isEqualTo(200);
        assertThat(dutch.body()).contains("/courses/sessions/" + sessionId).doesNotContain(perpetrators.toString());
        assertThat(dutch.text()).contains("Trainingen voor professionals", "Op kantoor", "Accreditatiepunten",
                "Oudegracht 1, Utrecht");
        assertThat(english.text()).contains("Courses for professionals", "At our office", "Accreditation points");
        assertThat(dutch.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(dutch.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(new Browser(port, "nl").get("/").header("Location")).endsWith("/courses");
    }

    @Test
    void enrolsThroughTheFormWithoutAnAccountOrASession() {
        UUID sessionId = courses.professionalsSession(3);
        Browser browser = new Browser(port, "nl");
        Page form = browser.get("/courses/sessions/" + sessionId);
        assertThat(form.text()).contains(PublicCourses.TITLE, "nog 3 plaatsen vrij");

        Page answer = browser.submit(form, "form.enrol", typed("Mila de Graaf"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("Je bent ingeschreven voor");
        assertThat(browser.cookies()).extracting(cookie -> cookie.getName()).contains("PUBLIC-CSRF")
                .doesNotContain("JSESSIONID");
        assertThat(new Browser(port, "nl").get("/courses/sessions/" + sessionId).text()).contains("nog 2 plaatsen vrij");
    }

    @Test
    void tellsWhoJoinsAFullSessionTheirPlaceOnTheWaitingListInEnglish() {
        UUID sessionId = courses.professionalsSession(1);
        Browser first = new Browser(port, "en");
        first.submit(first.get("/courses/sessions/" + sessionId), "form.enrol", typed("Noor Kok"));
        Browser second = new Browser(port, "en");

        Page form = second.get("/courses/sessions/" + sessionId);
        Page answer = second.submit(form, "form.enrol", typed("Olaf Kok"));

        assertThat(form.text()).contains("This course is full");
        assertThat(answer.text()).contains("You are on the waiting list, at position 1.");
    }

    @Test
    void showsTheFormAgainWithWhatWasTypedAndWhatWasWrong() {
        UUID sessionId = courses.professionalsSession(3);
        Browser browser = new Browser(port, "nl");
        long before = events();

        Page again = browser.submit(browser.get("/courses/sessions/" + sessionId), "form.enrol",
                Map.of("name", "Pim Kramer", "email", "pim.kramer-at-example.org", "organisation", "",
                        "privacyStatementAccepted", "true"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text()).contains("Vul een geldig e-mailadres in", "Vul je organisatie in")
                .doesNotContain("Lees de privacyverklaring");
        assertThat(again.document().selectFirst("#name").attr("value")).isEqualTo("Pim Kramer");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void enrolsOnceWhenTheSameFormIsPostedTwice() {
        UUID sessionId = courses.professionalsSession(3);
        Browser browser = new Browser(port, "nl");
        Page form = browser.get("/courses/sessions/" + sessionId);

        Page first = browser.submit(form, "form.enrol", typed("Quinten Lam"));
        long after = events();
        Page second = browser.submit(form, "form.enrol", typed("Quinten Lam"));

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void tellsAPersonWhoIsEnrolledAlreadySo() {
        UUID sessionId = courses.professionalsSession(3);
        Browser browser = new Browser(port, "nl");
        browser.submit(browser.get("/courses/sessions/" + sessionId), "form.enrol", typed("Rosa Smit"));

        Page refused = browser.submit(browser.get("/courses/sessions/" + sessionId), "form.enrol", typed("Rosa Smit"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Je bent al ingeschreven voor deze training");
    }

    @Test
    void refusesAFormPostedWithoutItsCsrfTokenAndStoresNothing() {
        UUID sessionId = courses.professionalsSession(3);
        Browser browser = new Browser(port, "nl");
        Page form = browser.get("/courses/sessions/" + sessionId);
        long before = events();

        Page refused = browser.submit(form, "form.enrol", Map.of("name", "Sem Vos", "email", "sem@example.org",
                "organisation", "GGZ", "privacyStatementAccepted", "true", "_csrf", "not-the-token"));
        Page noCookie = new Browser(port, "nl").submit(form, "form.enrol", typed("Sem Vos"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Het formulier is verlopen");
        assertThat(noCookie.status()).isEqualTo(403);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void showsANotFoundPageForASessionThatIsNotPublic() {
        Page unknown = new Browser(port, "nl").get("/courses/sessions/" + UUID.randomUUID());
        Page perpetrators = new Browser(port, "nl").get("/courses/sessions/" + courses.perpetratorsSession(2));
        Page malformed = new Browser(port, "nl").get("/courses/sessions/not-a-session");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("Niet gevonden");
        assertThat(perpetrators.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        Page nothingThere = new Browser(port, "en").get("/courses/sessions/" + UUID.randomUUID() + "/nothing-here");
        assertThat(nothingThere.status()).isEqualTo(404);
        assertThat(nothingThere.text()).as("the public error page, not the trainers'").contains("Not found", "All courses");
    }
}
