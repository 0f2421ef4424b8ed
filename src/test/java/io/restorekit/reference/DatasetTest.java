package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.reference.rules.Reading;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed dataset is what the generator makes, and rich enough for the conformance scenarios. */
class DatasetTest {

    @Test
    void committedFilesAreExactlyTheGeneratorsOutput() throws IOException {
        assertThat(Files.readString(Stubs.dir().resolve("data").resolve(DatasetGenerator.HBR_FILE)))
                .as("stubs/data is stale: regenerate with DatasetGenerator").isEqualTo(DatasetGenerator.hbrJson());
        assertThat(Files.readString(Stubs.dir().resolve("data").resolve(DatasetGenerator.DBS_FILE)))
                .as("stubs/data is stale: regenerate with DatasetGenerator").isEqualTo(DatasetGenerator.dbsJson());
    }

    @Test
    void hbrHasMoreThanTwoFullPagesOfStandardAndSomeBasic() {
        assertThat(DatasetFile.standard(r -> true).size()).isGreaterThan(198);
        assertThat(DatasetFile.hbrItems("BASIC", r -> true)).isNotEmpty();
        assertThat(DatasetFile.HBR).allMatch(r -> Set.of("BASIC", "STANDARD").contains(
                r.path("hidden").path("edition").asText()));
    }

    @Test
    void everyEnumValueAndFilterKeyOccursInBothEditions() {
        for (String edition : List.of("STANDARD", "BASIC")) {
            List<JsonNode> records = DatasetFile.HBR.stream()
                    .filter(r -> r.path("hidden").path("edition").asText().equals(edition)).toList();
            assertThat(values(records, "item", "RestoreType")).as(edition)
                    .containsExactlyInAnyOrderElementsOf(ReferenceApis.load(Stubs.dir()).rulesFile("hbr")
                            .rules(Reading.DOCUMENTED).selections().get("RestoreType").values());
            assertThat(values(records, "item", "Status")).as(edition)
                    .containsExactlyInAnyOrder("COMPLETE", "PARTIAL_COMPLETE", "FAILED");
            for (String attribute : List.of("regionId", "planId")) {
                assertThat(values(records, "hidden", attribute)).as(edition + " " + attribute).hasSizeGreaterThan(1);
            }
            for (String field : List.of("RestoreId", "VaultId", "TargetInstanceId", "TargetBucket",
                    "TargetFileSystemId", "CompleteTime")) {
                assertThat(values(records, "item", field)).as(edition + " " + field).hasSizeGreaterThan(1);
            }
        }
        List<JsonNode> all = DatasetFile.HBR;
        assertThat(values(all, "item", "SourceType")).containsExactlyInAnyOrder("ECS_FILE", "OSS", "NAS",
                "OTS_TABLE", "UDM_ECS");
        assertThat(values(all, "item", "StorageClass")).containsExactlyInAnyOrder("STANDARD", "ARCHIVE");
        assertThat(values(all, "item", "CrossAccountType")).containsExactlyInAnyOrder("SELF_ACCOUNT",
                "CROSS_ACCOUNT");
        assertThat(values(DatasetFile.DBS, "item", "RestoreStatus")).containsExactlyInAnyOrder("init", "running",
                "stop", "pause", "check_pass");
        assertThat(values(DatasetFile.DBS, "item", "DestinationEndpointInstanceType")).containsExactlyInAnyOrder(
                "RDS", "ECS", "Express", "agent", "dds", "other");
    }

    @Test
    void severalStandardJobsShareACompleteTime() {
        Map<Long, Long> perTime = DatasetFile.standard(r -> true).stream()
                .collect(Collectors.groupingBy(i -> i.path("CompleteTime").asLong(), Collectors.counting()));
        assertThat(perTime.values().stream().filter(n -> n >= 2).count()).isGreaterThan(10);
    }

    @Test
    void idsAreUnique() {
        assertThat(new HashSet<>(DatasetFile.restoreIds(DatasetFile.HBR.stream().map(DatasetFile::item).toList())))
                .hasSize(DatasetFile.HBR.size());
        assertThat(new HashSet<>(DatasetFile.taskIds(DatasetFile.DBS.stream().map(DatasetFile::item).toList())))
                .hasSize(DatasetFile.DBS.size());
    }

    @Test
    void dbsHasMoreThanOnePageOf100AndSeveralTasksPerPlan() {
        assertThat(DatasetFile.DBS).hasSizeGreaterThan(100);
        Map<String, Long> perPlan = DatasetFile.DBS.stream().collect(Collectors.groupingBy(
                r -> r.path("item").path("BackupPlanId").asText(), Collectors.counting()));
        assertThat(perPlan).hasSizeGreaterThan(5);
        assertThat(perPlan.values()).allMatch(n -> n >= 3);
    }

    @Test
    void theServerReadsTheSameRecords() {
        ReferenceApis apis = ReferenceApis.load(Stubs.dir());

        assertThat(apis.records("hbr")).hasSize(DatasetFile.HBR.size());
        assertThat(apis.records("dbs")).hasSize(DatasetFile.DBS.size());
    }

    private static Set<String> values(List<JsonNode> records, String part, String field) {
        return records.stream().map(r -> r.path(part).get(field)).filter(v -> v != null && !v.isNull())
                .map(JsonNode::asText).collect(Collectors.toSet());
    }
}
