package nl.perspectief.problems;

import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/** A problem as JSON text, for the layers that write it without Spring MVC's converters. */
final class ProblemJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {
    }

    static String text(ProblemDetail problem) {
        return JSON.writeValueAsString(Problems.asMap(problem));
    }

    static byte[] bytes(ProblemDetail problem) {
        return JSON.writeValueAsBytes(Problems.asMap(problem));
    }
}
