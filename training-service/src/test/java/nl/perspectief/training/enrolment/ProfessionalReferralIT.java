package nl.perspectief.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.perspectief.keycloak.PageSession;
import nl.perspectief.publicdefences.Honeypot;
import nl.perspectief.training.RunningTrainingService;
import nl.perspectief.training.session.web.TrainerApi;
import tools.jackson.databind.JsonNode;

/**
 * A probation officer enrols perpetrators themselves, with the referral link a trainer handed them, on the running
 * service: the trainer makes the link, the professional reads the session and enrols people through the API and the
 * page, is recorded as who enrolled them and gets the mails with the link to each enrolment; the same defences as the
 * public calendar's enrolment (every bad field named, the honeypot, a retry with its key, one person once); a link made
 * up, changed or revoked opens nothing; the professional's details are in no table in clear.
 */
class ProfessionalReferralIT extends RunningTrainingService {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/enrolments/[0-9a-f-]{36}\\?token=[A-Za-z0-9_-]{43}");

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MeterRegistry meters;

    private TrainerApi trainer;

    @BeforeEach
    void trainer() {
        trainer = new TrainerApi(port);
    }

    /** A perpetrators' session open for enrolment with this many places, and a new referral link of it. */
    private Referral perpetratorsSessionWithALink(int capacity) {
        UUID courseId = trainer.planCourse(TrainerApi.perpetratorCourse("Verantwoordelijkheid nemen"));
        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(courseId, capacity, Instant.now()));
        JsonNode link = TrainerApi.json(TrainerApi.expect(trainer.post("/api/sessions/" + sessionId + "/referral-links",
                null), 201));
        String address = link.get("link").asString();
        return new Referral(sessionId, UUID.fromString(link.get("linkId").asString()), address,
                address.substring(address.lastIndexOf('/') + 1));
    }

    private record Referral(UUID sessionId, UUID linkId, String address, String token) {
    }

    private record Professional(String name, String organisation, String email) {

        static Professional called(String name) {
            return new Professional(name, "Reclassering Nederland, Utrecht",
                    name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + UUID.randomUUID().toString().substring(0, 6)
                            + "@reclassering.example.org");
        }
    }

    private static Map<String, Object> referral(Professional professional, String name, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("professionalName", professional.name());
        body.put("professionalOrganisation", professional.organisation());
        body.put("professionalEmail", professional.email());
        body.put("name", name);
        body.put("email", email);
        body.put("phone", null);
        body.put("privacyStatementAccepted", true);
        body.put("website", "");
        return body;
    }

    private ResponseEntity<String> enrol(String token, Object body, String idempotencyKey) {
        var request = api().post().uri("/api/public/referrals/" + token + "/enrolments")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body instanceof String text ? text : JSON.writeValueAsString(body));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.retrieve().toEntity(String.class);
    }

    private JsonNode enrolmentOf(UUID sessionId, UUID enrolmentId) {
        return StreamSupport.stream(trainer.session(sessionId).get("enrolments").spliterator(), false)
                .filter(enrolment -> enrolment.get("enrolmentId").asString().equals(enrolmentId.toString()))
                .findFirst().orElseThrow();
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    @Test
    void aProbationOfficerEnrolsPerpetratorsWithTheLinkIsRecordedAndGetsTheMails() throws Exception {
        Referral link = perpetratorsSessionWithALink(2);
        Professional karin = Professional.called("Karin Visser");
        String ahmedsAddress = "ahmed." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";

        ResponseEntity<String> session = api().get().uri("/api/public/referrals/" + link.token()).retrieve()
                .toEntity(String.class);
        JsonNode piet = json(enrol(link.token(), referral(karin, "Piet de Groot", null), null));
        JsonNode ahmed = json(enrol(link.token(), referral(karin, "Ahmed Bakri", ahmedsAddress), null));
        JsonNode bas = json(enrol(link.token(), referral(karin, "Bas Kok", ""), null));

        assertThat(link.address()).startsWith("http://localhost:").contains("/referrals/");
        assertThat(session.getStatusCode().value()).isEqualTo(200);
        assertThat(session.getHeaders().getCacheControl()).contains("no-store");
        assertThat(json(session).get("courseTitle").asString()).isEqualTo("Verantwoordelijkheid nemen");
        assertThat(json(session).get("placesLeft").asInt()).isEqualTo(2);
        assertThat(json(session).get("open").asBoolean()).isTrue();
        assertThat(piet.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(ahmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(bas.get("status").asString()).isEqualTo("WAITING");
        assertThat(bas.get("waitingPosition").asInt()).isEqualTo(1);

        JsonNode recorded = enrolmentOf(link.sessionId(), UUID.fromString(piet.get("enrolmentId").asString()));
        assertThat(recorded.get("channel").asString()).isEqualTo("PROFESSIONAL");
        assertThat(recorded.get("participant").get("name").asString()).isEqualTo("Piet de Groot");
        assertThat(recorded.get("participant").get("email").isNull()).isTrue();
        assertThat(recorded.get("referredBy").get("name").asString()).isEqualTo("Karin Visser");
        assertThat(recorded.get("referredBy").get("organisation").asString()).isEqualTo(karin.organisation());
        assertThat(recorded.get("referredBy").get("email").asString()).isEqualTo(karin.email());

        List<MimeMessage> toKarin = mails(karin.email(), 3);
        List<MimeMessage> toAhmed = mails(ahmedsAddress, 1);
        assertThat(subjects(toKarin)).containsExactlyInAnyOrder("Een inschrijving voor een training van Perspectief",
                "Een inschrijving voor een training van Perspectief",
                "Een inschrijving op de wachtlijst van een training van Perspectief");
        assertThat(toKarin.stream().map(ProfessionalReferralIT::text).toList())
                .anySatisfy(text -> assertThat(text).startsWith("Hallo Karin,")
                        .contains("Je hebt Piet de Groot ingeschreven", "Verantwoordelijkheid nemen"))
                .anySatisfy(text -> assertThat(text).contains("Bas Kok, die je inschreef, staat op de wachtlijst, op plaats 1"));
        assertThat(subjects(toAhmed)).containsExactly("Je inschrijving voor een training van Perspectief");
        assertThat(text(toAhmed.getFirst())).startsWith("Hallo Ahmed,");

        String pietsPage = linkIn(toKarin.stream().filter(mail -> text(mail).contains("Piet de Groot")).findFirst()
                .orElseThrow());
        HttpResponse<String> page = PageSession.anonymous(pagesBaseUri(), "/courses").get(pietsPage);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("form.cancel")).as("Karin can cancel for Piet").hasSize(1);
    }

    @Test
    void knowsAPersonWithoutAnAddressAsOneByNameAndReferrerAndAnswersARetryAlike() {
        Referral link = perpetratorsSessionWithALink(5);
        Professional karin = Professional.called("Karin Visser");
        enrol(link.token(), referral(karin, "Piet de Groot", null), null);
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> again = enrol(link.token(), referral(karin, "  piet  de GROOT ", null), null);
        ResponseEntity<String> first = enrol(link.token(), referral(karin, "Saskia Lind", null), key);
        long after = events();
        ResponseEntity<String> retry = enrol(link.token(), referral(karin, " Saskia Lind", ""), key);
        ResponseEntity<String> otherWithTheKey = enrol(link.token(), referral(karin, "Tom Lind", null), key);

        assertThat(again.getStatusCode().value()).isEqualTo(422);
        assertThat(json(again).get("type").asString()).isEqualTo("https://perspectief.nl/problems/training-rule");
        assertThat(json(again).get("rule").asString()).isEqualTo("AlreadyEnrolled");
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(json(retry)).isEqualTo(json(first));
        assertThat(otherWithTheKey.getStatusCode().value()).isEqualTo(422);
        assertThat(json(otherWithTheKey).get("rule").asString()).isEqualTo("IdempotencyKeyReused");
        assertThat(events()).as("nothing new stored").isEqualTo(after);
    }

    @Test
    void namesEveryBadFieldAnswersABotAsIfEnrolledAndStoresNothing() {
        Referral link = perpetratorsSessionWithALink(5);
        Map<String, Object> bad = new HashMap<>(referral(Professional.called("Karin Visser"), " ", "niet-een-adres"));
        bad.put("professionalEmail", "karin-at-reclassering");
        bad.put("professionalOrganisation", "x".repeat(201));
        bad.put("privacyStatementAccepted", false);
        bad.put("prisonNumber", "A-1234");
        Map<String, Object> bot = new HashMap<>(referral(Professional.called("Bot Botson"), "Bot Botson", null));
        bot.put("website", "http://cheap-pills.example");
        double caught = meters.counter(Honeypot.TRIGGERED, "endpoint", "referral").count();
        long before = events();

        ResponseEntity<String> refused = enrol(link.token(), bad, null);
        ResponseEntity<String> botAnswer = enrol(link.token(), bot, null);
        ResponseEntity<String> noJson = enrol(link.token(), "{\"name\": ", null);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldsAndRules(json(refused))).containsExactlyInAnyOrder("prisonNumber UnknownField",
                "name NotBlank", "email Email", "professionalEmail Email", "professionalOrganisation Size",
                "privacyStatementAccepted AssertTrue");
        assertThat(refused.getBody()).doesNotContain("A-1234", "karin-at", "niet-een-adres");
        assertThat(botAnswer.getStatusCode().value()).isEqualTo(201);
        assertThat(json(botAnswer).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(meters.counter(Honeypot.TRIGGERED, "endpoint", "referral").count()).isEqualTo(caught + 1);
        assertThat(fieldsAndRules(json(noJson))).containsExactly("$ MalformedJson");
        assertThat(events()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aLinkMadeUpChangedOrRevokedOpensNothing() {
        Referral link = perpetratorsSessionWithALink(5);
        Referral other = perpetratorsSessionWithALink(5);
        char last = link.token().charAt(63);
        String changed = link.token().substring(0, 63) + (last == 'A' ? 'B' : 'A');
        String madeUp = "A".repeat(64);
        Map<String, Object> body = referral(Professional.called("Karin Visser"), "Piet de Groot", null);

        ResponseEntity<String> revoked = trainer.post("/api/sessions/" + link.sessionId() + "/referral-links/"
                + link.linkId() + "/revoke", null);
        ResponseEntity<String> revokedAgain = trainer.post("/api/sessions/" + link.sessionId() + "/referral-links/"
                + link.linkId() + "/revoke", null);
        ResponseEntity<String> notItsSession = trainer.post("/api/sessions/" + link.sessionId() + "/referral-links/"
                + other.linkId() + "/revoke", null);

        assertThat(revoked.getStatusCode().value()).isEqualTo(204);
        assertThat(revokedAgain.getStatusCode().value()).isEqualTo(404);
        assertThat(notItsSession.getStatusCode().value()).isEqualTo(404);
        for (String token : List.of(link.token(), changed, madeUp, "kort")) {
            ResponseEntity<String> read = api().get().uri("/api/public/referrals/" + token).retrieve()
                    .toEntity(String.class);
            ResponseEntity<String> enrolled = enrol(token, body, null);
            assertThat(read.getStatusCode().value()).as(token).isEqualTo(404);
            assertThat(json(read).get("type").asString()).isEqualTo("https://perspectief.nl/problems/referral-link-not-found");
            assertThat(enrolled.getStatusCode().value()).as(token).isEqualTo(404);
            assertThat(PageSession.anonymous(pagesBaseUri(), "/courses").get("/referrals/" + token).statusCode())
                    .isEqualTo(404);
        }
        assertThat(trainer.get("/api/sessions/" + link.sessionId() + "/referral-links").getBody()).isEqualTo("[]");
        assertThat(TrainerApi.json(trainer.get("/api/sessions/" + other.sessionId() + "/referral-links")))
                .hasSize(1);
        assertThat(enrol(other.token(), body, null).getStatusCode().value()).as("another link still works")
                .isEqualTo(201);
    }

    @Test
    void aProfessionalsSessionGetsNoLinkItIsOnThePublicCalendar() {
        UUID courseId = trainer.planCourse(TrainerApi.professionalCourse("Praten over schuld"));
        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(courseId, 5, Instant.now()));

        ResponseEntity<String> refused = trainer.post("/api/sessions/" + sessionId + "/referral-links", null);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(json(refused).get("rule").asString()).isEqualTo("ReferralLinkOnlyForPerpetrators");
        assertThat(trainer.get("/api/sessions/" + sessionId + "/referral-links").getBody()).isEqualTo("[]");
    }

    @Test
    void theLinksPageTakesTheFormTellsWhatIsWrongAndAnswersInWords() {
        Referral link = perpetratorsSessionWithALink(1);
        PageSession browser = PageSession.anonymous(pagesBaseUri(), "/referrals/" + link.token());
        Document form = Jsoup.parse(browser.get("/referrals/" + link.token()).body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestKey", form.selectFirst("input[name=requestKey]").val());
        fields.put("professionalName", "Karin Visser");
        fields.put("professionalOrganisation", "PI Nieuwegein");
        fields.put("professionalEmail", "karin");
        fields.put("name", "Piet de Groot");
        fields.put("privacyStatementAccepted", "true");
        fields.put("website", "");

        HttpResponse<String> invalid = browser.post("/referrals/" + link.token() + "/enrolment", fields);
        fields.put("professionalEmail", Professional.called("Karin Visser").email());
        HttpResponse<String> enrolled = browser.post("/referrals/" + link.token() + "/enrolment", fields);
        fields.put("requestKey", UUID.randomUUID().toString());
        fields.put("name", "Ruud Klein");
        HttpResponse<String> waiting = browser.post("/referrals/" + link.token() + "/enrolment", fields);

        assertThat(form.selectFirst("h1").text()).isEqualTo("Verantwoordelijkheid nemen");
        assertThat(form.select("form.enrol input[name=_csrf]")).hasSize(1);
        assertThat(invalid.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(invalid.body());
        assertThat(again.selectFirst("#professionalEmail").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.selectFirst("#name").val()).as("what was typed is kept").isEqualTo("Piet de Groot");
        assertThat(enrolled.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(enrolled.body()).selectFirst("p.done").text())
                .isEqualTo("Piet de Groot is ingeschreven voor \u201eVerantwoordelijkheid nemen\u201d.");
        assertThat(Jsoup.parse(waiting.body()).selectFirst("p.done").text()).contains("Ruud Klein staat op de wachtlijst, op plaats 1");
        assertThat(browser.postWithoutCsrfToken("/referrals/" + link.token() + "/enrolment", fields).statusCode())
                .as("a form from elsewhere").isEqualTo(403);
    }

    @Test
    void keepsTheProfessionalsDetailsInNoTableInClear() {
        Referral link = perpetratorsSessionWithALink(5);
        String canary = "Kanarie" + UUID.randomUUID().toString().substring(0, 8);
        Professional professional = new Professional(canary + " Visser", canary + " Reclassering",
                canary.toLowerCase() + "@reclassering.example.org");
        enrol(link.token(), referral(professional, canary + " de Groot", null), UUID.randomUUID().toString());
        mails(professional.email(), 1);

        assertThat(ClearText.tablesHolding(superuserDataSource(), canary))
                .as("tables with the professional's or the participant's details in clear").isEmpty();
        assertThat(ClearText.tablesHolding(superuserDataSource(), canary.toLowerCase())).isEmpty();
    }

    /** Waits until the address has {@code count} mails. */
    private static List<MimeMessage> mails(String address, int count) {
        await("%d mail(s) to %s".formatted(count, address)).atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(address).size() >= count);
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(count);
        return mails;
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(mail -> {
            try {
                return mail.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof String text) {
                return text.replace("\r\n", "\n");
            }
            return ((String) ((jakarta.mail.Multipart) content).getBodyPart(0).getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String linkIn(MimeMessage mail) {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as("a link to the enrolment's page").isTrue();
        return link.group().replaceFirst("^https?://[^/]+", "");
    }

    private static List<String> fieldsAndRules(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asString() + " " + error.get("rule").asString())
                .toList();
    }
}
