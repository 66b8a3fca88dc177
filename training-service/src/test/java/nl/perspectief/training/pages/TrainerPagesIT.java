package nl.perspectief.training.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.PageSession;
import nl.perspectief.training.RunningTrainingServiceOnAMovableClock;
import nl.perspectief.training.certificate.PdfText;
import nl.perspectief.training.session.web.TrainerApi;

/**
 * The trainers' pages over plain HTTP with a real sign-in at Keycloak: each form is read as the API reads its body,
 * a step taken answers 303 to the page that shows it, and a refused one renders the page again with why, by the
 * refusal's type (400 bad input naming the field, 409 a stale page, 422 a rule by its name), what was typed kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainerPagesIT extends RunningTrainingServiceOnAMovableClock {

    private PageSession trainer;

    @BeforeAll
    void signIn() {
        trainer = PageSession.signedIn(pagesBaseUri(), DemoUsers.TRAINER, "/trainer", "/trainer");
    }

    @Test
    void plansACourseAndASessionOfItAndEnrolsSomeoneThroughTheForms() {
        Instant now = clock.instant();
        HttpResponse<String> planned = trainer.post("/trainer/courses", Map.of("title", "Praten over schuld",
                "audience", "PROFESSIONALS", "netHours", "6,5", "accreditation.register", "Kwaliteitsregister V&V",
                "accreditation.activityId", "KV-1", "maxExcusedDays", "0", "description", ""));
        assertThat(planned.statusCode()).isEqualTo(303);
        String coursePage = planned.headers().firstValue("Location").orElseThrow();
        Document course = Jsoup.parse(trainer.get(coursePage).body());
        assertThat(course.selectFirst("#done").text()).isEqualTo("Cursus plannen: gedaan.");
        assertThat(course.selectFirst("#net-hours").text()).isEqualTo("6,5");
        assertThat(course.selectFirst("#accreditation").text()).isEqualTo("Kwaliteitsregister V&V, activiteit KV-1: 6,5 punten");
        String courseId = course.selectFirst("#course").attr("data-course-id");

        LocalDate first = TrainerApi.firstDay(now);
        Map<String, String> session = new LinkedHashMap<>();
        session.put("courseId", courseId);
        session.put("days[0].date", first.toString());
        session.put("days[0].start", "09:30");
        session.put("days[0].end", "16:30");
        session.put("days[1].date", "");
        session.put("days[1].start", "");
        session.put("days[1].end", "");
        session.put("location.kind", "OFFICE");
        session.put("location.description", "Oudegracht 1, Utrecht");
        session.put("trainerIds", DemoUsers.TRAINER.id() + ", trainer-ilse");
        session.put("capacity", "1");
        session.put("enrolmentOpensAt", first.minusDays(20).atTime(9, 0).toString());
        session.put("enrolmentClosesAt", first.minusDays(1).atTime(17, 0).toString());
        session.put("offerValidity", "48");
        HttpResponse<String> sessionPlanned = trainer.post("/trainer/sessions", session);
        assertThat(sessionPlanned.statusCode()).isEqualTo(303);
        String page = sessionPlanned.headers().firstValue("Location").orElseThrow();
        Document shown = Jsoup.parse(trainer.get(page).body());
        assertThat(shown.selectFirst("#status").attr("data-status")).isEqualTo("OPEN");
        assertThat(shown.select("#session dd.id span").eachText()).containsExactly("u,", "trainer-ilse");

        String version = shown.selectFirst("#form-enrol input[name=version]").val();
        HttpResponse<String> enrolled = trainer.post(page + "/enrolments", Map.of("version", version,
                "participant.name", "Ilse de Jong", "participant.email", "ilse@example.org",
                "participant.organisation", "Reclassering Nederland", "referredBy.name", ""));
        assertThat(enrolled.statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(trainer.get(page).body());
        assertThat(after.select("#enrolment-list tr[data-status=CONFIRMED] .name").eachText()).containsExactly("Ilse de Jong");
        assertThat(after.selectFirst("#enrolment-list .enrolled-by").text()).isEqualTo("Door een trainer");

        // the same version again: the page was stale
        HttpResponse<String> stale = trainer.post(page + "/enrolments", Map.of("version", version,
                "participant.name", "Joost Vermeer", "participant.email", "joost@example.org"));
        assertThat(stale.statusCode()).isEqualTo(409);
        Document staleShown = Jsoup.parse(stale.body());
        assertThat(staleShown.selectFirst("#stale")).isNotNull();
        assertThat(staleShown.selectFirst("#enrol-name").val()).isEqualTo("Joost Vermeer");

        String fresh = staleShown.selectFirst("#form-enrol input[name=version]").val();
        HttpResponse<String> twice = trainer.post(page + "/enrolments", Map.of("version", fresh,
                "participant.name", "I. de Jong", "participant.email", "ILSE@example.org"));
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(twice.body()).selectFirst("#refusal").attr("data-rule")).isEqualTo("AlreadyEnrolled");
        assertThat(Jsoup.parse(twice.body()).selectFirst("#refusal .explanation").text())
                .isEqualTo("Deze persoon is al ingeschreven voor deze sessie (of staat op de wachtlijst).");

        HttpResponse<String> nameless = trainer.post(page + "/enrolments", Map.of("version", fresh,
                "participant.name", " ", "participant.email", "nope"));
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(nameless.body()).select("#refusal li").eachAttr("data-field"))
                .containsExactly("participant.email", "participant.name");

        HttpResponse<String> waiting = trainer.post(page + "/enrolments", Map.of("version", fresh,
                "participant.name", "Joost Vermeer", "participant.email", "joost@example.org"));
        assertThat(waiting.statusCode()).isEqualTo(303);
        Document withList = Jsoup.parse(trainer.get(page).body());
        assertThat(withList.select("#waiting-list li[data-status=WAITING] .name").eachText()).containsExactly("Joost Vermeer");
        assertThat(withList.selectFirst("#waiting-list li").attr("data-position")).isEqualTo("1");
    }

    @Test
    void refusesAPlanWhoseDayEndsBeforeItStartsByTheRuleKeepingWhatWasTyped() {
        String courseId = new TrainerApi(port).planCourse(TrainerApi.perpetratorCourse("Slachtofferbewustzijn")).toString();
        LocalDate first = TrainerApi.firstDay(clock.instant());
        Map<String, String> session = new LinkedHashMap<>();
        session.put("courseId", courseId);
        session.put("days[0].date", first.toString());
        session.put("days[0].start", "16:30");
        session.put("days[0].end", "09:30");
        session.put("location.kind", "PRISON");
        session.put("location.description", "PI Nieuwegein");
        session.put("trainerIds", DemoUsers.TRAINER.id().toString());
        session.put("capacity", "8");
        session.put("enrolmentOpensAt", first.minusDays(9).atTime(9, 0).toString());
        session.put("enrolmentClosesAt", first.minusDays(1).atTime(17, 0).toString());
        session.put("offerValidity", "48");

        HttpResponse<String> refused = trainer.post("/trainer/sessions", session);

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("#refusal").attr("data-rule")).isEqualTo("SessionDayMustEndAfterItStarts");
        assertThat(page.selectFirst("#plan-location").val()).isEqualTo("PI Nieuwegein");
        assertThat(page.selectFirst("#plan-day-0-start").val()).isEqualTo("16:30");

        session.put("capacity", "acht");
        HttpResponse<String> invalid = trainer.post("/trainer/sessions", session);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(invalid.body()).select("#refusal li").eachAttr("data-field")).containsExactly("capacity");
    }

    @Test
    void showsTheSessionsToComeInEnglishToABrowserAskingForIt() {
        TrainerApi api = new TrainerApi(port);
        UUID sessionId = api.planSession(TrainerApi.twoDaySession(
                api.planCourse(TrainerApi.professionalCourse("Talking about guilt")), 12, clock.instant()));

        Document home = Jsoup.parse(trainer.get("/trainer", "en").body());

        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.selectFirst("h1").text()).isEqualTo("Sessions to come");
        assertThat(home.selectFirst("#sessions tr[data-session-id=" + sessionId + "] .status").text()).isEqualTo("Enrolment open");
        Document page = Jsoup.parse(trainer.get("/trainer/sessions/" + sessionId, "en").body());
        assertThat(page.selectFirst("#places").text()).isEqualTo("12 places: 0 confirmed, 0 offered, 0 on the waiting list");
    }

    @Test
    void aPageOfNoSessionIsTheNotFoundPageAndItsSheetSaysNoMore() {
        HttpResponse<String> none = trainer.get("/trainer/sessions/" + UUID.randomUUID());

        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(none.body()).selectFirst("#error").text()).isEqualTo("Niet gevonden");
        assertThat(trainer.download("/trainer/sessions/" + UUID.randomUUID() + "/days/2026-03-23/sign-in-sheet.pdf")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownAddressIsTheNotFoundPageOfItsSide() {
        HttpResponse<String> trainers = trainer.get("/trainer/nothing-here");
        HttpResponse<String> publics = trainer.get("/courses/nothing-here");

        assertThat(trainers.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(trainers.body()).selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/css/trainer.css");
        assertThat(Jsoup.parse(trainers.body()).selectFirst("#error").text()).isEqualTo("Niet gevonden");
        assertThat(publics.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(publics.body()).selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/css/public.css");
    }

    @Test
    void downloadsADaysSignInSheet() {
        TrainerApi api = new TrainerApi(port);
        Instant now = clock.instant();
        UUID sessionId = api.planSession(TrainerApi.twoDaySession(
                api.planCourse(TrainerApi.professionalCourse("Praten over schuld")), 12, now));
        api.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));
        String link = Jsoup.parse(trainer.get("/trainer/sessions/" + sessionId).body())
                .selectFirst("a.sign-in-sheet[data-day=" + TrainerApi.firstDay(now) + "]").attr("href");

        HttpResponse<byte[]> sheet = trainer.download(link);

        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(PdfText.of(sheet.body())).contains("Presentielijst", "Dag 1 van 2", "Ilse de Jong");
    }

    @Test
    void makesAReferralLinkOfAPerpetratorsSessionShowsItToCopyAndRevokesIt() {
        TrainerApi api = new TrainerApi(port);
        UUID sessionId = api.planSession(TrainerApi.twoDaySession(
                api.planCourse(TrainerApi.perpetratorCourse("Verantwoordelijkheid nemen")), 8, clock.instant()));
        String page = "/trainer/sessions/" + sessionId;
        Document before = Jsoup.parse(trainer.get(page).body());
        String version = before.selectFirst("#form-issue-referral-link input[name=version]").val();

        HttpResponse<String> made = trainer.post(page + "/referral-links", Map.of("version", version));
        Document after = Jsoup.parse(trainer.get(made.headers().firstValue("Location").orElseThrow()).body());
        String link = after.selectFirst("#referrals input.referral-link").val();
        String linkId = after.selectFirst("#referrals li[data-link-id]").attr("data-link-id");
        HttpResponse<String> opened = PageSession.anonymous(pagesBaseUri(), "/courses")
                .get(link.replaceFirst("^https?://[^/]+", ""));
        HttpResponse<String> revoked = trainer.post(page + "/referral-links/" + linkId + "/revoke",
                Map.of("version", version));
        Document afterRevoking = Jsoup.parse(trainer.get(page).body());

        assertThat(before.selectFirst("#referrals .empty").text()).isEqualTo("Er is nog geen verwijslink.");
        assertThat(made.statusCode()).isEqualTo(303);
        assertThat(after.selectFirst("#done").text()).isEqualTo("Verwijslink maken: gedaan.");
        assertThat(after.selectFirst("#referrals li .hint").text()).startsWith("Gemaakt op ").endsWith(" door u");
        assertThat(link).matches("http://localhost:\\d+/referrals/[A-Za-z0-9_-]{64}");
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(opened.body()).selectFirst("h1").text()).isEqualTo("Verantwoordelijkheid nemen");
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(afterRevoking.select("#referrals input.referral-link")).isEmpty();
        assertThat(PageSession.anonymous(pagesBaseUri(), "/courses").get(link.replaceFirst("^https?://[^/]+", ""))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aProfessionalsSessionHasNoReferralLinksAndAPostedOneIsRefusedByTheRule() {
        TrainerApi api = new TrainerApi(port);
        UUID sessionId = api.planSession(TrainerApi.twoDaySession(
                api.planCourse(TrainerApi.professionalCourse("Praten over schuld")), 8, clock.instant()));
        String page = "/trainer/sessions/" + sessionId;
        Document shown = Jsoup.parse(trainer.get(page).body());
        String version = shown.selectFirst("#session").attr("data-version");

        HttpResponse<String> refused = trainer.post(page + "/referral-links", Map.of("version", version));

        assertThat(shown.select("#referrals")).isEmpty();
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).text()).contains("Verwijslinks zijn voor cursussen voor plegers");
    }
}
