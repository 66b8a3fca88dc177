package nl.perspectief.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.security.AccessMatrix;
import nl.perspectief.security.EndpointInventory;

/**
 * Every endpoint of the running service against every kind of caller, with real tokens from the real
 * Keycloak: no token, an expired token, a token of another issuer (the realm {@code elsewhere}), and each
 * demo user, the mediators once as the assigned one and once as a colleague. Each cell is the status the
 * caller must get on a case assigned to mediator Anna: 2xx where let in; 400 or 428 where let in as far as
 * the request's own faults (so the step changes nothing); 401, 403, or 404 where need-to-know hides the
 * case. An endpoint the service answers that is neither in {@link #MATRIX} nor in the pages' matrix
 * ({@link PagesAccessMatrixIT}), or a row for one it no longer answers, fails
 * {@link #everyEndpointOfTheServiceIsInTheMatrix()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends RunningCaseService {

    enum Caller { NO_TOKEN, EXPIRED, ELSEWHERE, DESK, MEDIATOR_ASSIGNED, MEDIATOR_NOT_ASSIGNED, COMPLIANCE, ADMIN, TRAINER }

    // columns:                         none expired elsewhere desk anna bram compliance admin trainer
    private static final int[] HEALTH = {200, 401, 401, 200, 200, 200, 200, 200, 200};
    /** The API's description: any member of staff (it holds no case data), nobody else. */
    private static final int[] ANY_STAFF = {401, 401, 401, 200, 200, 200, 200, 200, 200};
    private static final int[] ADMIN_ONLY = {401, 401, 401, 403, 403, 403, 403, 200, 403};
    private static final int[] COMPLIANCE_ONLY = {401, 401, 401, 403, 403, 403, 200, 403, 403};
    /** An audit this service never ran: compliance is let in as far as finding none. */
    private static final int[] UNKNOWN_AUDIT = {401, 401, 401, 403, 403, 403, 404, 403, 403};
    /** Starting an audit: compliance only, answered 202 at once (it reads, and changes nothing). */
    private static final int[] AUDIT_STARTED = {401, 401, 401, 403, 403, 403, 202, 403, 403};
    private static final int[] CASE_DETAIL = {401, 401, 401, 200, 200, 404, 200, 403, 403};
    private static final int[] CASE_TIMELINE = {401, 401, 401, 404, 200, 404, 200, 403, 403};
    private static final int[] CASE_LISTS = {401, 401, 401, 200, 200, 200, 200, 403, 403};
    /** The desk opens cases: let in, refused only for its empty body. */
    private static final int[] OPEN = {401, 401, 401, 400, 403, 403, 403, 403, 403};
    /** Without If-Match: 428 for whoever is let in, before the body is read. */
    private static final int[] TRIAGE_STEP = {401, 401, 401, 428, 403, 403, 403, 403, 403};
    private static final int[] MEDIATOR_STEP = {401, 401, 401, 403, 428, 404, 403, 403, 403};
    /** Mediators may ask; both get as far as the empty body. */
    private static final int[] BREAK_GLASS = {401, 401, 401, 403, 400, 400, 403, 403, 403};
    /** Rebuilding the read models: the operator only, let in as far as the body's missing confirmation. */
    private static final int[] ADMIN_UNCONFIRMED = {401, 401, 401, 403, 403, 403, 403, 400, 403};

    private static final String CASE = "/api/cases/{caseId}";

    static final AccessMatrix<Caller> MATRIX = new AccessMatrix<>(Caller.class);

    static {
        MATRIX.actuator(HEALTH, ADMIN_ONLY, ADMIN_ONLY)
                .row("GET /api/cases", CASE_LISTS)
                .row("GET /api/cases?registrationReference", "GET /api/cases?registrationReference=PH-2026-99999",
                        CASE_LISTS)
                .row("GET " + CASE, CASE_DETAIL)
                .row("GET " + CASE + "/timeline", CASE_TIMELINE)
                .row("POST /api/cases", OPEN);
        for (String triage : List.of("/accept", "/decline", "/link", "/assign-mediator")) {
            MATRIX.row("POST " + CASE + triage, TRIAGE_STEP);
        }
        for (String step : List.of("/parties", "/parties/{partyId}/contact-details", "/parties/{partyId}/safety-notes",
                "/parties/{partyId}/language", "/first-conversation", "/preparation-talks", "/contact-attempts",
                "/responses", "/share-applicant-name", "/consents", "/consents/{consentId}/withdrawal",
                "/form-of-contact/proposal", "/form-of-contact/agreement", "/meetings",
                "/meetings/{meetingId}/reschedule", "/meetings/{meetingId}/cancel", "/meetings/{meetingId}/held",
                "/message-exchange/open", "/message-exchange/resume", "/message-exchange/close", "/closure",
                "/outcome-shares", "/aftercare-contacts", "/reopen", "/notes")) {
            MATRIX.row("POST " + CASE + step, MEDIATOR_STEP);
        }
        MATRIX.row("POST " + CASE + "/break-glass", BREAK_GLASS)
                .row("GET /api/break-glass-grants", COMPLIANCE_ONLY)
                .row("GET " + CASE + "/history", COMPLIANCE_ONLY)
                .row("GET " + CASE + "/as-of", "GET " + CASE + "/as-of?moment=2026-01-01T00:00:00Z", COMPLIANCE_ONLY)
                .row("GET " + CASE + "/consent-proof", COMPLIANCE_ONLY)
                .row("GET " + CASE + "/export.json", COMPLIANCE_ONLY)
                .row("GET " + CASE + "/export.pdf", COMPLIANCE_ONLY)
                .row("GET /api/consent-audits", COMPLIANCE_ONLY)
                .row("GET /api/consent-audits/{auditId}", UNKNOWN_AUDIT)
                .row("POST /api/consent-audits", AUDIT_STARTED)
                .row("GET /api/access-log", COMPLIANCE_ONLY)
                .row("GET /api/access-log/verification", COMPLIANCE_ONLY)
                .row("GET /api/admin/read-models", ADMIN_ONLY)
                .row("POST /api/admin/read-models/rebuild", ADMIN_UNCONFIRMED)
                .row("GET /v3/api-docs", ANY_STAFF)
                .row("GET /v3/api-docs.yaml", ANY_STAFF)
                .row("GET /v3/api-docs/swagger-config", ANY_STAFF);
    }

    @Autowired
    private ApplicationContext context;

    private final Map<Caller, Supplier<String>> tokens = new LinkedHashMap<>();
    private String annasCase;

    @BeforeAll
    void casesAndTokens() {
        annasCase = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String expired = StaffTokens.shortLived(DemoUsers.ADMIN);
        // no sleeping: ask until the service refuses it (1-second token, 1-second clock skew in the tests)
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> getWithToken("/actuator/health", expired).getStatusCode().value() == 401);
        String elsewhere = StaffTokens.of(DemoUsers.MEDIATOR_ELSEWHERE);
        tokens.put(Caller.NO_TOKEN, () -> null);
        tokens.put(Caller.EXPIRED, () -> expired);
        tokens.put(Caller.ELSEWHERE, () -> elsewhere);
        tokens.put(Caller.DESK, () -> StaffTokens.of(DemoUsers.DESK));
        tokens.put(Caller.MEDIATOR_ASSIGNED, () -> StaffTokens.of(DemoUsers.MEDIATOR_ANNA));
        tokens.put(Caller.MEDIATOR_NOT_ASSIGNED, () -> StaffTokens.of(DemoUsers.MEDIATOR_BRAM));
        tokens.put(Caller.COMPLIANCE, () -> StaffTokens.of(DemoUsers.COMPLIANCE));
        tokens.put(Caller.ADMIN, () -> StaffTokens.of(DemoUsers.ADMIN));
        tokens.put(Caller.TRAINER, () -> StaffTokens.of(DemoUsers.TRAINER));
    }

    @Test
    void everyCallerIsLetInOrRefusedAsTheMatrixSays() {
        AccessMatrix.Outcome outcome = MATRIX.check(
                path -> path.replace("{caseId}", annasCase).replace("{partyId}", UUID.randomUUID().toString())
                        .replace("{consentId}", UUID.randomUUID().toString())
                        .replace("{meetingId}", UUID.randomUUID().toString())
                        .replace("{auditId}", UUID.randomUUID().toString()),
                (request, caller) -> {
                    ResponseEntity<String> answer = "GET".equals(request.method())
                            ? getWithToken(request.path(), tokens.get(caller).get())
                            : postWithToken(request.path(), tokens.get(caller).get(), null, "{}");
                    return new AccessMatrix.Answer(answer.getStatusCode().value(),
                            answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
                });

        System.out.println("Access matrix of case-service (status per caller; '!n' marks a cell that should be n):"
                + outcome.table());
        assertThat(outcome.wrong()).isEmpty();
    }

    @Test
    void everyEndpointOfTheServiceIsInTheMatrix() {
        Set<String> answered = EndpointInventory.of(context);
        Set<String> rows = new TreeSet<>(MATRIX.endpoints());
        rows.addAll(PagesAccessMatrixIT.MATRIX.keySet());

        assertThat(rows)
                .as("every endpoint the service answers has a row here or in PagesAccessMatrixIT, and every row an endpoint")
                .isEqualTo(answered);
    }

    @Test
    void tellsACallerWithoutATokenWhichSchemeToUse() {
        ResponseEntity<String> answer = getWithToken("/api/cases", null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(json(answer).get("type").asString()).isEqualTo("https://perspectief.nl/problems/unauthenticated");
    }
}
