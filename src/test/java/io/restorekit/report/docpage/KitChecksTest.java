package io.restorekit.report.docpage;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.api.ApiDescriptor;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The kit's checks as the pages list them: at the lines the run reports, each once, only the run's edition's. */
class KitChecksTest {
    private static final Set<String> API_IDS = TestApis.CATALOG.all().stream().map(ApiDescriptor::id).collect(Collectors.toSet());

    private static List<Check> checks(String contract) {
        return KitChecks.of(TestApis.ROOT.resolve("features"), API_IDS, List.of(), contract);
    }

    @Test
    void anOutlinesChecksSitAtTheirExamplesRowsAndAScenarioAtItsOwnLine() throws Exception {
        List<Check> seed = checks("seed");
        assertThat(seed).hasSizeGreaterThan(130).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.NOT_RUN));
        assertThat(seed.stream().map(c -> c.scenario().location()).distinct()).hasSize(seed.size());
        for (Check c : seed) {
            String location = c.scenario().location();
            int colon = location.lastIndexOf(':');
            String line = Files.readAllLines(TestApis.ROOT.resolve(location.substring(0, colon)))
                    .get(Integer.parseInt(location.substring(colon + 1)) - 1).trim();
            assertThat(line).as(location).matches("(\\|.*|Scenario:.*)");
        }
    }

    @Test
    void eachEditionListsItsOwnScenariosOnly() {
        assertThat(checks("seed")).noneMatch(c -> c.scenario().tags().contains("contract:metadata"))
                .anyMatch(c -> c.scenario().tags().contains("contract:seed"));
        assertThat(checks("metadata")).noneMatch(c -> c.scenario().tags().contains("contract:seed"))
                .anyMatch(c -> c.scenario().tags().contains("contract:metadata"));
    }
}
