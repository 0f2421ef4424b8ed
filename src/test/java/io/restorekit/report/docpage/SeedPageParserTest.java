package io.restorekit.report.docpage;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.SeedText;
import io.restorekit.TestApis;
import io.restorekit.schema.SchemaCatalog;
import io.restorekit.schema.SchemaKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed pages read into their structure: nothing lost or added, rows and nesting as the pages show them. */
class SeedPageParserTest {
    static SeedPage page(String api) {
        String seed = TestApis.CATALOG.get(api).seed();
        SchemaCatalog schemas = SchemaCatalog.load(TestApis.ROOT.resolve("schemas"));
        return SeedPageParser.parse(api, seed, seedText(api), schemas.dereferencedSchemaJson(api, SchemaKind.REQUEST),
                schemas.dereferencedSchemaJson(api, SchemaKind.RESPONSE));
    }

    static String seedText(String api) {
        try {
            return Files.readString(TestApis.ROOT.resolve("docs/seeds").resolve(TestApis.CATALOG.get(api).seed()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> rows(SeedPage page, SeedPage.SectionKind kind) {
        return page.sections().stream().filter(s -> s.kind() == kind).flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof SeedPage.Table).flatMap(b -> ((SeedPage.Table) b).rows().stream())
                .map(r -> r.depth() + " " + r.path() + " " + r.type()).toList();
    }

    @Test
    void theUnitsHoldEveryWordOfThePageInOrder() {
        // The normalized text built from the units is compared with the page's, normalized as DocQuoteTest does.
        for (String api : List.of("hbr", "dbs")) {
            assertThat(page(api).normalizedText()).as(api).isEqualTo(SeedText.normalized(seedText(api)));
        }
    }

    @Test
    void theHbrRequestTableKeepsItsRowsAndTheirNesting() {
        assertThat(rows(page("hbr"), SeedPage.SectionKind.REQUEST)).containsExactly("0 PageNumber integer", "0 PageSize integer",
                "0 RestoreType string", "0 Filters array<object>", "1 Filters[] object", "2 Filters[].Key string",
                "2 Filters[].Values array", "3 Filters[].Values[] string", "2 Filters[].Operator string", "0 Edition string");
    }

    @Test
    void theHbrAnswerNestsJobsAndTheirObjectsAsThePageDoes() {
        List<String> rows = rows(page("hbr"), SeedPage.SectionKind.RESPONSE);
        assertThat(rows).startsWith("0  object", "1 RequestId string").contains("2 RestoreJobs.RestoreJob array<object>",
                "3 RestoreJobs.RestoreJob[] array<object>", "4 RestoreJobs.RestoreJob[].SnapshotHash string",
                "5 RestoreJobs.RestoreJob[].OtsDetail.BatchChannelCount integer",
                "4 RestoreJobs.RestoreJob[].CrossAccountType string", "5 RestoreJobs.RestoreJob[].Report.ReportTaskStatus string")
                .endsWith("4 RestoreJobs.RestoreJob[].TargetInstanceId string");
    }

    @Test
    void theDbsTablesKeepTheirCellsAndTheTaskFieldsSitUnderItems() {
        SeedPage dbs = page("dbs");
        SeedPage.Row pageSize = dbs.rows().stream().filter(r -> r.path().equals("PageSize")).findFirst().orElseThrow();
        assertThat(pageSize.required()).isEqualTo("Optional");
        assertThat(pageSize.example()).isEqualTo("30");
        assertThat(pageSize.description()).extracting(SeedPage.Prose::style).containsExactly(SeedPage.Style.PARAGRAPH,
                SeedPage.Style.BULLET, SeedPage.Style.BULLET, SeedPage.Style.BULLET, SeedPage.Style.NOTE);
        assertThat(rows(dbs, SeedPage.SectionKind.RESPONSE)).contains("0 ErrMessage String", "0 Items Array of RestoreTaskDetail",
                "1 Items.RestoreTaskDetail[].ErrMessage String", "0 TotalPages Integer");
    }

    @Test
    void theSentencesOfADescriptionAreItsOwn() {
        SeedPage.Row pageNumber = page("hbr").rows().get(0);
        assertThat(pageNumber.description().get(0).sentences()).extracting(SeedPage.Unit::text)
                .containsExactly("The page number.", "Pages start from page 1.", "Default value: 1.");
    }
}
