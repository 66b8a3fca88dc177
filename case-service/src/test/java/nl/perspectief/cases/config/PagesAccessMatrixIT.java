package nl.perspectief.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.perspectief.cases.PageSession;
import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.keycloak.DemoUsers;

/**
 * Every page against every kind of visitor: no session, and a session of each demo user signed in through
 * Keycloak's real login page, the mediators once as the assigned one (Anna) and once as a colleague (Bram), on a
 * case assigned to Anna. Without a session a page sends the browser to sign in (302 to the provider's
 * authorization endpoint); signed in, a page answers 200, the 403 page for a role that may not see it, or the 404
 * page where need-to-know hides the case. AccessMatrixIT checks that {@link #MATRIX} and its own rows together
 * name every endpoint the service answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesAccessMatrixIT extends RunningCaseService {

    enum Visitor { NO_SESSION, DESK, MEDIATOR_ASSIGNED, MEDIATOR_NOT_ASSIGNED, COMPLIANCE, ADMIN, TRAINER }

    record Row(String method, String path, int... expected) {
    }

    // columns:                              none desk anna bram compliance admin trainer
    private static final int[] SIGNED_IN = {302, 200, 200, 200, 200, 200, 200};
    private static final int[] CASE_LIST = {302, 200, 200, 200, 200, 403, 403};
    private static final int[] CASE_PAGE = {302, 200, 200, 404, 200, 403, 403};
    private static final int[] TIMELINE = {302, 404, 200, 404, 200, 403, 403};
    /** Anna's own case needs no break-glass: her form sends her to the case. */
    private static final int[] BREAK_GLASS_FORM = {302, 403, 302, 200, 403, 403, 403};
    /** With an empty reason: mediators get the form back (400); without a session there is no CSRF token (403). */
    private static final int[] BREAK_GLASS_POST = {403, 403, 400, 400, 403, 403, 403};
    private static final int[] COMPLIANCE_ONLY = {302, 403, 403, 403, 200, 403, 403};
    private static final int[] DESK_ONLY = {302, 200, 403, 403, 403, 403, 403};
    /**
     * A step's form sent empty (no version of the case): whoever is let in gets the page back with the fields to
     * fix (400), the colleague the page of a case that does not exist; without a session there is no CSRF token.
     */
    private static final int[] DESK_FORM_POST = {403, 400, 403, 403, 403, 403, 403};
    private static final int[] MEDIATOR_FORM_POST = {403, 403, 400, 404, 403, 403, 403};

    /** The mediator's steps, at the paths of the API's steps below /cases. */
    static final List<String> MEDIATOR_STEPS = List.of("/parties", "/parties/{partyId}/contact-details",
            "/parties/{partyId}/safety-notes", "/parties/{partyId}/language", "/first-conversation",
            "/preparation-talks", "/contact-attempts", "/responses", "/share-applicant-name", "/consents",
            "/consents/{consentId}/withdrawal", "/form-of-contact/proposal", "/form-of-contact/agreement", "/meetings",
            "/meetings/{meetingId}/reschedule", "/meetings/{meetingId}/cancel", "/meetings/{meetingId}/held",
            "/message-exchange/open", "/message-exchange/resume", "/message-exchange/close", "/closure",
            "/outcome-shares", "/aftercare-contacts", "/reopen", "/notes");
    /** An audit never run: compliance is let in as far as the page of nothing found. */
    private static final int[] UNKNOWN_AUDIT = {302, 403, 403, 403, 404, 403, 403};
    /** Starting an audit: compliance is sent on to its page; without a session there is no CSRF token. */
    private static final int[] AUDIT_STARTED = {403, 403, 403, 403, 302, 403, 403};
    private static final int[] CLOSED = {302, 403, 403, 403, 403, 403, 403};
    /** Swagger UI, for any member of staff: its address sends a signed-in browser on to its page. */
    private static final int[] SWAGGER_UI = {302, 302, 302, 302, 302, 302, 302};

    private static final String CASE = "/cases/{caseId}";
    static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /", new Row("GET", "/", SIGNED_IN));
        MATRIX.put("GET /cases", new Row("GET", "/cases", CASE_LIST));
        MATRIX.put("GET " + CASE, new Row("GET", CASE, CASE_PAGE));
        MATRIX.put("GET " + CASE + "/timeline", new Row("GET", CASE + "/timeline", TIMELINE));
        MATRIX.put("GET " + CASE + "/break-glass", new Row("GET", CASE + "/break-glass", BREAK_GLASS_FORM));
        MATRIX.put("POST " + CASE + "/break-glass", new Row("POST", CASE + "/break-glass", BREAK_GLASS_POST));
        MATRIX.put("GET /cases/new", new Row("GET", "/cases/new", DESK_ONLY));
        MATRIX.put("POST /cases", new Row("POST", "/cases", DESK_FORM_POST));
        for (String triage : List.of("/accept", "/decline", "/link", "/assign-mediator")) {
            MATRIX.put("POST " + CASE + triage, new Row("POST", CASE + triage, DESK_FORM_POST));
        }
        for (String step : MEDIATOR_STEPS) {
            MATRIX.put("POST " + CASE + step, new Row("POST", CASE + step, MEDIATOR_FORM_POST));
        }
        MATRIX.put("GET /access-log", new Row("GET", "/access-log", COMPLIANCE_ONLY));
        MATRIX.put("GET /access-log/verification", new Row("GET", "/access-log/verification", COMPLIANCE_ONLY));
        MATRIX.put("GET /break-glass-grants", new Row("GET", "/break-glass-grants", COMPLIANCE_ONLY));
        MATRIX.put("GET " + CASE + "/compliance", new Row("GET", CASE + "/compliance", COMPLIANCE_ONLY));
        MATRIX.put("GET " + CASE + "/compliance/export.json", new Row("GET", CASE + "/compliance/export.json",
                COMPLIANCE_ONLY));
        MATRIX.put("GET " + CASE + "/compliance/export.pdf", new Row("GET", CASE + "/compliance/export.pdf",
                COMPLIANCE_ONLY));
        MATRIX.put("GET /compliance/audits", new Row("GET", "/compliance/audits", COMPLIANCE_ONLY));
        MATRIX.put("GET /compliance/audits/{auditId}", new Row("GET", "/compliance/audits/{auditId}", UNKNOWN_AUDIT));
        MATRIX.put("POST /compliance/audits", new Row("POST", "/compliance/audits", AUDIT_STARTED));
        MATRIX.put("GET /swagger-ui.html", new Row("GET", "/swagger-ui.html", SWAGGER_UI));
        // the error page, asked for directly: closed like every endpoint nobody decided on
        MATRIX.put("ANY /error", new Row("GET", "/error", CLOSED));
    }

    private final Map<Visitor, PageSession> sessions = new EnumMap<>(Visitor.class);
    private String annasCase;

    @BeforeAll
    void caseAndSessions() {
        annasCase = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        sessions.put(Visitor.NO_SESSION, PageSession.anonymous(pagesBaseUri()));
        sessions.put(Visitor.DESK, PageSession.signedIn(pagesBaseUri(), DemoUsers.DESK));
        sessions.put(Visitor.MEDIATOR_ASSIGNED, PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_ANNA));
        sessions.put(Visitor.MEDIATOR_NOT_ASSIGNED, PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_BRAM));
        sessions.put(Visitor.COMPLIANCE, PageSession.signedIn(pagesBaseUri(), DemoUsers.COMPLIANCE));
        sessions.put(Visitor.ADMIN, PageSession.signedIn(pagesBaseUri(), DemoUsers.ADMIN));
        sessions.put(Visitor.TRAINER, PageSession.signedIn(pagesBaseUri(), DemoUsers.TRAINER));
    }

    @Test
    void everyVisitorSeesOrIsRefusedEveryPageAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-42s", "page \\ visitor"));
        for (Visitor visitor : Visitor.values()) {
            table.append(String.format(" %-10.10s", visitor.name().replace("MEDIATOR_", "MED_")));
        }
        table.append('\n');
        MATRIX.forEach((endpoint, row) -> {
            table.append(String.format("%-42.42s", endpoint));
            String path = row.path().replace("{caseId}", annasCase).replace("{partyId}", UUID.randomUUID().toString())
                    .replace("{consentId}", UUID.randomUUID().toString())
                    .replace("{meetingId}", UUID.randomUUID().toString())
                    .replace("{auditId}", UUID.randomUUID().toString());
            for (Visitor visitor : Visitor.values()) {
                int expected = row.expected()[visitor.ordinal()];
                PageSession session = sessions.get(visitor);
                HttpResponse<String> answer = "GET".equals(row.method()) ? session.get(path)
                        : session.post(path, Map.of("reason", "", "minutes", "30"));
                int status = answer.statusCode();
                String fault = fault(visitor, answer, expected);
                table.append(String.format(" %-10s", status + (fault == null ? "" : " !" + expected)));
                if (fault != null) {
                    wrong.add(row.method() + " " + path + " as " + visitor + ": " + fault);
                }
            }
            table.append('\n');
        });
        System.out.println("Pages access matrix of case-service (status per visitor; '!n' marks a cell that should be n):" + table);
        assertThat(wrong).isEmpty();
    }

    /** What is wrong with an answer, or {@code null}: the status, and for a redirect without a session, where it goes. */
    private static String fault(Visitor visitor, HttpResponse<String> answer, int expected) {
        if (answer.statusCode() != expected) {
            return answer.statusCode() + " (expected " + expected + ")";
        }
        if (expected == 302 && visitor == Visitor.NO_SESSION
                && !answer.headers().firstValue("Location").orElse("").endsWith("/oauth2/authorization/perspectief-web")) {
            return "redirected to " + answer.headers().firstValue("Location").orElse("nowhere") + ", not to sign in";
        }
        if ((expected == 403 || expected == 404) && !answer.body().contains("id=\"error\"")) {
            return expected + " without the error page";
        }
        return null;
    }

    @Test
    void aColleaguesCaseAnswersExactlyTheNotFoundPageOfACaseThatDoesNotExist() {
        PageSession bram = sessions.get(Visitor.MEDIATOR_NOT_ASSIGNED);

        HttpResponse<String> colleagues = bram.get("/cases/" + annasCase);
        HttpResponse<String> none = bram.get("/cases/" + java.util.UUID.randomUUID());

        assertThat(colleagues.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(colleagues.body()).isEqualTo(none.body());
    }

    @Test
    void aFormPostWithoutTheSessionsCsrfTokenIsRefused() {
        HttpResponse<String> answer = sessions.get(Visitor.MEDIATOR_NOT_ASSIGNED).postWithoutCsrfToken(
                "/cases/" + annasCase + "/break-glass",
                Map.of("reason", "Anna is ill; the applicant called about tomorrow.", "minutes", "30"));

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void aStepFormPostedWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() {
        HttpResponse<String> answer = sessions.get(Visitor.MEDIATOR_ASSIGNED).postWithoutCsrfToken(
                "/cases/" + annasCase + "/notes", Map.of("version", "0", "text", "A note sent from elsewhere."));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(sessions.get(Visitor.MEDIATOR_ASSIGNED).get("/cases/" + annasCase + "/timeline").body())
                .doesNotContain("Case note added", "A note sent from elsewhere.");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> page = sessions.get(Visitor.MEDIATOR_ASSIGNED).get("/cases/" + annasCase);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).doesNotContain("<script", "<style", "style=");
    }
}
