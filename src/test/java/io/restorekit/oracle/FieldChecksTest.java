package io.restorekit.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class FieldChecksTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void secondsAndMillisecondsAreToldApart() {
        assertThat(FieldChecks.timestampProblem(F.numberNode(1554347313L), "seconds")).isEmpty();
        assertThat(FieldChecks.timestampProblem(F.numberNode(1554560477000L), "milliseconds")).isEmpty();
        assertThat(FieldChecks.timestampProblem(F.numberNode(1554560477000L), "seconds"))
                .hasValueSatisfying(p -> assertThat(p).contains("that counts milliseconds"));
        assertThat(FieldChecks.timestampProblem(F.numberNode(1554347313L), "milliseconds"))
                .hasValueSatisfying(p -> assertThat(p).contains("that counts seconds"));
        assertThat(FieldChecks.timestampProblem(F.textNode("1554347313"), "seconds"))
                .hasValueSatisfying(p -> assertThat(p).contains("not an integer"));
    }

    @Test
    void embeddedJsonMustParse() {
        assertThat(FieldChecks.embeddedJsonProblem(F.textNode("{\"UseVSS\":false}"))).isEmpty();
        assertThat(FieldChecks.embeddedJsonProblem(F.textNode("[\"/var\", \"/proc\"]"))).isEmpty();
        assertThat(FieldChecks.embeddedJsonProblem(F.textNode("[\"UseVSS\":true]"))).isPresent();
        assertThat(FieldChecks.embeddedJsonProblem(F.textNode("{\\\"doCopy\\\":true}"))).isPresent();
        assertThat(FieldChecks.embeddedJsonProblem(F.objectNode())).hasValueSatisfying(p -> assertThat(p).contains("not a string"));
    }

    @Test
    void rangesKeepTheirLimitsAndNameTheValueOutside() {
        JsonNodeFactory json = JsonNodeFactory.instance;

        assertThat(FieldChecks.rangeProblem(json.numberNode(1), 1, 5)).isEmpty();
        assertThat(FieldChecks.rangeProblem(json.numberNode(5), 1, 5)).isEmpty();
        assertThat(FieldChecks.rangeProblem(json.numberNode(6), 1, 5)).contains("is 6, outside 1 … 5");
        assertThat(FieldChecks.rangeProblem(json.textNode("3"), 1, 5)).contains("is \"3\", outside 1 … 5");
        assertThat(FieldChecks.isInteger(json.numberNode(3), 3)).isTrue();
        assertThat(FieldChecks.isInteger(json.textNode("3"), 3)).isFalse();
        assertThat(FieldChecks.isMultipleOf(json.numberNode(3600), 60)).isTrue();
        assertThat(FieldChecks.isMultipleOf(json.numberNode(90), 60)).isFalse();
    }
}
