package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every listed item, fetched over HTTP, has exactly the documented fields and types: integers as JSON integers, HBR
 * timestamps in seconds, DBS timestamps in milliseconds, JSON-in-string fields holding valid JSON, and type-specific
 * fields only on the types the pages name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseShapeTest {
    private static final Set<String> HBR_INTEGERS = Set.of("ActualItems", "ActualBytes", "TargetCreateTime",
            "ItemsDone", "BytesTotal", "CompleteTime", "CreatedTime", "Progress", "ExpireTime", "StartTime",
            "UpdatedTime", "ItemsTotal", "BytesDone", "Speed", "TargetTime", "CrossAccountUserId",
            "MeteringBytesDone", "MeteringBytesTotal");
    private static final Set<String> HBR_OBJECTS = Set.of("OtsDetail", "Report");
    private static final Set<String> HBR_SECONDS = Set.of("TargetCreateTime", "CompleteTime", "CreatedTime",
            "ExpireTime", "StartTime", "UpdatedTime", "TargetTime");
    private static final Set<String> HBR_JSON_STRINGS = Set.of("UdmDetail", "Options", "Include", "Exclude",
            "FailbackDetail");
    /** Fields the page says are returned only for some types, and those types (RestoreType values). */
    private static final Map<String, Set<String>> HBR_TYPE_SPECIFIC = Map.ofEntries(
            Map.entry("ActualItems", Set.of("ECS_FILE")), Map.entry("ItemsDone", Set.of("ECS_FILE")),
            Map.entry("ItemsTotal", Set.of("ECS_FILE")), Map.entry("Options", Set.of("ECS_FILE")),
            Map.entry("Exclude", Set.of("ECS_FILE")),
            Map.entry("TargetBucket", Set.of("OSS")), Map.entry("TargetPrefix", Set.of("OSS")),
            Map.entry("TargetFileSystemId", Set.of("NAS")), Map.entry("TargetCreateTime", Set.of("NAS")),
            Map.entry("TargetInstanceName", Set.of("OTS_TABLE")), Map.entry("TargetTableName", Set.of("OTS_TABLE")),
            Map.entry("TargetTime", Set.of("OTS_TABLE")), Map.entry("OtsDetail", Set.of("OTS_TABLE")),
            Map.entry("UdmDetail", Set.of("UDM_ECS_ROLLBACK")));
    private static final Set<String> HBR_STATUSES = Set.of("COMPLETE", "PARTIAL_COMPLETE", "FAILED");
    private static final Set<String> SOURCE_TYPES = Set.of("ECS_FILE", "OSS", "NAS", "OTS_TABLE", "UDM_ECS");

    private static final Set<String> DBS_INTEGERS = Set.of("BackupGatewayId", "ContinuousRestoreProgress",
            "FullDataRestoreProgress", "FullStruAfterRestoreProgress", "FullStruforeRestoreProgress",
            "RestoreTaskCreateTime", "RestoreTaskFinishTime", "RestoreTime");
    private static final Set<String> DBS_MILLIS = Set.of("RestoreTaskCreateTime", "RestoreTaskFinishTime",
            "RestoreTime");
    private static final Set<String> DBS_STATUSES = Set.of("init", "running", "stop", "pause", "check_pass");
    private static final Set<String> DBS_INSTANCE_TYPES = Set.of("RDS", "ECS", "Express", "agent", "dds", "other");

    private final ReferenceServer server = Stubs.shared();
    private final List<JsonNode> hbrBodies = new ArrayList<>();
    private final List<JsonNode> hbrJobs = new ArrayList<>();
    private final List<JsonNode> dbsBodies = new ArrayList<>();
    private final List<JsonNode> dbsTasks = new ArrayList<>();

    @BeforeAll
    void fetchEverything() {
        for (String edition : List.of("STANDARD", "BASIC")) {
            for (int page = 1; page <= 3; page++) {
                RpcCall.Reply r = RpcCall.hbr().param("Edition", edition).param("PageSize", 99)
                        .param("PageNumber", page).post(server);
                hbrBodies.add(r.body());
                hbrJobs.addAll(r.items());
            }
        }
        for (int page = 0; page < 2; page++) {
            RpcCall.Reply r = RpcCall.dbs().param("PageSize", 100).param("PageNum", page).post(server);
            dbsBodies.add(r.body());
            dbsTasks.addAll(r.items());
        }
        assertThat(hbrJobs).hasSize(DatasetFile.HBR.size());
        assertThat(dbsTasks).hasSize(DatasetFile.DBS.size());
    }

    @Test
    void hbrEnvelopeHasExactlyTheDocumentedFields() {
        for (JsonNode body : hbrBodies) {
            assertThat(ErrorShape.fieldNames(body)).containsExactly("RequestId", "Success", "Code", "Message",
                    "PageNumber", "PageSize", "TotalCount", "RestoreJobs");
            assertThat(body.path("Success").isBoolean()).isTrue();
            assertThat(body.path("Code").isTextual()).isTrue();
            assertThat(body.path("Code").asText()).isEqualTo("200");
            assertThat(body.path("Message").asText()).isEqualTo("successful");
            assertThat(body.path("PageNumber").isInt()).isTrue();
            assertThat(body.path("PageSize").isInt()).isTrue();
            assertThat(body.path("TotalCount").isInt()).isTrue();
            assertThat(ErrorShape.fieldNames(body.path("RestoreJobs"))).containsExactly("RestoreJob");
        }
    }

    @Test
    void hbrJobsHaveOnlyDocumentedFieldsWithDocumentedTypes() {
        for (JsonNode job : hbrJobs) {
            String id = job.path("RestoreId").asText();
            assertThat(DatasetGenerator.HBR_ITEM_FIELDS).as(id).containsAll(ErrorShape.fieldNames(job));
            job.properties().forEach(f -> {
                String name = f.getKey();
                JsonNode v = f.getValue();
                if (HBR_INTEGERS.contains(name)) {
                    assertThat(v.isIntegralNumber()).as("%s.%s integer", id, name).isTrue();
                } else if (HBR_OBJECTS.contains(name)) {
                    assertThat(v.isObject()).as("%s.%s object", id, name).isTrue();
                } else {
                    assertThat(v.isTextual()).as("%s.%s string", id, name).isTrue();
                }
                if (HBR_SECONDS.contains(name)) {
                    assertThat(v.asLong()).as("%s.%s in UNIX seconds", id, name).isBetween(1_000_000_000L, 9_999_999_999L);
                }
                if (HBR_JSON_STRINGS.contains(name)) {
                    assertThat(parses(v.asText())).as("%s.%s holds JSON", id, name).isTrue();
                }
            });
            assertThat(HBR_STATUSES).contains(job.path("Status").asText());
            assertThat(job.path("Progress").asInt()).isBetween(0, 10_000);
            if (job.has("SourceType")) {
                assertThat(SOURCE_TYPES).contains(job.path("SourceType").asText());
            }
            JsonNode ots = job.path("OtsDetail");
            if (!ots.isMissingNode()) {
                assertThat(ots.path("BatchChannelCount").isInt()).isTrue();
                assertThat(ots.path("OverwriteExisting").isBoolean()).isTrue();
            }
            job.path("Report").properties().forEach(f -> assertThat(f.getValue().isTextual()).isTrue());
        }
    }

    @Test
    void hbrTypeSpecificFieldsAppearOnlyOnTheirTypes() {
        HBR_TYPE_SPECIFIC.forEach((field, types) -> {
            List<JsonNode> carrying = hbrJobs.stream().filter(j -> j.has(field)).toList();
            assertThat(carrying).as(field + " occurs").isNotEmpty();
            assertThat(carrying).as(field + " only on " + types)
                    .allMatch(j -> types.contains(j.path("RestoreType").asText()));
        });
        assertThat(hbrJobs.stream().filter(j -> j.path("RestoreType").asText().equals("ECS_FILE")))
                .allMatch(j -> j.has("ActualItems") && j.has("ItemsDone") && j.has("ItemsTotal"));
        assertThat(hbrJobs.stream().filter(j -> j.path("RestoreType").asText().equals("OSS")))
                .allMatch(j -> j.has("TargetBucket") && j.has("TargetPrefix"));
        assertThat(hbrJobs.stream().filter(j -> j.path("RestoreType").asText().equals("NAS")))
                .allMatch(j -> j.has("TargetFileSystemId") && j.has("TargetCreateTime"));
        assertThat(hbrJobs.stream().filter(j -> j.path("RestoreType").asText().equals("OTS_TABLE")))
                .allMatch(j -> j.has("TargetInstanceName") && j.has("TargetTableName") && j.has("TargetTime")
                        && j.has("OtsDetail"));
        assertThat(hbrJobs).filteredOn(j -> j.has("MeteringBytesDone"))
                .isNotEmpty().allMatch(j -> j.path("StorageClass").asText().equals("ARCHIVE"));
    }

    @Test
    void dbsEnvelopeHasExactlyTheDocumentedFields() {
        for (JsonNode body : dbsBodies) {
            assertThat(ErrorShape.fieldNames(body)).containsExactly("RequestId", "Success", "HttpStatusCode",
                    "PageNum", "PageSize", "TotalElements", "TotalPages", "Items");
            assertThat(body.path("Success").isBoolean()).isTrue();
            for (String n : List.of("HttpStatusCode", "PageNum", "PageSize", "TotalElements", "TotalPages")) {
                assertThat(body.path(n).isInt()).as(n).isTrue();
            }
            assertThat(ErrorShape.fieldNames(body.path("Items"))).containsExactly("RestoreTaskDetail");
        }
    }

    @Test
    void dbsTasksHaveOnlyDocumentedFieldsWithDocumentedTypes() {
        for (JsonNode task : dbsTasks) {
            String id = task.path("RestoreTaskId").asText();
            assertThat(DatasetGenerator.DBS_ITEM_FIELDS).as(id).containsAll(ErrorShape.fieldNames(task));
            task.properties().forEach(f -> {
                String name = f.getKey();
                JsonNode v = f.getValue();
                if (DBS_INTEGERS.contains(name)) {
                    assertThat(v.isIntegralNumber()).as("%s.%s integer", id, name).isTrue();
                } else {
                    assertThat(v.isTextual()).as("%s.%s string", id, name).isTrue();
                }
                if (DBS_MILLIS.contains(name)) {
                    assertThat(v.asLong()).as("%s.%s in epoch milliseconds", id, name)
                            .isBetween(1_000_000_000_000L, 9_999_999_999_999L);
                }
            });
            assertThat(parses(task.path("RestoreObjects").asText())).as(id + " RestoreObjects").isTrue();
            assertThat(DBS_STATUSES).contains(task.path("RestoreStatus").asText());
            assertThat(DBS_INSTANCE_TYPES).contains(task.path("DestinationEndpointInstanceType").asText());
        }
    }

    private static boolean parses(String text) {
        try {
            RpcCall.MAPPER.readTree(text);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
