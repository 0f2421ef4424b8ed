package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One documented field present in an instance: where it is, what documents it, whether it is required. */
record FieldSite(String pointer, String parentPointer, String name, SchemaShape shape, boolean required, JsonNode value) {

    /** Every documented field of the instance, depth first; for arrays the first element stands for all. */
    static List<FieldSite> of(JsonNode dereferencedSchema, JsonNode instance) {
        List<FieldSite> sites = new ArrayList<>();
        collect(SchemaShape.of(dereferencedSchema), instance, "", sites);
        return sites;
    }

    private static void collect(SchemaShape shape, JsonNode instance, String pointer, List<FieldSite> into) {
        if (instance.isObject() && shape.documentsProperties()) {
            for (Map.Entry<String, List<JsonNode>> property : shape.properties().entrySet()) {
                if (instance.has(property.getKey())) {
                    String at = JsonPointers.append(pointer, property.getKey());
                    SchemaShape member = SchemaShape.of(property.getValue());
                    into.add(new FieldSite(at, pointer, property.getKey(), member, shape.required().contains(property.getKey()),
                            instance.get(property.getKey())));
                    collect(member, instance.get(property.getKey()), at, into);
                }
            }
        } else if (instance.isArray() && !shape.items().isEmpty() && !instance.isEmpty()) {
            collect(SchemaShape.of(shape.items()), instance.get(0), JsonPointers.append(pointer, 0), into);
        }
    }
}
