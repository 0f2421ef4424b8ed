package io.restorekit.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A filters table row as an object: what the oracle judges, and what goes onto the wire. */
class FilterEntryTest {
    @Test
    void aDocumentedOperatorIsJudgedAndSent() {
        FilterEntry entry = FilterEntry.of("CompleteTime", " BETWEEN ", "1, 2");

        assertThat(entry.condition()).isEqualTo(new FilterCondition("CompleteTime", FilterOperator.BETWEEN, List.of("1", "2")));
        assertThat(entry.wireForm()).isEqualTo(Map.of("Key", "CompleteTime", "Operator", "BETWEEN", "Values", List.of("1", "2")));
    }

    @Test
    void aBlankOperatorIsNotSentAndTheDefaultApplies() {
        FilterEntry entry = FilterEntry.of("VaultId", "", "v-1");

        assertThat(entry.condition().operator()).isNull();
        assertThat(entry.wireForm()).doesNotContainKey("Operator");
    }

    @Test
    void anUndocumentedOperatorGoesOutAsWritten() {
        FilterEntry entry = FilterEntry.of("VaultId", "LIKE", "v-%");

        assertThat(entry.condition().operator()).isNull();
        assertThat(entry.wireForm()).containsEntry("Operator", "LIKE");
    }
}
