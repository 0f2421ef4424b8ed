package io.restorekit.report.docpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restorekit.SeedText;
import io.restorekit.TestApis;
import io.restorekit.report.ResultsFile;
import io.restorekit.schema.SchemaCatalog;
import io.restorekit.schema.SchemaKind;
import io.restorekit.schema.SchemaShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The annotated pages a real run wrote (the whole suite against the reference's liberal reading), read back from
 * their HTML: every parameter and field of the page is a row, every row and statement carries an outcome, the
 * figures are the results file's, the words are the page's, and each file stands alone.
 */
class DocPagesTest {
    private static final Set<String> OUTCOMES = Set.of("passed", "failed", "warned", "skipped", "not-run", "not-checked");

    private static Document page(String api) throws IOException {
        return Jsoup.parse(DocPagesRun.page(api).toFile(), "UTF-8");
    }

    private static JsonNode results() throws IOException {
        return new ObjectMapper().readTree(DocPagesRun.reportDir().resolve(ResultsFile.NAME).toFile());
    }

    /** Every property name of a schema, at any depth (inside arrays too). */
    private static void names(JsonNode schema, Set<String> into) {
        SchemaShape shape = SchemaShape.of(schema);
        shape.properties().forEach((name, schemas) -> {
            into.add(name);
            schemas.forEach(s -> names(s, into));
        });
        shape.items().forEach(items -> names(items, into));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hbr", "dbs"})
    void everyParameterAndFieldThePageNamesIsARowOfItsTable(String api) throws IOException {
        Document doc = page(api);
        SeedText seed = SeedText.forApi(api);
        SchemaCatalog schemas = SchemaCatalog.load(TestApis.ROOT.resolve("schemas"));
        for (SchemaKind kind : List.of(SchemaKind.REQUEST, SchemaKind.RESPONSE)) {
            Set<String> expected = new TreeSet<>();
            names(schemas.dereferencedSchemaJson(api, kind), expected);
            // The schemas also hold what the metadata adds where the page is silent: only the page's own names count.
            // DBS's RestoreTaskDetail is no row either: the page names it only as the type "Array of RestoreTaskDetail".
            expected.removeIf(name -> !seed.contains(name) || seed.contains("Array of " + name));
            Element table = doc.select("section[data-section] table.fields").get(kind == SchemaKind.REQUEST ? 0 : 1);
            Set<String> rows = new TreeSet<>(table.select("tr.row").eachAttr("data-name"));
            assertThat(expected).as(api + " " + kind).isNotEmpty();
            assertThat(rows).as(api + " " + kind + " rows").containsAll(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hbr", "dbs"})
    void everyRowAndStatementShowsItsOutcomeInWordsBesideIt(String api) throws IOException {
        Document doc = page(api);
        assertThat(doc.select("tr.row")).hasSizeGreaterThan(10).allSatisfy(row -> {
            String outcome = row.attr("data-outcome");
            assertThat(OUTCOMES).as(row.id()).contains(outcome);
            assertThat(row.select("th[scope=row] .badge").first().text()).endsWith(outcome.replace('-', ' '));
            assertThat(row.select("td.checks").text()).as(row.id()).isNotBlank();
        });
        assertThat(doc.select("span[data-checkable=true]")).hasSizeGreaterThan(20).allSatisfy(span -> {
            String outcome = span.attr("data-outcome");
            assertThat(OUTCOMES).contains(outcome);
            Element badge = span.nextElementSibling();
            assertThat(badge).as(span.id()).isNotNull();
            assertThat(badge.select(".badge").isEmpty() ? badge.text() : badge.select(".badge").first().text())
                    .as(span.id()).endsWith(outcome.replace('-', ' '));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"hbr", "dbs"})
    void theCoverageFiguresAreTheResultsFilesOutcomesCountedAgain(String api) throws IOException {
        Document doc = page(api);
        Map<String, String> outcomeAt = new HashMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode s : results().path("scenarios")) {
            if (s.path("api").asText().equalsIgnoreCase(api)) {
                outcomeAt.put(s.path("feature").asText() + ":" + s.path("line").asInt(), s.path("outcome").asText());
                counts.merge(s.path("outcome").asText(), 1, Integer::sum);
            }
        }
        int checkable = 0, with = 0, exercised = 0, passed = 0, failed = 0, warned = 0;
        for (Element unit : doc.select("[data-checkable=true]")) {
            checkable++;
            List<String> checks = Arrays.stream(unit.attr("data-checks").split(" ")).filter(s -> !s.isBlank()).toList();
            List<String> outcomes = checks.stream().map(c -> outcomeAt.getOrDefault(c, "not-run")).toList();
            // Worst first, as the matrix ranks a clause's scenarios; a check the run left out counts as not run.
            String combined = outcomes.isEmpty() ? "not-checked" : outcomes.contains("failed") ? "failed"
                    : outcomes.contains("warned") ? "warned" : outcomes.contains("passed") ? "passed"
                    : outcomes.contains("skipped") ? "skipped" : "not-run";
            assertThat(unit.attr("data-outcome")).as(unit.id() + " " + checks).isEqualTo(combined);
            with += outcomes.isEmpty() ? 0 : 1;
            exercised += Set.of("passed", "failed", "warned").contains(combined) ? 1 : 0;
            passed += combined.equals("passed") ? 1 : 0;
            failed += combined.equals("failed") ? 1 : 0;
            warned += combined.equals("warned") ? 1 : 0;
        }
        Element figures = doc.getElementById("coverage-figures");
        assertThat(List.of(figures.attr("data-checkable"), figures.attr("data-with-check"), figures.attr("data-exercised"),
                figures.attr("data-passed"), figures.attr("data-failed"), figures.attr("data-warned")))
                .containsExactly(String.valueOf(checkable), String.valueOf(with), String.valueOf(exercised),
                        String.valueOf(passed), String.valueOf(failed), String.valueOf(warned));
        assertThat(figures.select("td.n").eachText()).containsExactly(String.valueOf(checkable), String.valueOf(with),
                String.valueOf(exercised), String.valueOf(passed), String.valueOf(failed), String.valueOf(warned),
                String.valueOf(checkable - with));
        assertThat(doc.select("#unchecked li")).hasSize(checkable - with);
        // This run exercised most of the page, and the liberal reading made some of it warn: the figures are not idle.
        assertThat(exercised).isGreaterThan(checkable / 3);
        assertThat(warned).isPositive();
        // The run's edition as the results file names it, e.g. "seed — the seed pages (docs/seeds/)".
        assertThat(doc.select("dl.run").text()).contains(results().path("run").path("contract").asText() + " — ");
        Element scenarios = doc.getElementById("scenario-counts");
        for (String o : List.of("passed", "failed", "warned", "skipped")) {
            assertThat(scenarios.attr("data-" + o)).as(o).isEqualTo(String.valueOf(counts.getOrDefault(o, 0)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hbr", "dbs"})
    void theCheckListIsTheRunsScenariosWithTheirOutcomes(String api) throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (JsonNode s : results().path("scenarios")) {
            if (s.path("api").asText().equalsIgnoreCase(api)) {
                expected.put(s.path("feature").asText() + ":" + s.path("line").asInt(), s.path("outcome").asText());
            }
        }
        Map<String, String> listed = new TreeMap<>();
        for (Element row : page(api).select("#checks tr[data-location]")) {
            listed.put(row.attr("data-location"), row.attr("data-outcome"));
        }
        listed.values().removeIf("not-run"::equals);
        assertThat(listed).isEqualTo(expected);
        // Every warning shows what it found: the request sent and the answer.
        assertThat(page(api).select("#checks tr[data-outcome=warned]")).allSatisfy(row ->
                assertThat(row.select("pre").text()).contains("request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hbr", "dbs"})
    void theWordsShownAreThePagesOwn(String api) throws IOException {
        SeedText seed = SeedText.forApi(api);
        List<String> foreign = new ArrayList<>();
        for (Element unit : page(api).select("[data-unit]")) {
            String text = unit.tagName().equals("tr") ? unit.attr("data-name") : unit.text();
            if (!seed.contains(text)) {
                foreign.add(unit.id() + ": " + text);
            }
        }
        assertThat(foreign).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hbr", "dbs"})
    void eachPageStandsAloneAndReadsWithoutColourOrScript(String api) throws IOException {
        Document doc = page(api);
        assertThat(doc.select("script[src], link[rel=stylesheet], img, iframe")).as("nothing fetched").isEmpty();
        assertThat(doc.select("[href^=http], [src^=http], [href^=//]")).as("no network").isEmpty();
        for (Element a : doc.select("a[href^=#]")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).as("target of " + a.attr("href")).isNotNull();
        }
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        assertThat(doc.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
        // Without a script the filters would be dead controls: they are hidden until the script shows them.
        assertThat(doc.getElementById("filters").hasAttr("hidden")).isTrue();
        assertThat(doc.select("style").html()).contains("@media print");
    }

    @Test
    void theIndexLinksEachPageWithItsFigures() throws IOException {
        Path dir = DocPagesRun.reportDir().resolve(DocPages.FOLDER);
        Document index = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        for (String api : List.of("hbr", "dbs")) {
            Element link = index.selectFirst("a[href=" + api + ".html]");
            assertThat(link).as(api).isNotNull();
            Element figures = page(api).getElementById("coverage-figures");
            assertThat(link.closest("tr").select("td").eachText().subList(0, 3)).containsExactly(
                    figures.attr("data-checkable"), figures.attr("data-with-check"), figures.attr("data-exercised"));
            assertThat(Files.exists(dir.resolve(api + ".html"))).isTrue();
        }
        assertThat(index.select("h1").text().toLowerCase(Locale.ROOT)).contains("annotated");
    }
}
