package io.restorekit.reference.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One {@code stubs/rules/<id>.json}: an API's documented rules, and under {@code "readings"} the named variants of
 * them, each a JSON Merge Patch (RFC 7386) of the documented rules: an object merges, {@code null} removes a member,
 * anything else (arrays included) replaces.
 */
public record RulesFile(String id, ObjectNode documented, Map<String, ObjectNode> readings, Map<String, ObjectNode> contracts) {
    static final String READINGS = "readings";
    /** Contract editions other than the seed's, each a merge patch applied before any reading. */
    static final String CONTRACTS = "contracts";

    public static RulesFile read(Path file) {
        String name = file.getFileName().toString();
        String id = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw new IllegalArgumentException(file + ": a rules file is one JSON object");
        }
        ObjectNode documented = object.deepCopy();
        Map<String, ObjectNode> readings = patches(file, "reading", documented.remove(READINGS));
        Map<String, ObjectNode> contracts = patches(file, "contract edition", documented.remove(CONTRACTS));
        return new RulesFile(id, documented, readings, contracts);
    }

    private static Map<String, ObjectNode> patches(Path file, String what, JsonNode named) {
        Map<String, ObjectNode> byName = new java.util.TreeMap<>();
        if (named != null) {
            named.fields().forEachRemaining(e -> {
                if (!e.getValue().isObject()) {
                    throw new IllegalArgumentException(file + ": " + what + " '" + e.getKey() + "' must be an object");
                }
                byName.put(e.getKey(), (ObjectNode) e.getValue());
            });
        }
        return Map.copyOf(byName);
    }

    /**
     * These rules under a contract edition: {@code seed} (the documented rules as they stand), or the file's patch
     * of that name applied to them (a file without one serves its rules unchanged: the edition changes nothing there).
     */
    public RulesFile under(io.restorekit.config.Contract contract) {
        ObjectNode patch = contracts.get(contract.id());
        if (contract == io.restorekit.config.Contract.SEED || patch == null) {
            return this;
        }
        return new RulesFile(id, (ObjectNode) merge(documented.deepCopy(), patch), readings, Map.of());
    }

    /** The rules under {@code reading}: the documented ones, or them patched by the named reading. */
    public ApiRules rules(Reading reading) {
        if (reading.isDocumented()) {
            return new ApiRules(id, documented);
        }
        ObjectNode patch = readings.get(reading.name());
        if (patch == null) {
            throw new IllegalArgumentException("rules/" + id + ".json has no reading '" + reading.name()
                    + "'; it has: " + readingNames());
        }
        return new ApiRules(id, (ObjectNode) merge(documented.deepCopy(), patch));
    }

    public Set<String> readingNames() {
        Set<String> names = new TreeSet<>(readings.keySet());
        names.add(Reading.DOCUMENTED.name());
        return names;
    }

    /** RFC 7386: {@code patch} merged into {@code target} (changed in place when both are objects). */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode out = target != null && target.isObject() ? (ObjectNode) target : Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                out.remove(e.getKey());
            } else {
                out.set(e.getKey(), merge(out.get(e.getKey()), e.getValue()));
            }
        }
        return out;
    }
}
