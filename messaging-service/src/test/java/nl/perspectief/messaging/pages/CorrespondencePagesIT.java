package nl.perspectief.messaging.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.PageSession;
import nl.perspectief.messaging.RunningMessagingService;

/**
 * The correspondence pages on the running service, signed in through Keycloak over plain HTTP: the mediator reads her
 * cases and a case's two threads in Dutch (and in English when the browser asks), records a letter through the form,
 * and is told in words why a step was not taken; a colleague finds nothing, compliance reads without forms, and a
 * frozen exchange says why nothing moves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrespondencePagesIT extends RunningMessagingService {

    private PageSession anna;
    private PageSession bram;
    private PageSession compliance;

    @BeforeAll
    void signIn() {
        anna = PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_ANNA, "/", "/correspondence");
        bram = PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_BRAM, "/", "/correspondence");
        compliance = PageSession.signedIn(pagesBaseUri(), DemoUsers.COMPLIANCE, "/", "/correspondence");
    }

    @Test
    void theMediatorReadsHerCasesAndTheTwoThreadsInDutchAndInEnglishWhenAsked() {
        OpenExchange exchange = openedExchange();
        UUID letter = recordByApi(exchange, exchange.applicant(), "Beste Peter, ik wil dat je weet wat het met me deed.");
        UUID answer = recordByApi(exchange, exchange.otherParty(), "Het spijt me.");
        approveByApi(exchange, answer);

        assertThat(anna.get("/").headers().firstValue("Location").orElse("")).endsWith("/correspondence");
        Document list = Jsoup.parse(anna.get("/correspondence").body());
        assertThat(list.selectFirst("html").attr("lang")).isEqualTo("nl");
        Element row = list.selectFirst("#correspondences tr[data-case-id=" + exchange.caseId() + "]");
        assertThat(row).isNotNull();
        assertThat(row.selectFirst("td.state").text()).isEqualTo("Open");
        assertThat(row.select("td.count").eachText()).containsExactly("2", "1");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/cases/" + exchange.caseId() + "/correspondence");

        HttpResponse<String> answered = anna.get(page(exchange));
        assertThat(answered.statusCode()).isEqualTo(200);
        Document dutch = Jsoup.parse(answered.body());
        assertThat(dutch.selectFirst("#state").text()).isEqualTo("Open");
        assertThat(dutch.selectFirst("#thread-applicant h2").text()).isEqualTo("Van de aanmelder aan de andere partij");
        assertThat(dutch.selectFirst("#thread-other-party h2").text()).isEqualTo("Van de andere partij aan de aanmelder");
        assertThat(dutch.select("#thread-applicant article.message").eachAttr("id")).containsExactly("message-" + letter);
        assertThat(dutch.select("#thread-other-party article.message").eachAttr("id")).containsExactly("message-" + answer);
        assertThat(dutch.selectFirst("#message-" + letter + " .status").text()).isEqualTo("Wacht op beoordeling");
        assertThat(dutch.selectFirst("#message-" + letter + " .letter").wholeText())
                .isEqualTo("Beste Peter, ik wil dat je weet wat het met me deed.");
        assertThat(dutch.select("#awaiting-review a").eachAttr("href")).containsExactly("#message-" + letter);
        assertThat(dutch.select("#message-" + letter + " form").eachAttr("id"))
                .contains("form-approve-" + letter, "form-return-" + letter, "form-redact-" + letter,
                        "form-withdraw-" + letter);
        assertThat(dutch.select("#message-" + answer + " form").eachAttr("id"))
                .contains("form-deliver-" + answer).doesNotContain("form-approve-" + answer);
        assertThat(dutch.selectFirst("#form-record")).isNotNull();
        assertThat(dutch.selectFirst("#case-link").attr("href")).isEqualTo("http://localhost:8082/cases/" + exchange.caseId());

        Document english = Jsoup.parse(anna.get(page(exchange), "en").body());
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("#thread-applicant h2").text()).isEqualTo("From the applicant to the other party");
        assertThat(english.selectFirst("#message-" + letter + " .status").text()).isEqualTo("Awaiting review");
        assertThat(english.selectFirst("#message-" + answer + " .status").text()).isEqualTo("Approved");
        assertThat(Jsoup.parse(anna.get("/correspondence", "en").body()).selectFirst("h1").text())
                .isEqualTo("Correspondence");
    }

    @Test
    void theMediatorRecordsALetterWithADrawingThroughTheFormAndReadsItBackEscaped() {
        OpenExchange exchange = openedExchange();
        Document before = Jsoup.parse(anna.get(page(exchange)).body());
        String text = "Dear Peter,\n<script>alert('no')</script> I still dream of that summer.";
        byte[] drawing = PageFixtures.drawing();

        HttpResponse<String> recorded = anna.postMultipart(page(exchange) + "/messages", Map.of(
                        "version", version(before), "writerId", exchange.applicant().toString(), "kind", "LETTER",
                        "content", text),
                new PageSession.File("attachments", "drawing.png", "image/png", drawing));

        assertThat(recorded.statusCode()).isEqualTo(303);
        String location = recorded.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains(page(exchange) + "#message-");
        HttpResponse<String> shown = anna.get(page(exchange));
        assertThat(shown.body()).doesNotContain("<script", "<style", "style=");
        Document after = Jsoup.parse(shown.body());
        assertThat(after.selectFirst("#done").text()).isEqualTo("Gedaan: Bericht vastleggen.");
        Element message = after.selectFirst("#thread-applicant article.message");
        assertThat(message.id()).isEqualTo(location.substring(location.indexOf('#') + 1));
        assertThat(message.selectFirst(".letter").wholeText()).isEqualTo(text);
        assertThat(message.selectFirst(".kind").text()).isEqualTo("Brief");
        Element download = message.selectFirst(".attachments a");
        assertThat(download.text()).startsWith("image/png");
        HttpResponse<byte[]> file = anna.download(download.attr("href"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(drawing);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

        HttpResponse<String> disguised = anna.postMultipart(page(exchange) + "/messages", Map.of(
                        "version", version(after), "writerId", exchange.applicant().toString(), "kind", "LETTER",
                        "content", "A text file called a PDF."),
                new PageSession.File("attachments", "brief.pdf", "application/pdf",
                        "just text".getBytes(StandardCharsets.UTF_8)));
        assertThat(disguised.statusCode()).isEqualTo(400);
        Document refused = Jsoup.parse(disguised.body());
        assertThat(refused.selectFirst("#refusal .rule").text()).isEqualTo("AttachmentType");
        assertThat(refused.selectFirst("#refusal .explanation").text()).startsWith("Dit soort bestand kan niet worden bijgevoegd");
        assertThat(refused.selectFirst("#record-content").wholeText()).isEqualTo("A text file called a PDF.");
        assertThat(refused.select("article.message")).hasSize(1);
    }

    @Test
    void badInputNamesTheFieldAndARuleIsExplainedInWords() {
        OpenExchange exchange = openedExchange();
        UUID letter = recordByApi(exchange, exchange.applicant(), "A letter.");
        String version = version(Jsoup.parse(anna.get(page(exchange)).body()));

        HttpResponse<String> noText = anna.post(page(exchange) + "/messages",
                Map.of("version", version, "writerId", exchange.applicant().toString()));
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noText.body()).select("#refusal .field-errors li").eachAttr("data-field"))
                .containsExactly("content", "kind");
        assertThat(Jsoup.parse(noText.body()).selectFirst("#refusal li[data-field=content]").text())
                .startsWith("Tekst: moet ingevuld zijn.");

        HttpResponse<String> notAgreed = anna.post(page(exchange) + "/messages/" + letter + "/redact",
                Map.of("version", version, "content", "A [...]."));
        assertThat(notAgreed.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(notAgreed.body()).selectFirst("#refusal .rule").text())
                .isEqualTo("RedactionWithoutWriterAgreement");
        assertThat(Jsoup.parse(notAgreed.body()).selectFirst("#redact-content-" + letter).wholeText()).isEqualTo("A [...].");
        assertThat(Jsoup.parse(notAgreed.body()).selectFirst("#more-" + letter).hasAttr("open")).isTrue();

        HttpResponse<String> undelivered = anna.post(page(exchange) + "/messages/" + letter + "/deliver",
                Map.of("version", version, "channel", "POST"));
        assertThat(undelivered.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(undelivered.body()).selectFirst("#refusal .explanation").text())
                .isEqualTo("Een bericht wordt pas bezorgd als het is goedgekeurd.");
    }

    @Test
    void aFormFromAStalePageIsToldSoAndOverwritesNothing() {
        OpenExchange exchange = openedExchange();
        UUID letter = recordByApi(exchange, exchange.applicant(), "A letter.");
        String stale = version(Jsoup.parse(anna.get(page(exchange)).body()));
        approveByApi(exchange, letter);

        HttpResponse<String> answer = anna.post(page(exchange) + "/messages/" + letter + "/withdraw",
                Map.of("version", stale));

        assertThat(answer.statusCode()).isEqualTo(409);
        Document shown = Jsoup.parse(answer.body());
        assertThat(shown.selectFirst("#stale").text()).startsWith("De correspondentie is intussen gewijzigd");
        assertThat(shown.selectFirst("#message-" + letter).attr("data-status")).isEqualTo("APPROVED");
        assertThat(version(shown)).isNotEqualTo(stale);
    }

    @Test
    void aColleagueGetsThePageOfACaseWithoutCorrespondence() {
        OpenExchange exchange = openedExchange();
        UUID letter = recordByApi(exchange, exchange.applicant(), "A letter.");

        HttpResponse<String> colleagues = bram.get(page(exchange));
        HttpResponse<String> none = bram.get("/cases/" + UUID.randomUUID() + "/correspondence");
        HttpResponse<String> step = bram.post(page(exchange) + "/messages/" + letter + "/approve", Map.of("version", "1"));

        assertThat(colleagues.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(colleagues.body()).selectFirst("#error").text()).isEqualTo("Niet gevonden");
        assertThat(colleagues.body()).isEqualTo(none.body());
        assertThat(step.statusCode()).isEqualTo(404);
        assertThat(step.body()).doesNotContain("A letter.");
        assertThat(Jsoup.parse(bram.get("/correspondence").body()).select("tr[data-case-id=" + exchange.caseId() + "]"))
                .isEmpty();
    }

    @Test
    void complianceReadsTheCorrespondenceWithoutAnyForm() {
        OpenExchange exchange = openedExchange();
        recordByApi(exchange, exchange.applicant(), "A letter.");

        Document shown = Jsoup.parse(compliance.get(page(exchange)).body());

        assertThat(shown.select("#thread-applicant article.message")).hasSize(1);
        assertThat(shown.select("main form")).isEmpty();
        assertThat(shown.selectFirst(".role-note")).isNotNull();
        assertThat(Jsoup.parse(compliance.get("/correspondence").body())
                .select("tr[data-case-id=" + exchange.caseId() + "]")).hasSize(1);
    }

    @Test
    void aSuspendedExchangeSaysWhyNothingMovesAndOffersNoForm() {
        OpenExchange exchange = openedExchange();
        UUID letter = recordByApi(exchange, exchange.applicant(), "A draft.");
        suspend(exchange);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Jsoup.parse(anna.get(page(exchange)).body()).selectFirst("#state").attr("data-state")).isEqualTo("SUSPENDED"));

        Document frozen = Jsoup.parse(anna.get(page(exchange)).body());
        assertThat(frozen.selectFirst("#state").text()).isEqualTo("Opgeschort");
        assertThat(frozen.selectFirst("#frozen").text()).startsWith("Niets beweegt")
                .contains("een toestemming die de uitwisseling nodig heeft, is ingetrokken", "Sinds ");
        assertThat(frozen.select("main form")).isEmpty();
        assertThat(frozen.selectFirst("#message-" + letter + " .letter").text()).isEqualTo("A draft.");
        assertThat(Jsoup.parse(anna.get("/correspondence").body())
                .selectFirst("tr[data-case-id=" + exchange.caseId() + "] td.state").text())
                .isEqualTo("Opgeschort: toestemming ingetrokken");

        // a form kept open from before, sent with the version the frozen correspondence has now
        String current = json(get("/api" + page(exchange), DemoUsers.MEDIATOR_ANNA)).get("version").asString();
        HttpResponse<String> refused = anna.post(page(exchange) + "/messages/" + letter + "/approve",
                Map.of("version", current));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).selectFirst("#refusal .rule").text()).isEqualTo("ExchangeNotOpen");
        assertThat(Jsoup.parse(refused.body()).select("main form")).isEmpty();
    }

    // ---- helpers

    private static String page(OpenExchange exchange) {
        return "/cases/" + exchange.caseId() + "/correspondence";
    }

    private static String version(Document page) {
        return page.selectFirst("input[name=version]").val();
    }

    private OpenExchange openedExchange() {
        OpenExchange exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var answer = get("/api" + page(exchange), DemoUsers.MEDIATOR_ANNA);
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat(json(answer).get("state").asString()).isEqualTo("OPEN");
        });
        return exchange;
    }

    private UUID recordByApi(OpenExchange exchange, UUID writer, String content) {
        var answer = post("/api" + page(exchange) + "/messages", DemoUsers.MEDIATOR_ANNA,
                Map.of("writerId", writer, "kind", "LETTER", "content", content));
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        return UUID.fromString(json(answer).get("messageId").asString());
    }

    private void approveByApi(OpenExchange exchange, UUID message) {
        assertThat(post("/api" + page(exchange) + "/messages/" + message + "/approve", DemoUsers.MEDIATOR_ANNA, null)
                .getStatusCode().value()).isEqualTo(200);
    }
}
