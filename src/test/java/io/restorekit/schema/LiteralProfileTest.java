package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Each "configurable" defect: the tolerant reading accepts what the sample shows, the literal reading does not. */
class LiteralProfileTest {
    private final SchemaCatalog tolerant = KitFiles.catalog(SchemaProfile.TOLERANT);
    private final SchemaCatalog literal = KitFiles.catalog(SchemaProfile.LITERAL);

    private static JsonNode dbsWithItemsAsArray() {
        JsonNode response = KitFiles.json(KitFiles.schemas().resolve("dbs/examples/success.doc.json"));
        ((ObjectNode) response).set("Items", response.at("/Items/RestoreTaskDetail"));
        ((ObjectNode) response).put("PageNum", 1);
        return response;
    }

    private static java.util.List<String> describe(ValidationResult result) {
        return result.errors().stream().map(SchemaViolation::describe).toList();
    }

    @Test
    void itemsWrapperOrArray() { // DBS-D02
        JsonNode sample = KitFiles.json(KitFiles.schemas().resolve("dbs/examples/success.doc.json"));
        assertThat(tolerant.validate("dbs", SchemaKind.RESPONSE, sample, false).errors()).isEmpty();
        JsonNode array = dbsWithItemsAsArray();
        ((ObjectNode) array.at("/Items/0")).put("DestinationEndpointInstanceType", "RDS");
        assertThat(literal.validate("dbs", SchemaKind.RESPONSE, array, false).errors()).isEmpty();
        assertThat(describe(tolerant.validate("dbs", SchemaKind.RESPONSE, array, false)))
                .anyMatch(line -> line.startsWith("at /Items: expected type object"));
    }

    @Test
    void instanceTypeCase() { // DBS-D07
        JsonNode array = dbsWithItemsAsArray();
        assertThat(array.at("/Items/0/DestinationEndpointInstanceType").asText()).isEqualTo("rds");
        assertThat(describe(literal.validate("dbs", SchemaKind.RESPONSE, array, false)))
                .containsExactly("at /Items/0/DestinationEndpointInstanceType: expected enum [\"RDS\",\"ECS\",\"Express\",\"agent\",\"dds\",\"other\"], got \"rds\"");
        JsonNode sample = KitFiles.json(KitFiles.schemas().resolve("dbs/examples/success.doc.json"));
        for (String spelling : new String[] {"rds", "RDS", "EXPRESS", "Express", "express", "agent", "AGENT"}) {
            ((ObjectNode) sample.at("/Items/RestoreTaskDetail/0")).put("DestinationEndpointInstanceType", spelling);
            assertThat(tolerant.validate("dbs", SchemaKind.RESPONSE, sample, false).errors()).as(spelling).isEmpty();
        }
        ((ObjectNode) sample.at("/Items/RestoreTaskDetail/0")).put("DestinationEndpointInstanceType", "Rds");
        assertThat(tolerant.validate("dbs", SchemaKind.RESPONSE, sample, false).errors()).isNotEmpty();
    }

    @Test
    void pageNumBase() { // DBS-D04, DBS-D05
        JsonNode request = KitFiles.json("{\"Action\": \"DescribeRestoreTaskList\", \"PageNum\": 0}");
        assertThat(tolerant.validate("dbs", SchemaKind.REQUEST, request, false).errors()).isEmpty();
        assertThat(describe(literal.validate("dbs", SchemaKind.REQUEST, request, false))).containsExactly("at /PageNum: expected minimum 1, got 0");
        assertThat(tolerant.schemaJson("dbs", SchemaKind.REQUEST).at("/properties/PageNum/default").asInt()).isZero();
        assertThat(literal.schemaJson("dbs", SchemaKind.REQUEST).at("/properties/PageNum/default").asInt()).isZero();
    }

    @Test
    void errMessageNull() { // DBS-D12
        JsonNode sample = KitFiles.json(KitFiles.schemas().resolve("dbs/examples/success.doc.json"));
        ((ObjectNode) sample.at("/Items/RestoreTaskDetail/0")).putNull("ErrMessage");
        assertThat(tolerant.validate("dbs", SchemaKind.RESPONSE, sample, false).errors()).isEmpty();
        JsonNode array = dbsWithItemsAsArray();
        ((ObjectNode) array.at("/Items/0")).putNull("ErrMessage").put("DestinationEndpointInstanceType", "RDS");
        assertThat(describe(literal.validate("dbs", SchemaKind.RESPONSE, array, false))).containsExactly("at /Items/0/ErrMessage: expected type string, got null");
    }

    @Test
    void sourceTypeCpfs() { // HBR-D06
        JsonNode response = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.repaired.json"));
        ((ObjectNode) response.at("/RestoreJobs/RestoreJob/0")).put("SourceType", "COMMON_FILE_SYSTEM");
        assertThat(tolerant.validate("hbr", SchemaKind.RESPONSE, response, false).errors()).isEmpty();
        assertThat(literal.validate("hbr", SchemaKind.RESPONSE, response, false).errors()).extracting(SchemaViolation::pointer)
                .containsExactly("/RestoreJobs/RestoreJob/0/SourceType");
    }

    @Test
    void meteringRoundedToMegabytes() { // HBR-D17
        JsonNode response = KitFiles.json(KitFiles.schemas().resolve("hbr/examples/success.repaired.json"));
        ((ObjectNode) response.at("/RestoreJobs/RestoreJob/0")).put("MeteringBytesDone", 800);
        assertThat(tolerant.validate("hbr", SchemaKind.RESPONSE, response, false).errors()).isEmpty();
        assertThat(describe(literal.validate("hbr", SchemaKind.RESPONSE, response, false)))
                .containsExactly("at /RestoreJobs/RestoreJob/0/MeteringBytesDone: expected multipleOf 1048576, got 800");
    }

    @Test
    void betweenTakesTwoValues() { // HBR-D11
        JsonNode request = KitFiles.json("{\"Filters\": [{\"Key\": \"CompleteTime\", \"Operator\": \"BETWEEN\", \"Values\": [\"[1554347313,1554347999]\"]}]}");
        assertThat(tolerant.validate("hbr", SchemaKind.REQUEST, request, false).errors()).isEmpty();
        assertThat(describe(literal.validate("hbr", SchemaKind.REQUEST, request, false)))
                .containsExactly("at /Filters/0/Values: expected minItems 2, got [\"[1554347313,1554347999]\"]");
    }

    @Test
    void theLiteralProfileAppliesEveryOverlayAndTheTolerantOneNone() {
        for (String api : literal.apis()) {
            for (SchemaKind kind : SchemaKind.values()) {
                assertThat(literal.schemaJson(api, kind).toString()).doesNotContain("\"x-literal\"");
            }
        }
        assertThat(tolerant.schemaJson("dbs", SchemaKind.RESPONSE).at("/$defs/Items/x-literal/type").asText()).isEqualTo("array");
        assertThat(literal.schemaJson("dbs", SchemaKind.RESPONSE).at("/$defs/Items/type").asText()).isEqualTo("array");
        assertThat(literal.schemaJson("dbs", SchemaKind.RESPONSE).at("/$defs/Items").has("properties")).isFalse();
    }
}
