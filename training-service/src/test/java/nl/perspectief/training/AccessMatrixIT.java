package nl.perspectief.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
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
import nl.perspectief.security.AccessMatrix;
import nl.perspectief.security.EndpointInventory;
import nl.perspectief.training.session.web.TrainerApi;

/**
 * Every endpoint and every page of the running service against every kind of caller, with real tokens and real
 * sign-ins at the real Keycloak: nobody, each demo role, and a token of another issuer (the realm {@code elsewhere}).
 * The trainers' API answers a trainer 2xx, or 4xx by the request's own faults (a step the session's rules refuse, an
 * enrolment it does not have) so a step changes nothing, and everyone else 401 or 403 as problem+json; the trainers'
 * pages send a browser without a session to sign in, answer a trainer, and give every other role the 403 page. The
 * public side's endpoints and pages are rows too, open to anyone (another issuer's token is refused even there).
 * An endpoint the service answers that no row names, or a row for one it no longer answers, fails
 * {@link #everyEndpointOfTheServiceIsInAMatrix()}: a new endpoint is not let out until someone writes down who may use it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends RunningTrainingServiceOnAMovableClock {

    enum Caller { NO_TOKEN, DESK, MEDIATOR, TRAINER, COMPLIANCE, ADMIN, ELSEWHERE }

    // columns:                         none desk mediator trainer compliance admin elsewhere
    private static final int[] HEALTH = {200, 200, 200, 200, 200, 200, 401};
    private static final int[] ADMIN_ONLY = {401, 403, 403, 403, 403, 200, 401};
    private static final int[] COMPLIANCE_ONLY = {401, 403, 403, 403, 200, 403, 401};
    /** The API's description: any member of staff (it holds no personal data), nobody else. */
    private static final int[] ANY_STAFF = {401, 200, 200, 200, 200, 200, 401};
    /** A trainer reads; nobody else learns anything. */
    private static final int[] TRAINER_READS = {401, 403, 403, 200, 403, 403, 401};
    private static final int[] TRAINER_CREATES = {401, 403, 403, 201, 403, 403, 401};
    /** A step the session's rules refuse (or an enrolment it does not have): let in as far as the rule, nothing changes. */
    private static final int[] TRAINER_REFUSED = {401, 403, 403, 422, 403, 403, 401};
    private static final int[] TRAINER_NOT_FOUND = {401, 403, 403, 404, 403, 403, 401};
    /** The public API: anyone, a member of staff too; a token of another issuer is refused even here. */
    private static final int[] OPEN_TO_ANYONE = {200, 200, 200, 200, 200, 200, 401};
    /** An enrolment without its fields: everyone let in as far as what the body lacks. */
    private static final int[] OPEN_BODY_REFUSED = {400, 400, 400, 400, 400, 400, 401};

    private static final String SESSION = "/api/sessions/{sessionId}";

    /** Well-formed bodies, so the matrix shows who is let in rather than what a body lacks. */
    private static final Map<String, String> BODIES = new LinkedHashMap<>();

    static final AccessMatrix<Caller> MATRIX = new AccessMatrix<>(Caller.class);

    static {
        MATRIX.actuator(HEALTH, ADMIN_ONLY, ADMIN_ONLY)
                .row("GET /api/courses", TRAINER_READS)
                .row("POST /api/courses", TRAINER_CREATES)
                .row("GET /api/courses/{courseId}", TRAINER_READS)
                .row("POST /api/courses/{courseId}/revise", TRAINER_READS)
                .row("GET /api/sessions", TRAINER_READS)
                .row("POST /api/sessions", TRAINER_CREATES)
                .row("GET " + SESSION, TRAINER_READS)
                // open again: an open session stays open
                .row("POST " + SESSION + "/open", TRAINER_READS)
                .row("POST " + SESSION + "/start", TRAINER_REFUSED)
                .row("POST " + SESSION + "/cancel", TRAINER_REFUSED)
                .row("POST " + SESSION + "/complete", TRAINER_REFUSED)
                .row("POST " + SESSION + "/enrolments", TRAINER_CREATES)
                .row("POST " + SESSION + "/enrolments/{enrolmentId}/cancel", TRAINER_REFUSED)
                .row("POST " + SESSION + "/waiting-list/{enrolmentId}/position", TRAINER_REFUSED)
                .row("POST " + SESSION + "/days/{day}/attendance", TRAINER_REFUSED)
                .row("POST " + SESSION + "/enrolments/{enrolmentId}/certificate", TRAINER_REFUSED)
                .row("GET " + SESSION + "/enrolments/{enrolmentId}/certificate.pdf", TRAINER_NOT_FOUND)
                .row("GET " + SESSION + "/days/{day}/sign-in-sheet.pdf", TRAINER_READS)
                .row("GET " + SESSION + "/referral-links", TRAINER_READS)
                // a professionals' session has no referral links: it is on the public calendar
                .row("POST " + SESSION + "/referral-links", TRAINER_REFUSED)
                .row("POST " + SESSION + "/referral-links/{linkId}/revoke", TRAINER_NOT_FOUND)
                .row("GET /api/public/sessions", OPEN_TO_ANYONE)
                .row("POST /api/public/sessions/{sessionId}/enrolments", OPEN_BODY_REFUSED)
                .row("GET /api/public/certificates/{code}", OPEN_TO_ANYONE)
                // with a trainer's referral link of a perpetrators' session
                .row("GET /api/public/referrals/{token}", OPEN_TO_ANYONE)
                .row("POST /api/public/referrals/{token}/enrolments", OPEN_BODY_REFUSED)
                .row("GET /api/access-log", COMPLIANCE_ONLY)
                .row("GET /api/access-log/verification", COMPLIANCE_ONLY)
                .row("GET /v3/api-docs", ANY_STAFF)
                .row("GET /v3/api-docs.yaml", ANY_STAFF)
                .row("GET /v3/api-docs/swagger-config", ANY_STAFF);
        BODIES.put("POST /api/courses", "{\"title\": \"Praten over schuld\", \"audience\": \"PROFESSIONALS\", \"netHours\": 6.0}");
        BODIES.put("POST /api/courses/{courseId}/revise", "{\"title\": \"Praten over schuld\", \"netHours\": 6.0}");
        BODIES.put("/cancel", "{\"reason\": \" \"}");
        BODIES.put("/enrolments", "{\"participant\": {\"name\": \"Ilse de Jong\", \"email\": \"ilse.matrix@example.org\"}}");
        BODIES.put("/position", "{\"position\": 1, \"reason\": \"Start volgende maand\"}");
        BODIES.put("/attendance", "{\"enrolmentId\": \"" + UUID.randomUUID() + "\", \"mark\": \"PRESENT\"}");
    }

    enum Visitor { NO_SESSION, DESK, MEDIATOR, TRAINER, COMPLIANCE, ADMIN, ELSEWHERE_TOKEN }

    /** @param open a public page, the same for everyone, with the public pages' own error page and no sign-in */
    record Row(String method, String path, boolean open, int... expected) {
    }

    // columns:                                   none desk mediator trainer compliance admin elsewhere
    private static final int[] PAGE_TRAINER = {302, 403, 403, 200, 403, 403, 302};
    private static final int[] PAGE_TRAINER_NOT_FOUND = {302, 403, 403, 404, 403, 403, 302};
    /**
     * A step's form sent empty: the trainer gets the page back naming what to fill in (400); without a session there
     * is no CSRF token, and a bearer token signs nobody in to the pages.
     */
    private static final int[] PAGE_STEP = {403, 403, 403, 400, 403, 403, 403};
    /** Swagger UI, for any member of staff: its address sends a signed-in browser on to its page. */
    private static final int[] SWAGGER_UI = {302, 302, 302, 302, 302, 302, 302};
    private static final int[] CLOSED = {302, 403, 403, 403, 403, 403, 302};
    /** Public pages: the same for everyone, signed in to the trainers' pages or not (no session is read there). */
    private static final int[] PUBLIC_REDIRECT = {302, 302, 302, 302, 302, 302, 302};
    private static final int[] PUBLIC = {200, 200, 200, 200, 200, 200, 200};
    private static final int[] PUBLIC_NOT_FOUND = {404, 404, 404, 404, 404, 404, 404};
    /** A public form sent without the public pages' own CSRF token (a cookie and its copy in the form): refused. */
    private static final int[] PUBLIC_FORM_REFUSED = {403, 403, 403, 403, 403, 403, 403};
    private static final int[] PUBLIC_FORBIDDEN_PAGE = PUBLIC_FORM_REFUSED;
    private static final int[] PUBLIC_TOO_MANY_PAGE = {429, 429, 429, 429, 429, 429, 429};

    private static final String PAGE = "/trainer/sessions/{sessionId}";
    static final Map<String, Row> PAGES = new LinkedHashMap<>();

    static {
        page("GET", "/trainer", PAGE_TRAINER);
        page("GET", "/trainer/courses", PAGE_TRAINER);
        page("POST", "/trainer/courses", PAGE_STEP);
        page("GET", "/trainer/courses/{courseId}", PAGE_TRAINER);
        page("POST", "/trainer/courses/{courseId}/revise", PAGE_STEP);
        page("GET", "/trainer/sessions/new", PAGE_TRAINER);
        page("POST", "/trainer/sessions", PAGE_STEP);
        page("GET", PAGE, PAGE_TRAINER);
        for (String step : List.of("/open", "/start", "/cancel", "/complete", "/enrolments",
                "/enrolments/{enrolmentId}/cancel", "/waiting-list/{enrolmentId}/position", "/days/{day}/attendance",
                "/enrolments/{enrolmentId}/certificate", "/referral-links", "/referral-links/{linkId}/revoke")) {
            page("POST", PAGE + step, PAGE_STEP);
        }
        page("GET", PAGE + "/enrolments/{enrolmentId}/certificate.pdf", PAGE_TRAINER_NOT_FOUND);
        page("GET", PAGE + "/days/{day}/sign-in-sheet.pdf", PAGE_TRAINER);
        page("GET", "/swagger-ui.html", SWAGGER_UI);
        // the error page, asked for directly: closed like every endpoint nobody decided on
        PAGES.put("ANY /error", new Row("GET", "/error", false, CLOSED));

        // the public side: the calendar, a session's enrolment form, the links in e-mails, the certificate check
        open("GET", "/", PUBLIC_REDIRECT);
        open("GET", "/courses", PUBLIC);
        open("GET", "/courses/sessions/{sessionId}", PUBLIC);
        open("POST", "/courses/sessions/{sessionId}/enrolment", PUBLIC_FORM_REFUSED);
        PAGES.put("ANY /courses/forbidden", new Row("GET", "/courses/forbidden", true, PUBLIC_FORBIDDEN_PAGE));
        PAGES.put("ANY /courses/too-many-requests", new Row("GET", "/courses/too-many-requests", true,
                PUBLIC_TOO_MANY_PAGE));
        open("GET", "/enrolments/{enrolmentId}", PUBLIC_NOT_FOUND);
        for (String step : List.of("/cancel", "/accept", "/decline")) {
            open("POST", "/enrolments/{enrolmentId}" + step, PUBLIC_FORM_REFUSED);
        }
        open("GET", "/certificates/check", PUBLIC);
        open("GET", "/referrals/{token}", PUBLIC);
        open("POST", "/referrals/{token}/enrolment", PUBLIC_FORM_REFUSED);
        PAGES.put("ANY /certificates/too-many-requests", new Row("GET", "/certificates/too-many-requests", true,
                PUBLIC_TOO_MANY_PAGE));
    }

    private static void page(String method, String path, int... expected) {
        PAGES.put(method + " " + path, new Row(method, path, false, expected));
    }

    private static void open(String method, String path, int... expected) {
        PAGES.put(method + " " + path, new Row(method, path, true, expected));
    }

    @Autowired
    private ApplicationContext context;

    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<Visitor, PageSession> sessions = new EnumMap<>(Visitor.class);
    private UUID courseId;
    private UUID sessionId;
    private LocalDate firstDay;
    private String referralToken;

    @BeforeAll
    void aSessionWithSomeoneEnrolledAndEveryCaller() {
        TrainerApi trainer = new TrainerApi(port);
        Instant now = clock.instant();
        courseId = trainer.planCourse(TrainerApi.professionalCourse("Praten over schuld"));
        sessionId = trainer.planSession(TrainerApi.twoDaySession(courseId, 3, now));
        trainer.enrol(sessionId, TrainerApi.professional("Sanne Bakker"));
        firstDay = TrainerApi.firstDay(now);
        UUID perpetrators = trainer.planSession(TrainerApi.twoDaySession(
                trainer.planCourse(TrainerApi.perpetratorCourse("Verantwoordelijkheid nemen")), 3, now));
        String link = TrainerApi.json(TrainerApi.expect(trainer.post("/api/sessions/" + perpetrators + "/referral-links",
                null), 201)).get("link").asString();
        referralToken = link.substring(link.lastIndexOf('/') + 1);

        tokens.put(Caller.DESK, StaffTokens.of(DemoUsers.DESK));
        tokens.put(Caller.MEDIATOR, StaffTokens.of(DemoUsers.MEDIATOR_ANNA));
        tokens.put(Caller.TRAINER, StaffTokens.of(DemoUsers.TRAINER));
        tokens.put(Caller.COMPLIANCE, StaffTokens.of(DemoUsers.COMPLIANCE));
        tokens.put(Caller.ADMIN, StaffTokens.of(DemoUsers.ADMIN));
        tokens.put(Caller.ELSEWHERE, StaffTokens.of(DemoUsers.MEDIATOR_ELSEWHERE));

        sessions.put(Visitor.NO_SESSION, PageSession.anonymous(pagesBaseUri(), "/trainer"));
        sessions.put(Visitor.DESK, PageSession.signedIn(pagesBaseUri(), DemoUsers.DESK, "/trainer", "/trainer"));
        sessions.put(Visitor.MEDIATOR, PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_ANNA, "/trainer", "/trainer"));
        sessions.put(Visitor.TRAINER, PageSession.signedIn(pagesBaseUri(), DemoUsers.TRAINER, "/trainer", "/trainer"));
        sessions.put(Visitor.COMPLIANCE, PageSession.signedIn(pagesBaseUri(), DemoUsers.COMPLIANCE, "/trainer", "/trainer"));
        sessions.put(Visitor.ADMIN, PageSession.signedIn(pagesBaseUri(), DemoUsers.ADMIN, "/trainer", "/trainer"));
        sessions.put(Visitor.ELSEWHERE_TOKEN, PageSession.withBearerToken(pagesBaseUri(), tokens.get(Caller.ELSEWHERE), "/trainer"));
    }

    @Test
    void everyCallerOfTheApiIsLetInOrRefusedAsTheMatrixSays() {
        AccessMatrix.Outcome outcome = MATRIX.check(this::fillIn, (request, caller) -> {
            var call = "GET".equals(request.method()) ? api().get().uri(request.path())
                    : api().post().uri(request.path()).contentType(MediaType.APPLICATION_JSON).body(bodyOf(request));
            if (tokens.containsKey(caller)) {
                call = call.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(caller));
            }
            ResponseEntity<String> answer = call.retrieve().toEntity(String.class);
            return new AccessMatrix.Answer(answer.getStatusCode().value(),
                    answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
        });

        System.out.println("Access matrix of training-service's API (status per caller; '!n' marks a cell that should be n):"
                + outcome.table());
        assertThat(outcome.wrong()).isEmpty();
    }

    @Test
    void everyVisitorOfThePagesSeesOrIsRefusedAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-80s", "page \\ visitor"));
        for (Visitor visitor : Visitor.values()) {
            table.append(String.format(" %-10.10s", visitor.name()));
        }
        table.append('\n');
        PAGES.forEach((endpoint, row) -> {
            table.append(String.format("%-80.80s", endpoint));
            String path = fillIn(row.path());
            for (Visitor visitor : Visitor.values()) {
                int expected = row.expected()[visitor.ordinal()];
                PageSession session = sessions.get(visitor);
                HttpResponse<String> answer = "GET".equals(row.method()) ? session.get(path) : session.post(path, Map.of());
                String fault = row.open() ? openFault(answer, expected) : fault(visitor, answer, expected);
                table.append(String.format(" %-10s", answer.statusCode() + (fault == null ? "" : " !" + expected)));
                if (fault != null) {
                    wrong.add(row.method() + " " + path + " as " + visitor + ": " + fault);
                }
            }
            table.append('\n');
        });
        System.out.println("Pages access matrix of training-service (status per visitor; '!n' marks a cell that should be n):"
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
        PageSession trainer = sessions.get(Visitor.TRAINER);
        String page = fillIn(PAGE);
        String version = Jsoup.parse(trainer.get(page).body()).selectFirst("#form-cancel input[name=version]").val();

        HttpResponse<String> answer = trainer.postWithoutCsrfToken(page + "/cancel",
                Map.of("version", version, "reason", "Zonder token"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(trainer.get(page).body()).selectFirst("#status").attr("data-status")).isEqualTo("OPEN");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoInlineScriptOrStyle() {
        for (String path : List.of("/trainer", "/trainer/courses", "/trainer/sessions/new", fillIn(PAGE))) {
            HttpResponse<String> page = sessions.get(Visitor.TRAINER).get(path);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(page.body()).doesNotContain("<script", "<style", "style=");
        }
    }

    private String bodyOf(AccessMatrix.Request request) {
        String endpoint = request.method() + " " + request.path().replace(courseId.toString(), "{courseId}");
        if (BODIES.containsKey(endpoint)) {
            return BODIES.get(endpoint);
        }
        if (request.path().startsWith("/api/public/")) {
            return "{}";
        }
        if ("POST /api/sessions".equals(endpoint)) {
            return TrainerApi.JSON.writeValueAsString(TrainerApi.twoDaySession(courseId, 3, clock.instant()));
        }
        return BODIES.entrySet().stream().filter(body -> request.path().endsWith(body.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("{}");
    }

    private String fillIn(String path) {
        return path.replace("{courseId}", courseId.toString()).replace("{sessionId}", sessionId.toString())
                .replace("{enrolmentId}", UUID.randomUUID().toString()).replace("{day}", firstDay.toString())
                .replace("{code}", "ABCDEFGH2345").replace("{linkId}", UUID.randomUUID().toString())
                .replace("{token}", referralToken);
    }

    /** What is wrong with a public page's answer, or {@code null}: its status, that a redirect stays public, that it is a page. */
    private static String openFault(HttpResponse<String> answer, int expected) {
        if (answer.statusCode() != expected) {
            return answer.statusCode() + " (expected " + expected + ")";
        }
        if (expected == 302 && !answer.headers().firstValue("Location").orElse("").endsWith("/courses")) {
            return "redirected to " + answer.headers().firstValue("Location").orElse("nowhere") + ", not to the calendar";
        }
        if (expected != 302 && !answer.body().contains("<main id=\"main\">")) {
            return expected + " without a page";
        }
        return null;
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
        if ((expected == 403 || expected == 404) && !noSession && !answer.body().contains("id=\"error\"")) {
            return expected + " without the error page";
        }
        return null;
    }
}
