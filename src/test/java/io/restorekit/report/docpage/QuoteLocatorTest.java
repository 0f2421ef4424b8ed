package io.restorekit.report.docpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Doc lines traced to the rows and sentences they quote, as a reader of the feature would trace them. */
class QuoteLocatorTest {
    private static final SeedPage HBR = SeedPageParserTest.page("hbr");
    private static final SeedPage DBS = SeedPageParserTest.page("dbs");

    /** Where each located unit is: "row path" or "sentence text" (with "cited " before a commentary quote). */
    private static List<String> located(SeedPage page, String doc) {
        return new QuoteLocator(page).locate(DocQuotes.of(doc).quotes()).stream().map(l -> (l.cited() ? "cited " : "")
                + describe(page, l.unit())).toList();
    }

    private static String describe(SeedPage page, SeedPage.Unit unit) {
        String section = page.sectionOf(unit).heading();
        if (unit.kind() == SeedPage.Kind.ROW) {
            return section + " row " + page.rows().stream().filter(r -> r.unit() == unit).findFirst().orElseThrow().path();
        }
        return section + " " + unit.kind() + " " + unit.text();
    }

    @Test
    void aFragmentIsFoundAfterTheOneBeforeIt() {
        // "Default value: 10." is the request PageSize's; the answer's PageSize says the same words further down.
        assertThat(located(HBR, "Doc: \"PageSize … Default value: 10.\"")).containsExactly(
                "Request parameters row PageSize", "Request parameters SENTENCE Default value: 10.");
    }

    @Test
    void aHeadingFollowedByAnEllipsisOnlyPlacesTheSearch() {
        assertThat(located(HBR, "Doc: \"Response elements\" … \"PageNumber integer The page number.\""))
                .containsExactly("Response elements row PageNumber", "Response elements SENTENCE The page number.");
    }

    @Test
    void aHeadingAloneStandsForEveryRowOfItsTable() {
        List<String> rows = located(HBR, "Doc: \"Request parameters\" — PageNumber, PageSize (commentary)");
        assertThat(rows).hasSize(11).contains("Request parameters row Filters[].Values[]", "Request parameters row Edition");
    }

    @Test
    void twoRowsJoinedByAnEllipsisStandForTheRowsBetween() {
        List<String> rows = located(DBS, "Doc: \"Items Array of RestoreTaskDetail\" … \"RestoreTime Long 1554560477000\"");
        assertThat(rows).startsWith("Response parameters row Items", "Response parameters row Items.RestoreTaskDetail[].BackupGatewayId")
                .endsWith("Response parameters row Items.RestoreTaskDetail[].RestoreTime").hasSize(26)
                .doesNotContain("Response parameters row PageNum");
    }

    @Test
    void aQuoteInTheCommentaryIsCitedNotChecked() {
        assertThat(located(DBS, "Doc: convention, not on the page (the page's Action: \"The parameter specified by the system.\")"))
                .containsExactly("cited Request parameters SENTENCE The parameter specified by the system.");
    }

    @Test
    void theMetadataEditionsQuoteOfTheMetadataIsNotLookedForOnThePage() {
        assertThat(located(DBS, "\"PageSize … The number of records on each page.\" (x) [Metadata: \"Valid values: 1 to 100.\"]"))
                .containsExactly("Request parameters row PageSize", "Request parameters SENTENCE The number of records on each page.");
        assertThat(DocQuotes.of("\"a\" [Metadata: \"b\"] [Level: SHOULD — \"c\"]").quotes())
                .extracting(DocQuotes.Quote::text).containsExactly("a", "c");
    }

    @Test
    void aQuoteSpanningCellsAndSentencesFindsEachOfThem() {
        assertThat(located(HBR, "Doc: \"PageSize integer No The number of entries per page. Valid values: 1 to 99.\""))
                .containsExactly("Request parameters row PageSize", "Request parameters SENTENCE The number of entries per page.",
                        "Request parameters SENTENCE Valid values: 1 to 99.");
    }
}
