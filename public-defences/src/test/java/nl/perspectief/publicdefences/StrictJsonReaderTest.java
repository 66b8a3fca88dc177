package nl.perspectief.publicdefences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.perspectief.problems.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonReaderTest {

    enum Kind { ONE, TWO }

    record Inner(String text, int count) {
    }

    record Thing(String name, Kind kind, boolean flag, Inner inner) {
    }

    private final StrictJsonReader<Thing> reader = new StrictJsonReader<>(JsonMapper.builder().build(), Thing.class, "a thing");

    private StrictJsonReader.Bound<Thing> read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bindsAValidBodyWithoutProblems() {
        var bound = read("{\"name\": \"x\", \"kind\": \"ONE\", \"flag\": true, \"inner\": {\"text\": \"t\", \"count\": 2}}");

        assertThat(bound.problems()).isEmpty();
        assertThat(bound.value()).isEqualTo(new Thing("x", Kind.ONE, true, new Inner("t", 2)));
    }

    @Test
    void namesEveryUnknownFieldAndWrongValueAtOnceAndBindsTheRest() {
        var bound = read("{\"name\": \"x\", \"flag\": true, \"nickname\": \"y\", \"kind\": \"THREE\", \"inner\": {\"count\": {\"a\": 1}, \"more\": 1}}");

        assertThat(bound.problems()).extracting(FieldProblem::field, FieldProblem::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("nickname", "UnknownField"),
                org.assertj.core.groups.Tuple.tuple("kind", "AllowedValues"),
                org.assertj.core.groups.Tuple.tuple("inner.count", "Type"),
                org.assertj.core.groups.Tuple.tuple("inner.more", "UnknownField"));
        assertThat(bound.value().name()).isEqualTo("x");
    }

    @Test
    void refusesWhatIsNoJsonObjectAsAWhole() {
        assertThat(read("").problems()).extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$", "Required"));
        assertThat(read("{\"name\": ").problems()).extracting(FieldProblem::rule).containsExactly("MalformedJson");
        assertThat(read("null").problems()).extracting(FieldProblem::rule).containsExactly("Type");
        assertThat(read("{\"name\": \"secret value\", \"nickname\": 1}").problems())
                .allSatisfy(problem -> assertThat(problem.message()).doesNotContain("secret value"));
    }
}
