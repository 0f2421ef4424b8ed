package io.restorekit.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestCaseGeneratorTest {

    private static JsonNode schema(String json) throws Exception {
        return Items.MAPPER.readTree(json);
    }

    private static RequestCase.Expect expectFor(List<RequestCase> cases, String name, Object value) {
        return cases.stream().filter(c -> value.equals(c.parameters().get(name))).findFirst().orElseThrow().expect();
    }

    @Test
    void boundsGiveTheBoundAcceptedAndOnePastItRejected() throws Exception {
        List<RequestCase> cases = new RequestCaseGenerator(schema(
                "{\"properties\":{\"PageSize\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":99}}}")).cases();
        assertThat(expectFor(cases, "PageSize", 1L)).isEqualTo(RequestCase.Expect.ACCEPT);
        assertThat(expectFor(cases, "PageSize", 99L)).isEqualTo(RequestCase.Expect.ACCEPT);
        assertThat(expectFor(cases, "PageSize", 0L)).isEqualTo(RequestCase.Expect.REJECT);
        assertThat(expectFor(cases, "PageSize", 100L)).isEqualTo(RequestCase.Expect.REJECT);
        assertThat(expectFor(cases, "PageSize", "abc")).isEqualTo(RequestCase.Expect.REJECT);
        assertThat(expectFor(cases, "PageSize", "")).isEqualTo(RequestCase.Expect.EITHER);
    }

    @Test
    void integerEnumsGiveEachValueAcceptedAndItsNeighboursRejected() throws Exception {
        List<RequestCase> cases = new RequestCaseGenerator(schema(
                "{\"properties\":{\"PageSize\":{\"type\":\"integer\",\"enum\":[30,50,100]}}}")).cases();
        for (long ok : new long[] {30, 50, 100}) {
            assertThat(expectFor(cases, "PageSize", ok)).isEqualTo(RequestCase.Expect.ACCEPT);
        }
        for (long bad : new long[] {29, 31, 49, 51, 99, 101, 0, -30}) {
            assertThat(expectFor(cases, "PageSize", bad)).as("PageSize %d", bad).isEqualTo(RequestCase.Expect.REJECT);
        }
    }

    @Test
    void stringEnumsAndConstsAndFreeStrings() throws Exception {
        List<RequestCase> cases = new RequestCaseGenerator(schema("{\"properties\":{"
                + "\"Action\":{\"type\":\"string\",\"const\":\"X\"},"
                + "\"Edition\":{\"type\":\"string\",\"enum\":[\"BASIC\",\"STANDARD\"]},"
                + "\"PlanId\":{\"type\":\"string\",\"examples\":[\"p-1\"]}}}")).cases();
        assertThat(cases).noneMatch(c -> c.parameters().containsKey("Action"));
        assertThat(expectFor(cases, "Edition", "STANDARD")).isEqualTo(RequestCase.Expect.ACCEPT);
        assertThat(expectFor(cases, "Edition", RequestCaseGenerator.NOT_A_VALUE)).isEqualTo(RequestCase.Expect.REJECT);
        assertThat(expectFor(cases, "PlanId", "p-1")).isEqualTo(RequestCase.Expect.EITHER);
    }

    @Test
    void arraysOfObjectsGetEachMemberEnumValueAndOneOutsideThroughLocalRefs() throws Exception {
        List<RequestCase> cases = new RequestCaseGenerator(schema("{\"properties\":{\"Filters\":{\"type\":\"array\","
                + "\"items\":{\"$ref\":\"#/$defs/F\"}}},\"$defs\":{\"F\":{\"type\":\"object\",\"properties\":{"
                + "\"Key\":{\"type\":\"string\",\"enum\":[\"A\",\"B\"]},\"Operator\":{\"type\":\"string\",\"enum\":[\"EQUAL\"]},"
                + "\"Values\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}}")).cases();
        assertThat(cases).extracting(RequestCase::description).contains(
                "Filters.Key = B (documented value)", "Filters.Operator = KIT_NOT_A_DOCUMENTED_VALUE (not a documented value)");
        RequestCase badKey = cases.stream().filter(c -> c.description().startsWith("Filters.Key = KIT")).findFirst().orElseThrow();
        assertThat(badKey.expect()).isEqualTo(RequestCase.Expect.REJECT);
        assertThat(badKey.parameters()).isEqualTo(Map.of("Filters", List.of(Map.of(
                "Key", "KIT_NOT_A_DOCUMENTED_VALUE", "Operator", "EQUAL", "Values", List.of("kit-value-1", "kit-value-2")))));
    }
}
