package nl.perspectief.messaging.correspondence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.PageSession;
import nl.perspectief.messaging.RunningMessagingService;
import nl.perspectief.messaging.StaffTokens;
import nl.perspectief.messaging.pages.PageFixtures;
import nl.perspectief.security.AccessMatrix;
import nl.perspectief.security.EndpointInventory;

/**
 * Every endpoint and every page of the running service against every kind of caller, with real tokens and real
 * sign-ins at the real Keycloak: nobody, a token of another issuer (the realm {@code elsewhere}), and each demo user,
 * the mediators once as the case's (Anna) and once as a colleague (Bram), on a correspondence of Anna's case with one
 * attachment. The API answers 2xx where let in, 4xx by the request's own faults where let in as far as that (so a step
 * changes nothing), and 401, 403 or 404 where need-to-know hides the case, each refusal as problem+json. A page without
 * a session sends the browser to sign in; signed in, it answers 200, 400 for a form sent empty, the 403 page for a role
 * that may not see it, the 404 page where need-to-know hides the case. An endpoint the service answers that no row
 * names, or a row for one it no longer answers, fails {@link #everyEndpointOfTheServiceIsInAMatrix()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends RunningMessagingService {

    enum Caller { NO_TOKEN, ELSEWHERE, DESK, MEDIATOR_ASSIGNED, MEDIATOR_NOT_ASSIGNED, COMPLIANCE, ADMIN, TRAINER }

    // columns:                         none elsewhere desk anna bram compliance admin trainer
    private static final int[] HEALTH = {200, 401, 200, 200, 200, 200, 200, 200};
    private static final int[] ADMIN_ONLY = {401, 401, 403, 403, 403, 403, 200, 403};
    /** The API's description: any member of staff (it holds no case data), nobody else. */
    private static final int[] ANY_STAFF = {401, 401, 200, 200, 200, 200, 200, 200};
    private static final int[] COMPLIANCE_ONLY = {401, 401, 403, 403, 403, 200, 403, 403};
    /** A mediator's own cases, every case for compliance: a colleague gets a list without Anna's. */
    private static final int[] LIST = {401, 401, 403, 200, 200, 200, 403, 403};
    private static final int[] READ = {401, 401, 403, 200, 404, 200, 403, 403};
    /**
     * A step on a message the case does not have, with a body that is well-formed: Anna is let in as far as the rule
     * that refuses it (422, nothing changes), Bram finds no case, compliance reads but takes no step.
     */
    private static final int[] STEP = {401, 401, 403, 422, 404, 403, 403, 403};

    private static final String API = "/api/cases/{caseId}/correspondence";
    private static final List<String> STEPS = List.of("/approve", "/return", "/revise", "/redact", "/deliver",
            "/confirm-receipt", "/withdraw");
    /** Well-formed bodies, so the matrix shows who is let in, not what a body lacks. */
    private static final Map<String, String> BODIES = Map.of(
            "/messages", "{\"writerId\": \"" + UUID.randomUUID() + "\", \"kind\": \"LETTER\", \"content\": \"x\"}",
            "/return", "{\"reason\": \"x\"}",
            "/revise", "{\"content\": \"x\"}",
            "/redact", "{\"content\": \"x\", \"writerAgreed\": true}",
            "/deliver", "{\"channel\": \"POST\"}",
            "/confirm-receipt", "{}");

    static final AccessMatrix<Caller> MATRIX = new AccessMatrix<>(Caller.class);

    static {
        MATRIX.actuator(HEALTH, ADMIN_ONLY, ADMIN_ONLY)
                .row("GET /api/correspondence", LIST)
                .row("GET " + API, READ)
                .row("GET " + API + "/attachments/{attachmentId}", READ)
                .row("POST " + API + "/messages", STEP);
        for (String step : STEPS) {
            MATRIX.row("POST " + API + "/messages/{messageId}" + step, STEP);
        }
        MATRIX.row("GET /api/access-log", COMPLIANCE_ONLY)
                .row("GET /api/access-log/verification", COMPLIANCE_ONLY)
                .row("GET /v3/api-docs", ANY_STAFF)
                .row("GET /v3/api-docs.yaml", ANY_STAFF)
                .row("GET /v3/api-docs/swagger-config", ANY_STAFF);
    }

    enum Visitor { NO_SESSION, ELSEWHERE_TOKEN, DESK, MEDIATOR_ASSIGNED, MEDIATOR_NOT_ASSIGNED, COMPLIANCE, ADMIN, TRAINER }

    record Row(String method, String path, int... expected) {
    }

    // columns:                                  none token desk anna bram compliance admin trainer
    /** Signed in, the start page sends everyone on to the correspondence (which tells a role without it so). */
    private static final int[] PAGE_START = {302, 302, 302, 302, 302, 302, 302, 302};
    private static final int[] PAGE_LIST = {302, 302, 403, 200, 200, 200, 403, 403};
    private static final int[] PAGE_READ = {302, 302, 403, 200, 404, 200, 403, 403};
    /**
     * A step's form sent empty: Anna gets the page back naming what to fill in (400), Bram the page of a case without
     * correspondence; without a session there is no CSRF token, and a bearer token signs nobody in to the pages.
     */
    private static final int[] PAGE_STEP = {403, 403, 403, 400, 404, 403, 403, 403};
    /** Swagger UI, for any member of staff: its address sends a signed-in browser on to its page. */
    private static final int[] SWAGGER_UI = {302, 302, 302, 302, 302, 302, 302, 302};
    private static final int[] CLOSED = {302, 302, 403, 403, 403, 403, 403, 403};

    private static final String PAGE = "/cases/{caseId}/correspondence";
    static final Map<String, Row> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("GET /", new Row("GET", "/", PAGE_START));
        PAGES.put("GET /correspondence", new Row("GET", "/correspondence", PAGE_LIST));
        PAGES.put("GET " + PAGE, new Row("GET", PAGE, PAGE_READ));
        PAGES.put("GET " + PAGE + "/attachments/{attachmentId}", new Row("GET", PAGE + "/attachments/{attachmentId}",
                PAGE_READ));
        PAGES.put("POST " + PAGE + "/messages", new Row("POST", PAGE + "/messages", PAGE_STEP));
        for (String step : STEPS) {
            PAGES.put("POST " + PAGE + "/messages/{messageId}" + step,
                    new Row("POST", PAGE + "/messages/{messageId}" + step, PAGE_STEP));
        }
        PAGES.put("GET /swagger-ui.html", new Row("GET", "/swagger-ui.html", SWAGGER_UI));
        // the error page, asked for directly: closed like every endpoint nobody decided on
        PAGES.put("ANY /error", new Row("GET", "/error", CLOSED));
    }

    @Autowired
    private ApplicationContext context;

    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<Visitor, PageSession> sessions = new EnumMap<>(Visitor.class);
    private OpenExchange exchange;
    private String attachment;

    @BeforeAll
    void aCorrespondenceWithAnAttachmentAndEveryCaller() {
        exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                get(API.replace("{caseId}", exchange.caseId().toString()), DemoUsers.MEDIATOR_ANNA)
                        .getStatusCode().value() == 200);
        tokens.put(Caller.ELSEWHERE, StaffTokens.of(DemoUsers.MEDIATOR_ELSEWHERE));
        tokens.put(Caller.DESK, StaffTokens.of(DemoUsers.DESK));
        tokens.put(Caller.MEDIATOR_ASSIGNED, StaffTokens.of(DemoUsers.MEDIATOR_ANNA));
        tokens.put(Caller.MEDIATOR_NOT_ASSIGNED, StaffTokens.of(DemoUsers.MEDIATOR_BRAM));
        tokens.put(Caller.COMPLIANCE, StaffTokens.of(DemoUsers.COMPLIANCE));
        tokens.put(Caller.ADMIN, StaffTokens.of(DemoUsers.ADMIN));
        tokens.put(Caller.TRAINER, StaffTokens.of(DemoUsers.TRAINER));

        sessions.put(Visitor.NO_SESSION, PageSession.anonymous(pagesBaseUri(), "/correspondence"));
        sessions.put(Visitor.ELSEWHERE_TOKEN, PageSession.withBearerToken(pagesBaseUri(), tokens.get(Caller.ELSEWHERE), "/correspondence"));
        sessions.put(Visitor.DESK, PageSession.signedIn(pagesBaseUri(), DemoUsers.DESK, "/", "/correspondence"));
        sessions.put(Visitor.MEDIATOR_ASSIGNED, PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_ANNA, "/", "/correspondence"));
        sessions.put(Visitor.MEDIATOR_NOT_ASSIGNED, PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_BRAM, "/", "/correspondence"));
        sessions.put(Visitor.COMPLIANCE, PageSession.signedIn(pagesBaseUri(), DemoUsers.COMPLIANCE, "/", "/correspondence"));
        sessions.put(Visitor.ADMIN, PageSession.signedIn(pagesBaseUri(), DemoUsers.ADMIN, "/", "/correspondence"));
        sessions.put(Visitor.TRAINER, PageSession.signedIn(pagesBaseUri(), DemoUsers.TRAINER, "/", "/correspondence"));

        String page = PAGE.replace("{caseId}", exchange.caseId().toString());
        PageSession anna = sessions.get(Visitor.MEDIATOR_ASSIGNED);
        String version = Jsoup.parse(anna.get(page).body()).selectFirst("#form-record input[name=version]").val();
        assertThat(anna.postMultipart(page + "/messages", Map.of("version", version,
                        "writerId", exchange.applicant().toString(), "kind", "LETTER", "content", "With a drawing."),
                new PageSession.File("attachments", "drawing.png", "image/png", PageFixtures.drawing()))
                .statusCode()).isEqualTo(303);
        String link = Jsoup.parse(anna.get(page).body()).selectFirst(".attachments a").attr("href");
        attachment = link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void everyCallerOfTheApiIsLetInOrRefusedAsTheMatrixSays() {
        AccessMatrix.Outcome outcome = MATRIX.check(this::fillIn, (request, caller) -> {
            var call = "GET".equals(request.method()) ? api().get().uri(request.path())
                    : api().post().uri(request.path()).contentType(MediaType.APPLICATION_JSON)
                    .body(BODIES.entrySet().stream().filter(body -> request.path().endsWith(body.getKey()))
                            .map(Map.Entry::getValue).findFirst().orElse("{}"));
            if (tokens.containsKey(caller)) {
                call = call.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(caller));
            }
            ResponseEntity<String> answer = call.retrieve().toEntity(String.class);
            return new AccessMatrix.Answer(answer.getStatusCode().value(),
                    answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
        });

        System.out.println("Access matrix of messaging-service's API (status per caller; '!n' marks a cell that should be n):"
                + outcome.table());
        assertThat(outcome.wrong()).isEmpty();
    }

    @Test
    void everyVisitorOfThePagesSeesOrIsRefusedAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-72s", "page \\ visitor"));
        for (Visitor visitor : Visitor.values()) {
            table.append(String.format(" %-10.10s", visitor.name().replace("MEDIATOR_", "MED_")));
        }
        table.append('\n');
        PAGES.forEach((endpoint, row) -> {
            table.append(String.format("%-72.72s", endpoint));
            String path = fillIn(row.path());
            for (Visitor visitor : Visitor.values()) {
                int expected = row.expected()[visitor.ordinal()];
                PageSession session = sessions.get(visitor);
                HttpResponse<String> answer = "GET".equals(row.method()) ? session.get(path) : session.post(path, Map.of());
                String fault = fault(visitor, answer, expected);
                table.append(String.format(" %-10s", answer.statusCode() + (fault == null ? "" : " !" + expected)));
                if (fault != null) {
                    wrong.add(row.method() + " " + path + " as " + visitor + ": " + fault);
                }
            }
            table.append('\n');
        });
        System.out.println("Pages access matrix of messaging-service (status per visitor; '!n' marks a cell that should be n):"
                + table);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyEndpointOfTheServiceIsInAMatrix() {
        Set<String> rows = new TreeSet<>(MATRIX.endpoints());
        rows.addAll(PAGES.keySet());

        assertThat(rows).as("every endpoint the service answers has a row, and every row an endpoint")
                .isEqualTo(EndpointInventory.of(context));
    }

    @Test
    void aStepFormPostedWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() {
        String page = PAGE.replace("{caseId}", exchange.caseId().toString());
        PageSession anna = sessions.get(Visitor.MEDIATOR_ASSIGNED);
        String message = Jsoup.parse(anna.get(page).body()).selectFirst("article.message").id().replace("message-", "");
        String version = Jsoup.parse(anna.get(page).body()).selectFirst("input[name=version]").val();

        HttpResponse<String> answer = anna.postWithoutCsrfToken(page + "/messages/" + message + "/withdraw",
                Map.of("version", version));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(anna.get(page).body()).selectFirst("article.message").attr("data-status"))
                .isEqualTo("AWAITING_REVIEW");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoInlineScriptOrStyle() {
        HttpResponse<String> page = sessions.get(Visitor.MEDIATOR_ASSIGNED)
                .get(PAGE.replace("{caseId}", exchange.caseId().toString()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).doesNotContain("<script", "<style", "style=");
    }

    private String fillIn(String path) {
        return path.replace("{caseId}", exchange.caseId().toString()).replace("{attachmentId}", attachment)
                .replace("{messageId}", UUID.randomUUID().toString());
    }

    /** What is wrong with a page's answer, or {@code null}: its status, where a redirect goes, whether 403/404 is the page. */
    private static String fault(Visitor visitor, HttpResponse<String> answer, int expected) {
        if (answer.statusCode() != expected) {
            return answer.statusCode() + " (expected " + expected + ")";
        }
        String location = answer.headers().firstValue("Location").orElse("");
        boolean noSession = visitor == Visitor.NO_SESSION || visitor == Visitor.ELSEWHERE_TOKEN;
        if (expected == 302 && noSession && !location.endsWith("/oauth2/authorization/perspectief-web")) {
            return "redirected to " + location + ", not to sign in";
        }
        if ((expected == 403 || expected == 404) && !answer.body().contains("id=\"error\"")) {
            return expected + " without the error page";
        }
        return null;
    }
}
