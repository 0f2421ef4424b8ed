package io.restorekit.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.TestApis;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FilterJudgeTest {
    private static final List<JsonNode> JOBS = Items.of(
            "r1 CompleteTime=100 VaultId=v-a Status=COMPLETE",
            "r2 CompleteTime=200 VaultId=v-b Status=FAILED",
            "r3 CompleteTime=200 VaultId=v-a Status=FAILED",
            "r4 CompleteTime=300 VaultId=v-c Status=COMPLETE",
            "r5 VaultId=v-b Status=PARTIAL_COMPLETE");
    private final FilterJudge judge = new FilterJudge(TestApis.hbr().filters());

    @ParameterizedTest(name = "CompleteTime {0} {1} keeps {2}")
    @CsvSource(delimiter = '|', value = {
            "EQUAL                 | 200     | r2 r3",
            "NOT_EQUAL             | 200     | r1 r4",
            "GREATER_THAN          | 200     | r4",
            "GREATER_THAN_OR_EQUAL | 200     | r2 r3 r4",
            "LESS_THAN             | 200     | r1",
            "LESS_THAN_OR_EQUAL    | 200     | r1 r2 r3",
            "BETWEEN               | 100,200 | r1 r2 r3",
    })
    void eachOperatorHasItsDocumentedMeaningOnNumbers(String operator, String values, String kept) {
        Expectation e = judge.expect(JOBS, Items::id,
                List.of(new FilterCondition("CompleteTime", FilterOperator.valueOf(operator), List.of(values.split(",")))));
        assertThat(e.expected()).containsExactly(kept.split(" "));
        assertThat(e.open()).containsExactly("r5"); // no CompleteTime: the docs do not say
    }

    @Test
    void withoutAnOperatorTheDefaultInKeepsAnyOfTheValues() {
        Expectation e = judge.expect(JOBS, Items::id, List.of(new FilterCondition("VaultId", null, List.of("v-a", "v-c"))));
        assertThat(e.expected()).containsExactly("r1", "r3", "r4");
        assertThat(e.open()).isEmpty();
    }

    @Test
    void severalConditionsMustAllHold() {
        Expectation e = judge.expect(JOBS, Items::id, List.of(
                new FilterCondition("VaultId", FilterOperator.EQUAL, List.of("v-a")),
                new FilterCondition("Status", FilterOperator.EQUAL, List.of("FAILED"))));
        assertThat(e.expected()).containsExactly("r3");
    }

    @Test
    void numericKeysCompareAsNumbersNotText() {
        List<JsonNode> jobs = Items.of("a CompleteTime=9", "b CompleteTime=10");
        Expectation e = judge.expect(jobs, Items::id,
                List.of(new FilterCondition("CompleteTime", FilterOperator.GREATER_THAN, List.of("9"))));
        assertThat(e.expected()).containsExactly("b");
    }

    @Test
    void keysWithoutADocumentedItemFieldCannotBeJudgedItemByItem() {
        assertThatThrownBy(() -> judge.expect(JOBS, Items::id,
                List.of(new FilterCondition("PlanId", FilterOperator.EQUAL, List.of("p")))))
                .hasMessageContaining("PlanId");
    }

    @Test
    void theDifferenceNamesMissingExtraAndRepeatedIds() {
        Expectation e = judge.expect(JOBS, Items::id,
                List.of(new FilterCondition("Status", FilterOperator.EQUAL, List.of("FAILED"))));
        assertThat(e.against(List.of("r2", "r3")).none()).isTrue();
        ListingDifference diff = e.against(List.of("r2", "r1", "r1"));
        assertThat(diff.missing()).containsExactly("r3");
        assertThat(diff.unexpected()).containsExactly("r1");
        assertThat(diff.duplicated()).containsExactly("r1");
        assertThat(diff.describe()).isEqualTo("1 missing (r3); 1 unexpected (r1); 1 returned twice (r1)");
    }
}
