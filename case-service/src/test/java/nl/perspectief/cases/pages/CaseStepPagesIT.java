package nl.perspectief.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.perspectief.cases.PageSession;
import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.keycloak.DemoUsers;

/**
 * The steps of a case taken in the pages, signed in through the real sign-in: the desk opens a case from a phone
 * call, accepts it and assigns Anna, chosen from the mediators who have signed in; Anna records the consents,
 * agrees a meeting, schedules it, records it as held and closes the case. A refused step shows its rule and leaves
 * the event stream as it was; a form made from an old version of the case shows the conflict; break-glass reads
 * but takes no step; a case that had a message exchange links to its correspondence in messaging-service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStepPagesIT extends RunningCaseService {

    private PageSession desk;
    private PageSession anna;

    @BeforeAll
    void signIn() {
        // Anna signs in first: the desk's choice of mediator lists those who have
        anna = PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_ANNA);
        desk = PageSession.signedIn(pagesBaseUri(), DemoUsers.DESK);
    }

    @Test
    void theDeskOpensACaseFromAPhoneCallAcceptsItAndAssignsAnnaWhoRunsItToClosure() {
        Document form = page(desk, "/cases/new");
        Map<String, String> phoneCall = phoneCall(form.selectFirst("input[name=idempotencyKey]").val());

        HttpResponse<String> opened = desk.post("/cases", phoneCall);
        HttpResponse<String> sentAgain = desk.post("/cases", phoneCall);

        assertThat(opened.statusCode()).isEqualTo(302);
        String casePath = opened.headers().firstValue("Location").map(l -> l.substring(l.indexOf("/cases/"))).orElseThrow();
        assertThat(sentAgain.headers().firstValue("Location").orElseThrow()).endsWith(casePath);
        String caseId = casePath.substring("/cases/".length());
        assertThat(page(desk, casePath).selectFirst("#done").text()).contains("Open the case");

        step(desk, casePath, "#form-accept", Map.of());
        Document awaitingMediator = page(desk, casePath);
        Element annaOption = awaitingMediator.selectFirst("#assign-mediator-mediator option:contains(mediator.anna)");
        assertThat(annaOption.val()).isEqualTo(StaffTokens.idOf(DemoUsers.MEDIATOR_ANNA));
        assertThat(awaitingMediator.text()).contains("after signing in to these pages for the first time");
        step(desk, casePath, "#form-assign-mediator", Map.of("mediatorId", annaOption.val()));
        Document assigned = page(desk, casePath);
        assertThat(assigned.selectFirst("#status").text()).isEqualTo("In progress");
        assertThat(assigned.text()).as("the mediator named as she signed in, not by the provider's id")
                .contains("mediator.anna").doesNotContain(StaffTokens.idOf(DemoUsers.MEDIATOR_ANNA));

        Document annas = page(anna, casePath);
        String applicant = partyOf(annas, "Applicant");
        String otherParty = partyOf(annas, "Other party");
        step(anna, casePath, "#form-first-conversation", Map.of("heldAt", "2026-04-02T10:00", "summary", "Wants to meet."));
        for (String party : new String[] {applicant, otherParty}) {
            step(anna, casePath, "#form-consents", consent(party, "TAKING_PART", ""));
            step(anna, casePath, "#form-consents", consent(party, "FORM_OF_CONTACT", "MEETING"));
        }
        step(anna, casePath, "#form-agreement", Map.of("form", "MEETING"));
        step(anna, casePath, "#form-meetings", Map.of("form", "MEETING", "scheduledFor", "2026-06-01T14:00",
                "location", "OFFICE"));
        Element held = page(anna, casePath).selectFirst("form[id^=form-held-]");
        step(anna, casePath, "#" + held.id(), Map.of());
        step(anna, casePath, "#form-closure", Map.of("outcome", "CONTACT_TOOK_PLACE", "note", "A good conversation."));

        Document closed = page(anna, casePath);
        assertThat(closed.selectFirst("#status").text()).isEqualTo("Closed");
        assertThat(closed.select("#form-closure")).isEmpty();
        assertThat(closed.select("#form-aftercare-contacts")).hasSize(1);
        assertThat(page(anna, casePath + "/timeline").select("ol.timeline li")).hasSize(events(caseId));
        assertThat(page(anna, casePath + "/timeline").text()).contains("Meeting held", "A good conversation.");
    }

    @Test
    void aStepTheCaseRefusesShowsItsRuleBesideTheFormKeepsTheInputAndChangesNothing() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String casePath = "/cases/" + caseId;
        int before = events(caseId);

        HttpResponse<String> refused = anna.post(casePath + "/form-of-contact/agreement",
                Map.of("version", version(page(anna, casePath)), "form", "MEETING"));

        assertThat(refused.statusCode()).isEqualTo(422);
        Element refusal = Jsoup.parse(refused.body()).selectFirst("#refusal-agreement");
        assertThat(refusal.selectFirst(".rule").text()).isEqualTo("FormOfContactWithoutConsent");
        assertThat(refusal.selectFirst(".explanation").text()).contains("consented to taking part");
        assertThat(refusal.select(".missing-consents li").eachText()).contains(
                "Missing consent from Applicant: Taking part in the mediation",
                "Missing consent from Other party: Taking part in the mediation");
        assertThat(refusal.text()).doesNotContain("TAKING_PART", "OTHER_PARTY");
        assertThat(Jsoup.parse(refused.body()).selectFirst("#agreement-form option[selected]").val()).isEqualTo("MEETING");
        assertThat(events(caseId)).isEqualTo(before);
    }

    @Test
    void badInputNamesTheFieldAndItsRule() {
        String casePath = "/cases/" + caseAssignedTo(DemoUsers.MEDIATOR_ANNA);

        HttpResponse<String> invalid = anna.post(casePath + "/first-conversation",
                Map.of("version", version(page(anna, casePath)), "heldAt", "2026-04-02T10:00", "summary", " "));

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(invalid.body()).select("#refusal-first-conversation .field-errors li").text())
                .contains("summary", "NotBlank");
    }

    @Test
    void aFormMadeFromAnOlderVersionShowsThatSomeoneElseChangedTheCase() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String casePath = "/cases/" + caseId;
        String seen = version(page(anna, casePath));
        step(anna, casePath, "#form-notes", Map.of("text", "Called the applicant back."));
        int before = events(caseId);

        HttpResponse<String> stale = anna.post(casePath + "/notes", Map.of("version", seen, "text", "Another note."));

        assertThat(stale.statusCode()).isEqualTo(409);
        Document current = Jsoup.parse(stale.body());
        assertThat(current.selectFirst("#conflict").text()).contains("Someone else changed this case meanwhile");
        assertThat(current.selectFirst("#no-text").text()).isEqualTo("Another note.");
        assertThat(version(current)).isEqualTo(String.valueOf(Long.parseLong(seen) + 1));
        assertThat(events(caseId)).isEqualTo(before);
    }

    @Test
    void breakGlassReadsTheCaseWithoutFormsAndItsStepsAreRefused() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String casePath = "/cases/" + caseId;
        PageSession bram = PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_BRAM);
        bram.post(casePath + "/break-glass", Map.of("reason", "Anna is ill; the applicant called about tomorrow.",
                "minutes", "30"));
        int before = events(caseId);

        Document read = page(bram, casePath);
        HttpResponse<String> note = bram.post(casePath + "/notes", Map.of("version", "2", "text", "Covering for Anna."));

        assertThat(read.select("#break-glass-flag")).hasSize(1);
        assertThat(read.select("form.step")).isEmpty();
        assertThat(note.statusCode()).isEqualTo(403);
        assertThat(events(caseId)).isEqualTo(before);
    }

    @Test
    void linksACaseThatHadAMessageExchangeToItsCorrespondenceForItsMediatorAndComplianceOnly() {
        String casePath = "/cases/" + caseWithAMessageExchangeOpened().caseId();
        String withoutExchange = "/cases/" + caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        PageSession compliance = PageSession.signedIn(pagesBaseUri(), DemoUsers.COMPLIANCE);
        String correspondence = "http://localhost:8083" + casePath + "/correspondence";

        Element annas = page(anna, casePath).selectFirst("#correspondence-link");
        Element compliances = page(compliance, casePath).selectFirst("#correspondence-link");

        assertThat(annas.attr("href")).isEqualTo(correspondence);
        assertThat(annas.text()).isEqualTo("Correspondence");
        assertThat(compliances.attr("href")).isEqualTo(correspondence);
        assertThat(page(desk, casePath).select("#correspondence-link")).as("the desk's page after triage").isEmpty();
        assertThat(page(anna, withoutExchange).select("#correspondence-link")).as("a case without an exchange")
                .isEmpty();
    }

    // ----

    private static Document page(PageSession session, String path) {
        HttpResponse<String> answer = session.get(path);
        assertThat(answer.statusCode()).as("GET " + path).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    /** Sends the form as the page offers it (its version), with {@code fields}; the step is taken: 302 back. */
    private static void step(PageSession session, String casePath, String form, Map<String, String> fields) {
        Element found = page(session, casePath).selectFirst(form);
        assertThat(found).as(form + " on " + casePath).isNotNull();
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put("version", found.selectFirst("input[name=version]").val());
        HttpResponse<String> answer = session.post(found.attr("action"), sent);
        assertThat(answer.statusCode()).as(form + ": " + Jsoup.parse(answer.body()).select(".refusal").text())
                .isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(casePath);
    }

    private static String version(Document page) {
        return page.selectFirst("input[name=version]").val();
    }

    private static String partyOf(Document page, String role) {
        return page.select("#co-party option").stream().filter(o -> o.text().startsWith(role + " · ")).findFirst()
                .orElseThrow().val();
    }

    private static Map<String, String> consent(String party, String purpose, String form) {
        return Map.of("partyId", party, "purpose", purpose, "form", form, "method", "SPOKEN",
                "givenAt", "2026-04-02T10:30");
    }

    private static Map<String, String> phoneCall(String idempotencyKey) {
        Map<String, String> call = new LinkedHashMap<>();
        call.put("idempotencyKey", idempotencyKey);
        call.put("source", "PHONE");
        call.put("receivedAt", "2026-04-01T09:00");
        call.put("applicant.role", "VICTIM");
        call.put("applicant.fullName", "Julia de Vries");
        call.put("applicant.phone", "+31 6 12345678");
        call.put("applicant.preferredChannel", "PHONE");
        call.put("applicant.safeToLeaveMessages", "false");
        call.put("applicant.minor", "false");
        call.put("otherParty.known", "true");
        call.put("otherParty.fullName", "Peter Bakker");
        call.put("incident.category", "SEXUAL_TRANSGRESSION");
        call.put("incident.policeReportFiled", "false");
        call.put("incident.criminalProceedings", "NONE");
        call.put("story", "He tutored me almost every week in high school.");
        call.put("referrer.organisation", "");
        return call;
    }

    /** The case's stream in the event store itself. */
    private static int events(String caseId) {
        return new JdbcTemplate(superuserDataSource()).queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class, caseId);
    }
}
