package io.restorekit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The committed dataset, read by the tests on their own (plain Jackson, no server code), and expectations computed
 * from it: the documented restrictions as explicit predicates and the documented order restated here.
 */
final class DatasetFile {
    static final List<JsonNode> HBR = read(DatasetGenerator.HBR_FILE);
    static final List<JsonNode> DBS = read(DatasetGenerator.DBS_FILE);

    /** CreatedTime descending, then RestoreId ascending. */
    static final Comparator<JsonNode> HBR_ORDER = Comparator
            .comparingLong((JsonNode item) -> -item.path("CreatedTime").asLong())
            .thenComparing(item -> item.path("RestoreId").asText());

    /** RestoreTaskCreateTime descending, then RestoreTaskId ascending. */
    static final Comparator<JsonNode> DBS_ORDER = Comparator
            .comparingLong((JsonNode item) -> -item.path("RestoreTaskCreateTime").asLong())
            .thenComparing(item -> item.path("RestoreTaskId").asText());

    private DatasetFile() {
    }

    /** Records ({@code {"hidden", "item"}}) of the given edition that satisfy {@code where}, as ordered items. */
    static List<JsonNode> hbrItems(String edition, Predicate<JsonNode> where) {
        return HBR.stream()
                .filter(r -> r.path("hidden").path("edition").asText().equals(edition))
                .filter(where)
                .map(r -> r.path("item"))
                .sorted(HBR_ORDER)
                .toList();
    }

    static List<JsonNode> standard(Predicate<JsonNode> where) {
        return hbrItems("STANDARD", where);
    }

    static List<JsonNode> dbsItems(Predicate<JsonNode> where) {
        return DBS.stream().filter(where).map(r -> r.path("item")).sorted(DBS_ORDER).toList();
    }

    static List<String> restoreIds(List<JsonNode> items) {
        return items.stream().map(i -> i.path("RestoreId").asText()).toList();
    }

    static List<String> taskIds(List<JsonNode> items) {
        return items.stream().map(i -> i.path("RestoreTaskId").asText()).toList();
    }

    static JsonNode item(JsonNode record) {
        return record.path("item");
    }

    static JsonNode hidden(JsonNode record) {
        return record.path("hidden");
    }

    private static List<JsonNode> read(String file) {
        try {
            JsonNode root = RpcCall.MAPPER.readTree(Files.readString(Stubs.dir().resolve("data").resolve(file)));
            List<JsonNode> out = new ArrayList<>();
            root.path("records").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
