package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.config.Contract;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.reference.rules.Reading;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.report.ScenarioOutcome.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract edition matters both ways: the reference serving an edition passes the suite of that edition, and
 * fails (MUST) or warns (SHOULD) exactly the other edition's scenarios; the edition is named in the results file.
 */
class ContractEditionsTest {
    /** The clauses whose expectation differs between the editions, and the generated cases that follow the schemas. */
    private static final String EDITION_CLAUSES = "@DBS.PageSize or @DBS.RestoreTaskId or @DBS.Request.Timestamps"
            + " or @HBR.RestoreType or @DBS.Request.Generated or @HBR.Request.Generated";

    private static List<ScenarioOutcome> run(Contract served, Contract heldTo, String tags, String folder) {
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0, null, Reading.DOCUMENTED, served)) {
            return SuiteRuns.run(server.baseUrl(), "reference, " + served.id() + " edition", tags,
                    TestApis.ROOT.resolve("target/contract-editions/" + folder), Map.of("conformance.contract", heldTo.id()));
        }
    }

    private static Set<String> clausesWith(List<ScenarioOutcome> outcomes, Verdict verdict) {
        return outcomes.stream().filter(o -> o.verdict() == verdict).map(ScenarioOutcome::clause)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theMetadataReferencePassesTheWholeMetadataSuite() {
        List<ScenarioOutcome> outcomes = run(Contract.METADATA, Contract.METADATA, null, "metadata-metadata");
        assertThat(outcomes).hasSizeGreaterThan(100)
                .noneMatch(o -> o.tags().contains("contract:seed"))
                .anyMatch(o -> o.tags().contains("contract:metadata"));
        assertThat(outcomes).filteredOn(o -> o.verdict() == Verdict.FAILED || o.verdict() == Verdict.WARNED)
                .extracting(o -> o.location() + " " + o.message().lines().findFirst().orElse("")).isEmpty();
        assertThat(ReferenceConformanceTest.readJson(TestApis.ROOT.resolve("target/contract-editions/metadata-metadata/conformance-results.json"))
                .path("run").path("contract").asText()).isEqualTo("metadata");
    }

    @Test
    void theSeedSuiteFailsTheMetadataReferenceOnTheSeedsOwnRules() {
        List<ScenarioOutcome> outcomes = run(Contract.METADATA, Contract.SEED, EDITION_CLAUSES, "metadata-seed");
        // COMMON_FILE_SYSTEM refused: a documented value of the seed's schema (MUST); PageSize 31 rejected, the pair both
        // applying and a documented value selecting on the job's RestoreType are readings (SHOULD).
        assertThat(clausesWith(outcomes, Verdict.FAILED)).containsExactly("HBR.Request.Generated");
        assertThat(clausesWith(outcomes, Verdict.WARNED)).contains("DBS.PageSize", "DBS.RestoreTaskId", "HBR.RestoreType");
    }

    @Test
    void theMetadataSuiteFailsTheSeedReferenceOnTheMetadatasOwnRules() {
        List<ScenarioOutcome> outcomes = run(Contract.SEED, Contract.METADATA, EDITION_CLAUSES, "seed-metadata");
        assertThat(clausesWith(outcomes, Verdict.FAILED)).containsExactly("DBS.PageSize", "DBS.Request.Generated", "DBS.RestoreTaskId");
        assertThat(clausesWith(outcomes, Verdict.WARNED)).contains("HBR.RestoreType");
        assertThat(outcomes).filteredOn(o -> o.clause().equals("DBS.Request.Timestamps"))
                .isNotEmpty().allMatch(o -> o.verdict() == Verdict.PASSED);
    }
}
