package io.restorekit.report.docpage;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.report.ResultsFile;
import io.restorekit.report.ScenarioOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed check, seen where a reader looks: the sentence it quotes reads "failed", the failure filter keeps its row,
 * the coverage counts it, and its entry shows the request and answer. A run that selected only some scenarios shows
 * the others as "not run", never as "not checked".
 */
class FailedCheckPageTest {
    private static final String MESSAGE = "[HBR.PageSize.Default] Expected PageSize 10 to be echoed, but got 20\n"
            + "  request: POST http://127.0.0.1:1/?Action=DescribeRestoreJobs2\n  answer:  HTTP 200 {\"PageSize\":20}";

    @Test
    void aFailureIsShownOnTheSentenceItQuotesWithItsExchange(@TempDir Path reports) throws Exception {
        Set<String> apiIds = TestApis.CATALOG.all().stream().map(ApiDescriptor::id).collect(Collectors.toSet());
        // The run made only the PageSize default scenario, and it failed.
        ScenarioOutcome defaultScenario = KitChecks.of(TestApis.ROOT.resolve("features"), apiIds, List.of(), "seed").stream()
                .map(Check::scenario).filter(s -> s.clause().equals("HBR.PageSize.Default")).findFirst().orElseThrow();
        ScenarioOutcome failed = new ScenarioOutcome(defaultScenario.api(), defaultScenario.clause(), defaultScenario.name(),
                defaultScenario.location(), ScenarioOutcome.Verdict.FAILED, MESSAGE, defaultScenario.tags(), defaultScenario.doc());
        Path dir = new DocPages(TestApis.ROOT).write(reports, new ResultsFile.Run("URL http://127.0.0.1:1", "target=…",
                "seed", null, Instant.EPOCH, Instant.EPOCH, false, null), List.of(failed));
        Document hbr = Jsoup.parse(dir.resolve("hbr.html").toFile(), "UTF-8");

        Element sentence = hbr.select("span[data-unit]").stream().filter(s -> s.text().equals("Default value: 10."))
                .findFirst().orElseThrow();
        assertThat(sentence.attr("data-outcome")).isEqualTo("failed");
        assertThat(sentence.nextElementSibling().text()).isEqualTo("✘ failed");
        Element row = sentence.closest("tr");
        assertThat(row.attr("data-name")).isEqualTo("PageSize");
        assertThat(row.attr("data-outcomes")).contains("failed");
        assertThat(row.select("td.checks").text()).contains("HBR.PageSize.Default", "documented · MUST");

        Element entry = hbr.getElementById(new Check(failed, Outcome.FAILED).anchor());
        assertThat(entry.select("pre").text()).contains("request: POST http://127.0.0.1:1/", "answer:  HTTP 200");
        assertThat(entry.attr("data-outcome")).isEqualTo("failed");

        Element figures = hbr.getElementById("coverage-figures");
        assertThat(Integer.parseInt(figures.attr("data-failed"))).isPositive();
        assertThat(figures.attr("data-failed")).isEqualTo(figures.attr("data-exercised"));
        // Every other check exists but was not run: those sentences are "not run", not "not checked".
        Element pageNumberDefault = hbr.select("span[data-unit]").stream().filter(s -> s.text().equals("Default value: 1."))
                .findFirst().orElseThrow();
        assertThat(pageNumberDefault.attr("data-outcome")).isEqualTo("not-run");
        assertThat(hbr.getElementById("scenario-counts").attr("data-failed")).isEqualTo("1");
    }
}
