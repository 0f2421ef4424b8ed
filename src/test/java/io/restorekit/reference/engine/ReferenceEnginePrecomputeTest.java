package io.restorekit.reference.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.restorekit.TestApis;
import io.restorekit.reference.ReferenceApis;
import io.restorekit.reference.rules.Json;
import io.restorekit.reference.rules.Reading;
import io.restorekit.reference.rules.RulesEdit;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The engine's precomputed table (#18): records sorted once, the fields the rules read read once, each item written
 * once. The answers it gives are the answers of the path it replaced (filter, sort, page, copy per request), per
 * engine: a rules edit makes a new engine with its own table.
 */
class ReferenceEnginePrecomputeTest {
    private static final ReferenceApis APIS = ReferenceApis.load(TestApis.ROOT.resolve("stubs"));
    private static final String ID = "0000-REQUEST";

    private static final List<Map<String, String>> HBR_REQUESTS = List.of(
            Map.of(),
            Map.of("PageSize", "99"),
            Map.of("PageNumber", "3", "PageSize", "7"),
            Map.of("PageNumber", "400"),
            Map.of("RestoreType", "OSS"),
            Map.of("Edition", "BASIC", "PageSize", "50"),
            Map.of("Filters.1.Key", "Status", "Filters.1.Values.1", "COMPLETE", "Filters.1.Values.2", "FAILED"),
            Map.of("Filters.1.Key", "CompleteTime", "Filters.1.Operator", "GREATER_THAN", "Filters.1.Values.1", "1735690800",
                    "Filters.2.Key", "Bucket", "Filters.2.Operator", "NOT_EQUAL", "Filters.2.Values.1", "b"));
    private static final List<Map<String, String>> DBS_REQUESTS = List.of(
            Map.of(),
            Map.of("PageSize", "100"),
            Map.of("PageNum", "1", "PageSize", "50"),
            Map.of("RestoreTaskId", " , "));

    private static RpcRequest request(ListingBehaviour b, Map<String, String> params) {
        return new RpcRequest("POST", b.rules().action(), b.rules().version(), params, "localhost");
    }

    /** The answer as computed before the table: the matching records filtered, then sorted, paged and copied. */
    private static ObjectNode unprecomputed(ListingBehaviour b, RpcRequest request) {
        int pageNumber = b.pageNumber(request);
        int pageSize = b.pageSize(request);
        var restrictions = b.restrictions(request);
        var filters = b.filters(request);
        List<DatasetRecord> matching = b.records().stream()
                .filter(r -> b.selected(r, restrictions))
                .filter(r -> b.matchesAll(filters, r))
                .sorted(b.order())
                .toList();
        return b.envelope(ID, pageNumber, pageSize, matching.size(), b.page(matching, pageNumber, pageSize));
    }

    private static List<JsonNode> items(JsonNode body, String api) {
        JsonNode items = api.equals("hbr") ? body.path("RestoreJobs").path("RestoreJob") : body.path("Items").path("RestoreTaskDetail");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    @Test
    void thePrecomputedAnswersWriteTheTextOfTheOldPath() {
        for (String api : List.of("hbr", "dbs")) {
            ListingBehaviour b = APIS.behaviours(Reading.DOCUMENTED).api(api);
            for (Map<String, String> params : api.equals("hbr") ? HBR_REQUESTS : DBS_REQUESTS) {
                RpcRequest request = request(b, params);
                String old = Json.write(unprecomputed(b, request));
                // Twice: the second answer is given from the same table as the first.
                for (int i = 0; i < 2; i++) {
                    assertThat(Json.write(b.successToWrite(request, ID))).as(api + " " + params).isEqualTo(old);
                    assertThat(Json.write(b.success(request, ID))).as(api + " " + params).isEqualTo(old);
                }
            }
        }
    }

    @Test
    void theLiberalReadingToo() {
        ListingBehaviour b = APIS.behaviours(Reading.parse("liberal")).api("hbr");
        for (Map<String, String> params : HBR_REQUESTS) {
            RpcRequest request = request(b, params);
            assertThat(Json.write(b.successToWrite(request, ID))).as(params.toString()).isEqualTo(Json.write(unprecomputed(b, request)));
        }
    }

    @Test
    void onlyThePlainEngineWritesSharedItemsAndOnlyToTheWire() {
        ListingBehaviour plain = APIS.behaviours(Reading.DOCUMENTED).api("hbr");
        RpcRequest request = request(plain, Map.of());
        assertThat(items(plain.successToWrite(request, ID), "hbr")).hasSize(10).allMatch(i -> i instanceof POJONode);
        // success() hands out copies the caller may edit; editing them changes no later answer.
        List<JsonNode> copies = items(plain.success(request, ID), "hbr");
        assertThat(copies).hasSize(10).allMatch(i -> i instanceof ObjectNode);
        String before = Json.write(plain.successToWrite(request, ID));
        copies.forEach(i -> ((ObjectNode) i).put("Status", "BROKEN"));
        assertThat(Json.write(plain.successToWrite(request, ID))).isEqualTo(before).doesNotContain("BROKEN");
        assertThat(Json.write(plain.success(request, ID))).isEqualTo(before);

        // A variant (any subclass may edit the envelope it builds) gets copies on the wire path too, with the same text.
        ListingBehaviour variant = new ListingBehaviour(plain) {
        };
        assertThat(items(variant.successToWrite(request, ID), "hbr")).hasSize(10).allMatch(i -> i instanceof ObjectNode);
        assertThat(Json.write(variant.successToWrite(request, ID))).isEqualTo(before);

        // An engine with a hook (its finish may edit the body) too.
        ListingBehaviour hooked = new ListingBehaviour(plain.rules(), plain.records(), List.of(new ListingHook() {
            @Override
            public String getName() {
                return "edits-items";
            }

            @Override
            public ObjectNode finish(ObjectNode body, RpcRequest r) {
                body.path("RestoreJobs").path("RestoreJob").forEach(j -> ((ObjectNode) j).put("Status", "HOOKED"));
                return body;
            }
        }));
        assertThat(Json.write(hooked.successToWrite(request, ID))).contains("HOOKED");
        assertThat(Json.write(plain.successToWrite(request, ID))).isEqualTo(before);
    }

    @Test
    void aRulesEditGivesANewEngineWithItsOwnTable() {
        ListingBehaviour plain = APIS.behaviours(Reading.DOCUMENTED).api("hbr");
        RpcRequest request = request(plain, Map.of("PageSize", "99"));
        String documented = Json.write(plain.successToWrite(request, ID));
        ListingBehaviour oldestFirst = plain.withRules(plain.rules().edited(json -> new RulesEdit(json)
                .with("/order/0/descending", false)));
        ListingBehaviour editionIgnored = plain.withRules(plain.rules().edited(json -> new RulesEdit(json)
                .with("/selections/Edition/field", "/hidden/regionId")));

        String reversed = Json.write(oldestFirst.successToWrite(request, ID));
        assertThat(reversed).isNotEqualTo(documented).isEqualTo(Json.write(unprecomputed(oldestFirst, request)));
        assertThat(items(oldestFirst.successToWrite(request, ID), "hbr").get(0).toString())
                .isNotEqualTo(items(Json.MAPPER.valueToTree(plain.success(request, ID)), "hbr").get(0).toString());
        // The edited engine selects on the field its own rules name (regionId holds no edition: nothing is listed).
        assertThat(editionIgnored.successToWrite(request, ID).path("TotalCount").asInt()).isZero();
        assertThat(Json.write(editionIgnored.successToWrite(request, ID))).isEqualTo(Json.write(unprecomputed(editionIgnored, request)));
        // And the documented engine still answers as before, from its own table.
        assertThat(Json.write(plain.successToWrite(request, ID))).isEqualTo(documented);
    }

    @Test
    void theTableReadsEachFieldOnceAndSortsOnce() {
        List<DatasetRecord> records = APIS.records("hbr");
        java.util.Comparator<DatasetRecord> byId = java.util.Comparator.comparing((DatasetRecord r) -> r.itemText("RestoreId").orElse(""));
        ListingBehaviour.RecordTable table = new ListingBehaviour.RecordTable(records, byId);
        for (DatasetRecord r : records) {
            assertThat(table.text(r, JsonPointer.compile("/item/Status"))).isEqualTo(r.itemText("Status"));
            assertThat(table.text(r, JsonPointer.compile("/hidden/edition"))).isEqualTo(r.text(JsonPointer.compile("/hidden/edition")));
            assertThat(table.text(r, JsonPointer.compile("/hidden/nothing"))).isEmpty();
            assertThat(table.written(r).toString()).isEqualTo(Json.write(r.item()));
        }
        assertThat(table.ordered()).hasSameSizeAs(records).isSortedAccordingTo(byId);
    }
}
