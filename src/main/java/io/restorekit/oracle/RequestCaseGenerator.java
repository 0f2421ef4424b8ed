package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Derives request cases from a request schema's own keywords, so a new parameter gets cases for free:
 * each bound and one past it, each enum value and values outside it, wrong types and empty values; for
 * arrays of objects (filters), each enum value of each member and one outside it.
 * Values the schema allows are expected to be accepted, values it forbids rejected; free-form strings and
 * empty values may go either way (the docs say nothing of unknown ids or empty parameters).
 */
public final class RequestCaseGenerator {
    static final String NOT_A_VALUE = "KIT_NOT_A_DOCUMENTED_VALUE";
    private final JsonNode schema;

    public RequestCaseGenerator(JsonNode requestSchema) {
        this.schema = requestSchema;
    }

    public List<RequestCase> cases() {
        List<RequestCase> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").properties().iterator();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode definition = resolve(property.getValue());
            if (definition.has("const")) {
                continue; // Action: the protocol scenarios cover it
            }
            String type = definition.path("type").asText();
            switch (type) {
                case "integer" -> integerCases(property.getKey(), definition, cases);
                case "string" -> stringCases(property.getKey(), definition, cases);
                case "array" -> arrayCases(property.getKey(), resolve(definition.path("items")), cases);
                default -> { }
            }
        }
        return cases;
    }

    private void integerCases(String name, JsonNode def, List<RequestCase> out) {
        if (def.has("enum")) {
            TreeSet<Long> allowed = new TreeSet<>();
            def.get("enum").forEach(v -> allowed.add(v.asLong()));
            TreeSet<Long> outside = new TreeSet<>();
            for (long v : allowed) {
                add(out, name, v, RequestCase.Expect.ACCEPT, "documented value");
                for (long near : new long[] {v - 1, v + 1}) {
                    if (!allowed.contains(near)) {
                        outside.add(near);
                    }
                }
            }
            outside.add(0L);
            outside.add(-allowed.first());
            outside.forEach(v -> add(out, name, v, RequestCase.Expect.REJECT, "not a documented value"));
        } else {
            if (def.has("minimum")) {
                long min = def.get("minimum").asLong();
                add(out, name, min, RequestCase.Expect.ACCEPT, "the minimum");
                add(out, name, min + 1, RequestCase.Expect.ACCEPT, "just above the minimum");
                add(out, name, min - 1, RequestCase.Expect.REJECT, "one below the minimum");
            }
            if (def.has("maximum")) {
                long max = def.get("maximum").asLong();
                add(out, name, max, RequestCase.Expect.ACCEPT, "the maximum");
                add(out, name, max + 1, RequestCase.Expect.REJECT, "one above the maximum");
            }
        }
        add(out, name, "abc", RequestCase.Expect.REJECT, "not an integer");
        add(out, name, "1.5", RequestCase.Expect.REJECT, "not an integer");
        add(out, name, "", RequestCase.Expect.EITHER, "empty");
    }

    private void stringCases(String name, JsonNode def, List<RequestCase> out) {
        if (def.has("enum")) {
            def.get("enum").forEach(v -> add(out, name, v.asText(), RequestCase.Expect.ACCEPT, "documented value"));
            add(out, name, NOT_A_VALUE, RequestCase.Expect.REJECT, "not a documented value");
            add(out, name, def.get("enum").get(0).asText().toLowerCase(java.util.Locale.ROOT), RequestCase.Expect.EITHER,
                    "a documented value in lower case");
        } else {
            def.path("examples").forEach(v -> add(out, name, v.asText(), RequestCase.Expect.EITHER, "the docs' example"));
            add(out, name, "kit value *~/é中", RequestCase.Expect.EITHER, "special characters");
        }
        add(out, name, "", RequestCase.Expect.EITHER, "empty");
    }

    /** Arrays of objects: each enum value of each member (others at their first enum value), then one outside. */
    private void arrayCases(String name, JsonNode item, List<RequestCase> out) {
        if (!"object".equals(item.path("type").asText())) {
            return;
        }
        Map<String, JsonNode> members = new LinkedHashMap<>();
        item.path("properties").properties().forEach(e -> members.put(e.getKey(), resolve(e.getValue())));
        for (Map.Entry<String, JsonNode> member : members.entrySet()) {
            JsonNode values = member.getValue().path("enum");
            if (!values.isArray()) {
                continue;
            }
            for (JsonNode value : values) {
                out.add(new RequestCase(name + "." + member.getKey() + " = " + value.asText() + " (documented value)",
                        Map.of(name, List.of(entry(members, member.getKey(), value.asText()))), RequestCase.Expect.EITHER));
            }
            out.add(new RequestCase(name + "." + member.getKey() + " = " + NOT_A_VALUE + " (not a documented value)",
                    Map.of(name, List.of(entry(members, member.getKey(), NOT_A_VALUE))), RequestCase.Expect.REJECT));
        }
    }

    /** One array entry: {@code member} set to {@code value}, every other enum member at its first value. */
    private static Map<String, Object> entry(Map<String, JsonNode> members, String member, String value) {
        Map<String, Object> entry = new LinkedHashMap<>();
        members.forEach((name, def) -> {
            if (name.equals(member)) {
                entry.put(name, value);
            } else if (def.path("enum").isArray()) {
                entry.put(name, def.get("enum").get(0).asText());
            } else if ("array".equals(def.path("type").asText())) {
                entry.put(name, List.of("kit-value-1", "kit-value-2"));
            }
        });
        return entry;
    }

    private static void add(List<RequestCase> out, String name, Object value, RequestCase.Expect expect, String why) {
        out.add(new RequestCase(name + " = \"" + value + "\" (" + why + ")", Map.of(name, value), expect));
    }

    /** Follows a local {@code $ref} ("#/$defs/Filter"); other schemas are used as they are. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.asText().startsWith("#/")) {
            return resolve(schema.at(ref.asText().substring(1)));
        }
        return node;
    }
}
