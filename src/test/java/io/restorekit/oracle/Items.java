package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Small item lists written inline, for oracle tests. */
final class Items {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Items() {
    }

    /** Each row: "id field=value field=value…"; numbers stay numbers. */
    static List<JsonNode> of(String... rows) {
        List<JsonNode> items = new ArrayList<>();
        for (String row : rows) {
            String[] parts = row.trim().split("\\s+");
            var node = MAPPER.createObjectNode().put("RestoreId", parts[0]);
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                if (kv[1].matches("-?\\d+")) {
                    node.put(kv[0], Long.parseLong(kv[1]));
                } else {
                    node.put(kv[0], kv[1]);
                }
            }
            items.add(node);
        }
        return items;
    }

    static String id(JsonNode item) {
        return item.get("RestoreId").asText();
    }
}
