package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.api.ApiCatalog;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's promise, tested: an API is added with data alone. The kit root {@code src/test/resources/third-api/}
 * holds a synthetic third API — descriptor and schemas, a feature reusing the real APIs' step phrases, and for the
 * reference a mapping, a rules file and a dataset — and no Java names it.
 */
class ThirdApiTest {
    static final Path KIT = TestApis.ROOT.resolve("src/test/resources/third-api");

    @Test
    void theWholeSuiteOfTheThirdApiPassesAgainstTheReference() {
        List<ScenarioOutcome> outcomes;
        try (ReferenceServer server = ReferenceServer.start(KIT.resolve("stubs"), 0)) {
            outcomes = SuiteRuns.run(KIT, server.baseUrl(), "reference stubs of the third-API fixture", null,
                    TestApis.ROOT.resolve("target/third-api"), Map.of());
        }

        assertThat(outcomes).as("scenarios of the fixture").hasSizeGreaterThanOrEqualTo(10);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.verdict()).as(o.name() + ": " + o.message())
                .isEqualTo(ScenarioOutcome.Verdict.PASSED));
    }

    @Test
    void theThirdApiIsOnlyData() throws IOException {
        ApiDescriptor third = ApiCatalog.load(KIT.resolve("schemas")).all().iterator().next();

        assertThat(TestApis.CATALOG.all()).as("not one of the kit's own APIs").noneMatch(a -> a.id().equals(third.id()));
        for (Path sources : List.of(TestApis.ROOT.resolve("src/main/java"), TestApis.ROOT.resolve("src/test/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                List<Path> naming = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                    try {
                        String text = Files.readString(f);
                        return text.contains(third.action()) || text.contains("\"" + third.id() + "\"");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
                assertThat(naming).as("Java naming " + third.action()).isEmpty();
            }
        }
    }
}
