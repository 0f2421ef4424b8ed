package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;

/**
 * The cases one documented field gets, derived from its schema keywords: removal of a required field, a wrong type,
 * each enum value and one outside, each bound and one past it, a swapped timestamp unit, broken embedded JSON.
 * Every failure must name the altered field's JSON pointer.
 */
final class ConstraintCases {
    static final String PROBE = "UndocumentedProbe";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaCatalog catalog;
    private final String api;
    private final SchemaKind kind;
    private final JsonNode base;

    ConstraintCases(SchemaCatalog catalog, String api, SchemaKind kind, JsonNode base) {
        this.catalog = catalog;
        this.api = api;
        this.kind = kind;
        this.base = base;
    }

    List<DynamicTest> forSite(FieldSite site) {
        List<DynamicTest> cases = new ArrayList<>();
        if (site.required()) {
            cases.add(dynamicTest("without it: fails as required", () -> assertRejected(without(site), site.pointer(), "required")));
        }
        site.shape().keyword("type").ifPresent(type -> {
            JsonNode wrong = wrongType(type);
            cases.add(dynamicTest("wrong type " + wrong + ": fails (type " + typeText(type) + ")",
                    () -> assertRejected(with(site, wrong), site.pointer(), "type")));
        });
        site.shape().keyword("enum").ifPresent(values -> {
            for (JsonNode value : values) {
                cases.add(dynamicTest("enum value " + value + ": passes", () -> assertAccepted(with(site, value), site.pointer())));
            }
            JsonNode outside = outside(values);
            cases.add(dynamicTest("outside the enum " + outside + ": fails", () -> assertRejected(with(site, outside), site.pointer(), "enum")));
        });
        site.shape().keyword("const").ifPresent(value -> {
            JsonNode other = value.isBoolean() ? BooleanNode.valueOf(!value.asBoolean()) : TextNode.valueOf("NOT_" + value.asText());
            cases.add(dynamicTest("not the const " + value + " (" + other + "): fails", () -> assertRejected(with(site, other), site.pointer(), "const")));
        });
        for (JsonNode node : boundNodes(site.shape())) {
            cases.addAll(boundCases(site, node));
        }
        site.shape().keyword("x-timestamp-unit").ifPresent(unit -> {
            boolean seconds = unit.asText().equals("seconds");
            JsonNode swapped = seconds ? NODES.numberNode(1554347313000L) : NODES.numberNode(1554347313L);
            cases.add(dynamicTest("documented " + unit.asText() + ", given " + (seconds ? "milliseconds" : "seconds") + " " + swapped + ": fails",
                    () -> assertRejected(with(site, swapped), site.pointer(), seconds ? "maximum" : "minimum")));
        });
        if (isJsonText(site.shape())) {
            cases.add(dynamicTest("not JSON text: reported as embedded JSON, not a schema error", () -> {
                ValidationResult result = catalog.validate(api, kind, with(site, TextNode.valueOf("{not json")), false);
                assertThat(result.errors()).as(result.describe()).isEmpty();
                assertThat(result.embeddedJsonProblems()).extracting(SchemaViolation::pointer).as(result.describe()).contains(site.pointer());
            }));
        }
        if (site.value().isObject() && site.shape().documentsProperties()) {
            cases.addAll(undocumentedCases(site.pointer()));
        }
        return cases;
    }

    List<DynamicTest> undocumentedCases(String objectPointer) {
        String probe = JsonPointers.append(objectPointer, PROBE);
        JsonNode instance = base.deepCopy();
        ((ObjectNode) (objectPointer.isEmpty() ? instance : instance.at(objectPointer))).put(PROBE, 1);
        return List.of(
                dynamicTest("undocumented member: a warning", () -> {
                    ValidationResult result = catalog.validate(api, kind, instance, false);
                    assertThat(result.errors()).as(result.describe()).isEmpty();
                    assertThat(result.warnings()).extracting(SchemaViolation::pointer).containsExactly(probe);
                }),
                dynamicTest("undocumented member, strict: an error", () -> {
                    ValidationResult result = catalog.validate(api, kind, instance, true);
                    assertThat(result.warnings()).isEmpty();
                    assertThat(result.errors()).extracting(SchemaViolation::pointer).containsExactly(probe);
                }));
    }

    private List<DynamicTest> boundCases(FieldSite site, JsonNode node) {
        List<DynamicTest> cases = new ArrayList<>();
        if (node.has("minimum")) {
            BigInteger min = node.get("minimum").bigIntegerValue();
            cases.add(dynamicTest("minimum " + min + ": passes", () -> assertAccepted(with(site, number(min)), site.pointer())));
            cases.add(dynamicTest("minimum - 1 = " + min.subtract(BigInteger.ONE) + ": fails",
                    () -> assertRejected(with(site, number(min.subtract(BigInteger.ONE))), site.pointer(), "minimum")));
        }
        if (node.has("maximum")) {
            BigInteger max = node.get("maximum").bigIntegerValue();
            cases.add(dynamicTest("maximum " + max + ": passes", () -> assertAccepted(with(site, number(max)), site.pointer())));
            cases.add(dynamicTest("maximum + 1 = " + max.add(BigInteger.ONE) + ": fails",
                    () -> assertRejected(with(site, number(max.add(BigInteger.ONE))), site.pointer(), "maximum")));
        }
        if (node.has("multipleOf")) {
            BigInteger step = node.get("multipleOf").bigIntegerValue();
            cases.add(dynamicTest("multipleOf " + step + ", 2x: passes", () -> assertAccepted(with(site, number(step.shiftLeft(1))), site.pointer())));
            cases.add(dynamicTest("multipleOf " + step + ", +1: fails",
                    () -> assertRejected(with(site, number(step.add(BigInteger.ONE))), site.pointer(), "multipleOf")));
        }
        if (node.has("maxLength")) {
            int max = node.get("maxLength").asInt();
            boolean json = isJsonText(site.shape());
            cases.add(dynamicTest("maxLength " + max + ": passes", () -> assertAccepted(with(site, text(max, json)), site.pointer())));
            cases.add(dynamicTest("maxLength + 1: fails", () -> assertRejected(with(site, text(max + 1, json)), site.pointer(), "maxLength")));
        }
        if (node.has("const") && node != site.shape().nodes().get(0) && !site.shape().nodes().contains(node)) {
            JsonNode value = node.get("const");
            cases.add(dynamicTest("anyOf member const " + value + ": passes", () -> assertAccepted(with(site, value), site.pointer())));
        }
        return cases;
    }

    /** The nodes that may carry bounds: the shape's nodes and the members of their {@code anyOf}. */
    private static List<JsonNode> boundNodes(SchemaShape shape) {
        List<JsonNode> nodes = new ArrayList<>(shape.nodes());
        shape.nodes().forEach(node -> node.path("anyOf").forEach(nodes::add));
        return nodes;
    }

    private void assertRejected(JsonNode instance, String pointer, String keyword) {
        ValidationResult result = catalog.validate(api, kind, instance, false);
        assertThat(result.errors()).as("expected a '%s' violation at %s; got:%n%s", keyword, pointer, result.describe())
                .anySatisfy(v -> {
                    assertThat(v.pointer()).isEqualTo(pointer);
                    assertThat(v.constraint()).contains(keyword);
                });
    }

    /** Passes: no violation at or below the altered field (a cross-field rule may still speak elsewhere). */
    private void assertAccepted(JsonNode instance, String pointer) {
        ValidationResult result = catalog.validate(api, kind, instance, false);
        assertThat(result.errors()).as(result.describe())
                .noneMatch(v -> v.pointer().equals(pointer) || v.pointer().startsWith(pointer + "/"));
    }

    private JsonNode with(FieldSite site, JsonNode value) {
        JsonNode copy = base.deepCopy();
        ((ObjectNode) (site.parentPointer().isEmpty() ? copy : copy.at(site.parentPointer()))).set(site.name(), value);
        return copy;
    }

    private JsonNode without(FieldSite site) {
        JsonNode copy = base.deepCopy();
        ((ObjectNode) (site.parentPointer().isEmpty() ? copy : copy.at(site.parentPointer()))).remove(site.name());
        return copy;
    }

    static boolean isJsonText(SchemaShape shape) {
        return shape.keyword("contentMediaType").map(JsonNode::asText).filter("application/json"::equals).isPresent();
    }

    private static JsonNode wrongType(JsonNode type) {
        Set<String> allowed = new HashSet<>();
        if (type.isArray()) {
            type.forEach(t -> allowed.add(t.asText()));
        } else {
            allowed.add(type.asText());
        }
        if (!allowed.contains("string")) {
            return TextNode.valueOf("12345"); // a number sent as a string: integers must be JSON integers
        }
        if (!allowed.contains("integer") && !allowed.contains("number")) {
            return NODES.numberNode(12345);
        }
        return BooleanNode.TRUE;
    }

    private static String typeText(JsonNode type) {
        return type.isTextual() ? type.asText() : type.toString();
    }

    private static JsonNode outside(JsonNode values) {
        if (values.get(0).isNumber()) {
            BigInteger max = BigInteger.ZERO;
            for (JsonNode v : values) {
                max = max.max(v.bigIntegerValue());
            }
            return number(max.add(BigInteger.ONE));
        }
        return TextNode.valueOf("NOT_A_DOCUMENTED_VALUE");
    }

    private static JsonNode number(BigInteger value) {
        return value.bitLength() < 63 ? NODES.numberNode(value.longValueExact()) : NODES.numberNode(value);
    }

    /** A string of exactly {@code length} characters; JSON text (a one-element array) when the field carries JSON. */
    private static JsonNode text(int length, boolean json) {
        return TextNode.valueOf(json ? "[\"" + "a".repeat(length - 4) + "\"]" : "a".repeat(length));
    }
}
