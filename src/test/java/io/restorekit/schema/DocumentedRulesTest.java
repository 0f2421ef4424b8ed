package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The rules the pages state, pinned by hand: the generated cases prove that whatever the schemas say bites, these
 * prove the schemas say what the pages say (and what the register decided).
 */
class DocumentedRulesTest {
    private final SchemaCatalog catalog = KitFiles.catalog();

    private JsonNode field(String api, SchemaKind kind, String pointer) {
        return catalog.dereferencedSchemaJson(api, kind).at(pointer);
    }

    @Test
    void requestBoundsEnumsAndDefaults() {
        JsonNode pageSize = field("hbr", SchemaKind.REQUEST, "/properties/PageSize");
        assertThat(List.of(pageSize.get("minimum").asInt(), pageSize.get("maximum").asInt(), pageSize.get("default").asInt())).containsExactly(1, 99, 10);
        JsonNode pageNumber = field("hbr", SchemaKind.REQUEST, "/properties/PageNumber");
        assertThat(List.of(pageNumber.get("minimum").asInt(), pageNumber.get("default").asInt())).containsExactly(1, 1);
        assertThat(texts(field("hbr", SchemaKind.REQUEST, "/properties/RestoreType/enum")))
                .containsExactly("ECS_FILE", "OSS", "NAS", "COMMON_FILE_SYSTEM", "OTS_TABLE", "UDM_ECS_ROLLBACK");
        assertThat(texts(field("hbr", SchemaKind.REQUEST, "/properties/Edition/enum"))).containsExactly("BASIC", "STANDARD");
        assertThat(field("hbr", SchemaKind.REQUEST, "/properties/Edition/default").asText()).isEqualTo("STANDARD");
        JsonNode filter = field("hbr", SchemaKind.REQUEST, "/$defs/Filter/properties");
        assertThat(texts(filter.at("/Key/enum"))).containsExactly("RegionId", "PlanId", "JobId", "VaultId", "InstanceId", "Bucket", "FileSystemId", "Status", "CompleteTime");
        assertThat(texts(filter.at("/Operator/enum"))).containsExactly("EQUAL", "NOT_EQUAL", "GREATER_THAN", "GREATER_THAN_OR_EQUAL", "LESS_THAN", "LESS_THAN_OR_EQUAL", "BETWEEN", "IN");
        assertThat(filter.at("/Operator/default").asText()).isEqualTo("IN");
        assertThat(filter.at("/Values/items/type").asText()).isEqualTo("string");

        JsonNode dbsPageSize = field("dbs", SchemaKind.REQUEST, "/properties/PageSize");
        assertThat(texts(dbsPageSize.get("enum"))).containsExactly("30", "50", "100");
        assertThat(dbsPageSize.get("enum").get(0).isIntegralNumber()).isTrue();
        assertThat(dbsPageSize.get("default").asInt()).isEqualTo(30);
        assertThat(field("dbs", SchemaKind.REQUEST, "/properties/Action/const").asText()).isEqualTo("DescribeRestoreTaskList");
    }

    @Test
    void responseRanges() {
        JsonNode progress = field("hbr", SchemaKind.RESPONSE, "/$defs/RestoreJob/properties/Progress");
        assertThat(List.of(progress.get("minimum").asInt(), progress.get("maximum").asInt())).containsExactly(0, 10000);
        JsonNode pageSize = field("hbr", SchemaKind.RESPONSE, "/properties/PageSize");
        assertThat(List.of(pageSize.get("minimum").asInt(), pageSize.get("maximum").asInt())).containsExactly(1, 99);
        assertThat(field("hbr", SchemaKind.RESPONSE, "/$defs/RestoreJob/properties/Exclude/maxLength").asInt()).isEqualTo(255);
        assertThat(texts(field("hbr", SchemaKind.RESPONSE, "/$defs/RestoreJob/properties/Status/enum"))).containsExactly("COMPLETE", "PARTIAL_COMPLETE", "FAILED");
        assertThat(texts(field("dbs", SchemaKind.RESPONSE, "/$defs/RestoreTaskDetail/properties/RestoreStatus/enum")))
                .containsExactly("init", "running", "stop", "pause", "check_pass");
    }

    @Test
    void requiredFieldsAreExactlyTheRegistersChoice() { // HBR-D23, DBS-D21
        assertThat(texts(field("hbr", SchemaKind.RESPONSE, "/required")))
                .containsExactly("RequestId", "Success", "PageNumber", "PageSize", "TotalCount", "RestoreJobs");
        assertThat(texts(field("hbr", SchemaKind.RESPONSE, "/$defs/RestoreJobs/required"))).containsExactly("RestoreJob");
        assertThat(texts(field("hbr", SchemaKind.RESPONSE, "/$defs/RestoreJob/required"))).containsExactly("RestoreId");
        assertThat(texts(field("dbs", SchemaKind.RESPONSE, "/required")))
                .containsExactly("RequestId", "Success", "PageNum", "PageSize", "TotalElements", "TotalPages", "Items");
        assertThat(texts(field("dbs", SchemaKind.RESPONSE, "/$defs/Items/required"))).containsExactly("RestoreTaskDetail");
        assertThat(texts(field("dbs", SchemaKind.RESPONSE, "/$defs/RestoreTaskDetail/required"))).containsExactly("RestoreTaskId");
        assertThat(field("hbr", SchemaKind.REQUEST, "/required").isMissingNode()).isTrue();
        assertThat(texts(field("dbs", SchemaKind.REQUEST, "/required"))).containsExactly("Action");
        assertThat(texts(field("hbr", SchemaKind.ERROR, "/allOf/0/required"))).containsExactly("RequestId", "Code", "Message");
        assertThat(texts(field("dbs", SchemaKind.ERROR, "/required"))).containsExactly("RequestId");
    }

    @Test
    void everyTimeFieldCarriesItsUnit() {
        assertThat(timeFields("hbr", "/$defs/RestoreJob/properties")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "TargetCreateTime", "seconds", "CompleteTime", "seconds", "CreatedTime", "seconds", "ExpireTime", "seconds",
                "StartTime", "seconds", "UpdatedTime", "seconds", "TargetTime", "seconds"));
        // DBS states no unit (DBS-D10): milliseconds is a reading, judged by the DBS.Response.Timestamps scenario (SHOULD),
        // so the schema carries it as an annotation and enforces no bound.
        assertThat(timeFields("dbs", "/$defs/RestoreTaskDetail/properties")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "RestoreTaskCreateTime", "milliseconds (a reading)", "RestoreTaskFinishTime", "milliseconds (a reading)",
                "RestoreTime", "milliseconds (a reading)"));
        JsonNode seconds = field("hbr", SchemaKind.RESPONSE, "/$defs/RestoreJob/properties/CompleteTime");
        assertThat(List.of(seconds.get("minimum").asLong(), seconds.get("maximum").asLong())).containsExactly(0L, 99_999_999_999L);
        JsonNode millis = field("dbs", SchemaKind.RESPONSE, "/$defs/RestoreTaskDetail/properties/RestoreTime");
        assertThat(millis.has("anyOf") || millis.has("minimum") || millis.has("$ref")).as("no unit bound on a reading").isFalse();
        assertThat(millis.path("format").asText()).isEqualTo("int64");
    }

    /** Fields whose name says time, or that carry a unit: name to unit; a time field without a unit maps to "none". */
    private Map<String, String> timeFields(String api, String pointer) {
        Map<String, String> units = new TreeMap<>();
        field(api, SchemaKind.RESPONSE, pointer).properties().forEach(e -> {
            if (e.getKey().endsWith("Time") || e.getValue().has("x-timestamp-unit") || e.getValue().has("x-timestamp-unit-reading")) {
                units.put(e.getKey(), e.getValue().has("x-timestamp-unit-reading")
                        ? e.getValue().get("x-timestamp-unit-reading").asText() + " (a reading)"
                        : e.getValue().path("x-timestamp-unit").asText("none"));
            }
        });
        return units;
    }

    @Test
    void integersAreIntegersWithAWidth() {
        for (String api : catalog.apis()) {
            for (SchemaKind kind : SchemaKind.values()) {
                eachProperty(catalog.dereferencedSchemaJson(api, kind), (name, schema) -> {
                    if (schema.path("type").asText().equals("integer")) {
                        assertThat(schema.path("format").asText()).as(api + " " + kind + " " + name).isIn("int32", "int64");
                    }
                    if (schema.has("format")) {
                        assertThat(schema.path("type").asText()).as(api + " " + kind + " " + name).isEqualTo("integer");
                    }
                });
            }
        }
    }

    private static void eachProperty(JsonNode schema, java.util.function.BiConsumer<String, JsonNode> action) {
        schema.path("properties").properties().forEach(e -> {
            action.accept(e.getKey(), e.getValue());
            eachProperty(e.getValue(), action);
        });
        schema.path("$defs").properties().forEach(e -> eachProperty(e.getValue(), action));
        if (schema.path("items").isObject()) {
            eachProperty(schema.get("items"), action);
        }
        schema.path("allOf").forEach(member -> eachProperty(member, action));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }
}
