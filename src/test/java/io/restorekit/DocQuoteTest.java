package io.restorekit;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.api.ApiDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every quote in the features is seed text: each string in straight double quotes, split at "…", occurs
 * verbatim in the seed page of the scenario's API (whitespace collapsed, bullets dropped, case kept),
 * with an outline's placeholders filled from each Examples row. Text outside the quotes is commentary.
 */
class DocQuoteTest {
    private static final Map<String, SeedText> SEEDS = new HashMap<>();

    private static SeedText seed(String apiId) {
        return SEEDS.computeIfAbsent(apiId, SeedText::forApi);
    }

    private static List<String> apiIds() {
        return TestApis.CATALOG.all().stream().map(ApiDescriptor::id).toList();
    }

    @Test
    void everyQuoteInTheFeaturesIsSeedTextOfItsApi() {
        List<String> offenders = new ArrayList<>();
        List<FeatureScenarios.Feature> features = FeatureScenarios.features();
        assertThat(features).isNotEmpty();
        for (FeatureScenarios.Feature feature : features) {
            offenders.addAll(SeedText.offenders(feature, apiIds(), DocQuoteTest::seed));
        }
        assertThat(offenders).as("quotes that are not seed text").isEmpty();
    }

    @Test
    void everyDocumentedScenarioQuotesItsSeed() {
        List<String> unquoted = new ArrayList<>();
        for (FeatureScenarios.Scenario s : FeatureScenarios.scenarios()) {
            for (FeatureScenarios.Unit unit : s.units()) {
                if (unit.tags().contains("@basis:documented") && SeedText.quotes(s.doc()).isEmpty()) {
                    unquoted.add(unit.where() + ": @basis:documented, but its Doc line quotes nothing");
                }
            }
        }
        assertThat(unquoted).isEmpty();
    }

    @Test
    void everyDocumentedScenarioOfTheMetadataEditionQuotesTheMetadata() {
        List<String> unquoted = new ArrayList<>();
        int seen = 0;
        for (FeatureScenarios.Scenario s : FeatureScenarios.scenarios()) {
            if (!s.tags().contains("@contract:metadata")) {
                continue;
            }
            seen++;
            boolean quotes = s.description().stream().anyMatch(l -> l.text().startsWith(SeedText.METADATA_LINE)
                    && !SeedText.quotes(l.text()).isEmpty());
            if (s.tags().contains("@basis:documented") && !quotes) {
                unquoted.add(s.file() + ":" + s.line() + ": @contract:metadata and documented, but no Metadata: line quotes the metadata");
            }
        }
        assertThat(seen).as("scenarios of the metadata edition").isPositive();
        assertThat(unquoted).isEmpty();
    }

    @Test
    void metadataLinesAreCheckedAgainstTheMetadataNotThePage() {
        SeedText metadata = SeedText.forMetadata("dbs");
        assertThat(metadata.problems("Metadata: \"Valid values: 1 to 100.\"")).isEmpty();
        assertThat(seed("dbs").problems("Doc: \"Valid values: 1 to 100.\"")).hasSize(1);
        assertThat(metadata.problems("Metadata: \"Valid values: 1 to 1000.\"")).hasSize(1);
        List<String> lines = List.of(
                "@dbs @read-only",
                "Feature: made up",
                "  @contract:metadata",
                "  Scenario: made up",
                "    Doc: \"PageSize … The number of records on each page.\"",
                "    Metadata: \"An error is reported if you specify both.\" / \"An error is reported if you specify three.\"",
                "    Then nothing");
        FeatureScenarios.Feature feature = FeatureScenarios.parse(Path.of("made-up.feature"), lines);
        assertThat(SeedText.offenders(feature, apiIds(), DocQuoteTest::seed)).containsExactly(
                "made-up.feature:6: not in schemas/dbs/metadata: \"An error is reported if you specify three.\"");
    }

    @Test
    void theCheckerRejectsWordsThePageDoesNotHold() {
        SeedText hbr = seed("hbr");
        // the quote a version scenario once carried: the page never says it
        assertThat(hbr.problems("Doc: \"Cloud Backup … version 2017-09-08\""))
                .containsExactly("not in " + hbr.name() + ": \"version 2017-09-08\"");
        // one word changed in a true sentence ("Options" once said "VSS" for "the Volume Shadow Copy Service (VSS)")
        assertThat(hbr.problems("Doc: \"Options … Indicates whether to use VSS to define the restore path.\""))
                .containsExactly("not in " + hbr.name() + ": \"Indicates whether to use VSS to define the restore path.\"");
        assertThat(hbr.problems("Doc: \"PageSize … Valid values: 1 to 98.\""))
                .containsExactly("not in " + hbr.name() + ": \"Valid values: 1 to 98.\"");
        // case counts; a field name and its description joined by a dash are not page text
        assertThat(hbr.problems("Doc: \"the page number.\" / \"PageNumber — The page number.\"")).hasSize(2);
        // an unclosed quote is reported, not skipped
        assertThat(hbr.problems("Doc: \"PageNumber … The page number.")).anyMatch(p -> p.startsWith("unclosed quote"));
        // each API is checked against its own page only
        assertThat(seed("dbs").problems("Doc: \"Pages start from page 1.\"")).hasSize(1);
    }

    @Test
    void theCheckerAcceptsPageTextAcrossBulletsLineBreaksAndEscapedQuotes() {
        SeedText hbr = seed("hbr");
        assertThat(hbr.problems("Doc: \"PageSize … The number of entries per page. Valid values: 1 to 99. Default value: 10.\""))
                .isEmpty();
        assertThat(hbr.problems("Doc: \"Valid values: ECS_FILE: restores ECS files. OSS: restores data to Alibaba Cloud OSS.\""))
                .isEmpty();
        assertThat(hbr.problems("Doc: \"If the request was successful, \\\"successful\\\" is returned.\" (commentary)"))
                .isEmpty();
        assertThat(hbr.problems("Doc: commentary only, no quote")).isEmpty();
        assertThat(seed("dbs").problems("Doc: \"Valid values: 30 50 100 Note Default value: 30.\"")).isEmpty();
    }

    @Test
    void theCheckerFillsEachExamplesRowAndReportsTheRowThatBreaksTheQuote() {
        List<String> lines = List.of(
                "@hbr @read-only",
                "Feature: made up",
                "  Scenario Outline: <field>",
                "    Doc: \"<field> … This value is a UNIX timestamp. Unit: seconds.\"",
                "    Then nothing",
                "",
                "    Examples:",
                "      | field       |",
                "      | CreatedTime |",
                "      | ExpireTime  |",
                "      | DeletedTime |");
        FeatureScenarios.Feature feature = FeatureScenarios.parse(Path.of("made-up.feature"), lines);
        assertThat(SeedText.offenders(feature, apiIds(), DocQuoteTest::seed)).containsExactly(
                "made-up.feature:11 (line 4 filled from this row): not in " + seed("hbr").name() + ": \"DeletedTime\"");
    }
}
