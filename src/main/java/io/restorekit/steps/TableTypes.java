package io.restorekit.steps;

import io.cucumber.java.DataTableType;
import io.restorekit.oracle.FilterEntry;
import java.util.Map;

/** Tables that become objects: a filters table (Key | Operator | Values) is a list of {@link FilterEntry}. */
public class TableTypes {
    private final ScenarioState state;

    public TableTypes(ScenarioState state) {
        this.state = state;
    }

    /** One filters row, its {@code {{picks}}} expanded. */
    @DataTableType
    public FilterEntry filterEntry(Map<String, String> row) {
        String values = row.get("Values");
        return FilterEntry.of(row.get("Key"), row.get("Operator"), values == null ? null : state.expand(values));
    }
}
