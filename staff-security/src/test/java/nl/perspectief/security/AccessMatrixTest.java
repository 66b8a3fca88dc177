package nl.perspectief.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.perspectief.security.AccessMatrix.Answer;
import nl.perspectief.security.AccessMatrix.Outcome;
import nl.perspectief.security.AccessMatrix.Request;

class AccessMatrixTest {

    enum Caller { NO_TOKEN, MEDIATOR_ANNA, ADMIN }

    private static final String PROBLEM = "application/problem+json";

    @Test
    void a_service_that_answers_as_the_matrix_says_leaves_no_wrong_cell() {
        AccessMatrix<Caller> matrix = new AccessMatrix<>(Caller.class)
                .row("GET /actuator/health", 200, 200, 200)
                .row("GET /actuator/metrics", 401, 403, 200);

        Outcome outcome = matrix.check((request, caller) -> switch (caller) {
            case NO_TOKEN -> request.path().equals("/actuator/health") ? new Answer(200, "application/json")
                    : new Answer(401, PROBLEM);
            case MEDIATOR_ANNA -> request.path().equals("/actuator/health") ? new Answer(200, "application/json")
                    : new Answer(403, PROBLEM + ";charset=UTF-8");
            case ADMIN -> new Answer(200, null);
        });

        assertThat(outcome.wrong()).isEmpty();
        assertThat(outcome.table()).contains("NO_TOKEN", "MED_ANNA", "ADMIN", "GET /actuator/metrics").doesNotContain("!");
    }

    @Test
    void a_cell_with_another_status_is_wrong_and_marked_in_the_table() {
        AccessMatrix<Caller> matrix = new AccessMatrix<>(Caller.class).row("GET /actuator/metrics", 401, 403, 200);

        Outcome outcome = matrix.check((request, caller) -> new Answer(caller == Caller.NO_TOKEN ? 401 : 200, PROBLEM));

        assertThat(outcome.wrong()).containsExactly("GET /actuator/metrics as MEDIATOR_ANNA: 200 (expected 403)");
        assertThat(outcome.table()).contains("200 !403");
    }

    @Test
    void a_refusal_is_right_only_as_problem_json() {
        AccessMatrix<Caller> matrix = new AccessMatrix<>(Caller.class).row("GET /actuator", 401, 403, 403);

        Outcome outcome = matrix.check((request, caller) -> switch (caller) {
            case NO_TOKEN -> new Answer(401, null);
            case MEDIATOR_ANNA -> new Answer(403, "text/html;charset=UTF-8");
            case ADMIN -> new Answer(403, "not a media type");
        });

        assertThat(outcome.wrong()).containsExactly(
                "GET /actuator as NO_TOKEN: 401 (expected 401, and problem+json)",
                "GET /actuator as MEDIATOR_ANNA: 403 (expected 403, and problem+json)",
                "GET /actuator as ADMIN: 403 (expected 403, and problem+json)");
        assertThat(outcome.table()).contains("401 !401", "403 !403");
    }

    @Test
    void each_row_asks_its_own_request_with_the_path_filled_in_once() {
        AccessMatrix<Caller> matrix = new AccessMatrix<>(Caller.class)
                .row("GET /api/cases/{caseId}", 401, 200, 403)
                .row("ANY /error", "GET /error", 401, 403, 403)
                .row("POST /api/cases/{caseId}/notes", 401, 400, 403);
        List<String> asked = new ArrayList<>();
        Map<Caller, Integer> statusOfNotes = Map.of(Caller.NO_TOKEN, 401, Caller.MEDIATOR_ANNA, 428, Caller.ADMIN, 403);

        Outcome outcome = matrix.check(path -> path.replace("{caseId}", "c-" + asked.size()), (request, caller) -> {
            asked.add(request.method() + " " + request.path() + " " + caller);
            Request notes = new Request("POST", "/api/cases/c-6/notes");
            return new Answer(request.equals(notes) ? statusOfNotes.get(caller) : 401, PROBLEM);
        });

        assertThat(asked).containsExactly(
                "GET /api/cases/c-0 NO_TOKEN", "GET /api/cases/c-0 MEDIATOR_ANNA", "GET /api/cases/c-0 ADMIN",
                "GET /error NO_TOKEN", "GET /error MEDIATOR_ANNA", "GET /error ADMIN",
                "POST /api/cases/c-6/notes NO_TOKEN", "POST /api/cases/c-6/notes MEDIATOR_ANNA",
                "POST /api/cases/c-6/notes ADMIN");
        assertThat(outcome.wrong()).contains("POST /api/cases/c-6/notes as MEDIATOR_ANNA: 428 (expected 400)");
    }

    @Test
    void names_its_endpoints_as_the_inventory_does_not_the_requests_that_try_them() {
        AccessMatrix<Caller> matrix = new AccessMatrix<>(Caller.class)
                .row("GET /actuator/health/**", "GET /actuator/health/liveness", 200, 200, 200)
                .row("ANY /error", "GET /error", 401, 403, 403)
                .row("GET /api/cases?registrationReference", "GET /api/cases?registrationReference=PH-2026-99999",
                        401, 200, 403);

        assertThat(matrix.endpoints())
                .containsExactly("ANY /error", "GET /actuator/health/**", "GET /api/cases?registrationReference");
    }

    @Test
    void the_actuator_rows_try_each_exposed_endpoint_with_its_own_statuses() {
        AccessMatrix<Caller> matrix = new AccessMatrix<>(Caller.class)
                .actuator(new int[] {200, 200, 200}, new int[] {200, 403, 200}, new int[] {401, 403, 200});
        List<String> askedAsAdmin = new ArrayList<>();

        Outcome outcome = matrix.check((request, caller) -> {
            if (caller == Caller.ADMIN) {
                askedAsAdmin.add(request.method() + " " + request.path());
            }
            return new Answer(200, null);
        });

        assertThat(matrix.endpoints()).containsExactly("GET /actuator", "GET /actuator/health",
                "GET /actuator/health/**", "GET /actuator/info", "GET /actuator/metrics",
                "GET /actuator/metrics/{requiredMetricName}", "GET /actuator/prometheus");
        assertThat(askedAsAdmin).containsExactly("GET /actuator/health", "GET /actuator/health/liveness",
                "GET /actuator", "GET /actuator/info", "GET /actuator/metrics", "GET /actuator/metrics/jvm.memory.used",
                "GET /actuator/prometheus");
        assertThat(outcome.wrong()).containsExactly(
                "GET /actuator as MEDIATOR_ANNA: 200 (expected 403)",
                "GET /actuator/info as MEDIATOR_ANNA: 200 (expected 403)",
                "GET /actuator/metrics as NO_TOKEN: 200 (expected 401)",
                "GET /actuator/metrics as MEDIATOR_ANNA: 200 (expected 403)",
                "GET /actuator/metrics/jvm.memory.used as NO_TOKEN: 200 (expected 401)",
                "GET /actuator/metrics/jvm.memory.used as MEDIATOR_ANNA: 200 (expected 403)",
                "GET /actuator/prometheus as NO_TOKEN: 200 (expected 401)",
                "GET /actuator/prometheus as MEDIATOR_ANNA: 200 (expected 403)");
    }

    @Test
    void refuses_a_row_without_a_status_for_every_caller() {
        AccessMatrix<Caller> matrix = new AccessMatrix<>(Caller.class);

        assertThatIllegalArgumentException().isThrownBy(() -> matrix.row("GET /actuator", 401, 403))
                .withMessageContaining("2 statuses for 3 callers");
    }

    @Test
    void refuses_a_second_row_for_the_same_endpoint() {
        AccessMatrix<Caller> matrix = new AccessMatrix<>(Caller.class).row("GET /actuator", 401, 403, 200);

        assertThatIllegalArgumentException().isThrownBy(() -> matrix.row("GET /actuator", 401, 403, 403))
                .withMessageContaining("a second row for GET /actuator");
    }

    @Test
    void refuses_a_request_that_is_not_a_method_and_a_path() {
        AccessMatrix<Caller> matrix = new AccessMatrix<>(Caller.class);

        assertThatIllegalArgumentException().isThrownBy(() -> matrix.row("GET /actuator", "/actuator", 401, 403, 200))
                .withMessageContaining("not a \"METHOD /path\" request");
    }
}
