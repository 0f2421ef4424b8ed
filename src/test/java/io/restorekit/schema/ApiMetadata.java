package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alibaba Cloud's API metadata for one action ({@code schemas/<api>/metadata/<Action>.api-docs.json}), read for the
 * drift test: what it states of a parameter or field, from its keywords and, where a keyword is absent, from the
 * recurring sentences of its English description ("Valid values: 1 to 100", "greater than or equal to 0",
 * "Default value: IN", a bullet list of {@code **VALUE**}s, "Specify either this parameter or X").
 */
final class ApiMetadata {
    private static final Pattern RANGE = Pattern.compile("(?i)valid values:\\s*(-?\\d+)\\s+to\\s+(-?\\d+)");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)greater than or equal to\\s+(-?\\d+)");
    private static final Pattern DEFAULT = Pattern.compile("(?i)default value(?:\\s+is|:)\\s*\\**([A-Za-z0-9_]+)\\**");
    private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[*-]\\s+(?:\\*\\*)?([A-Za-z0-9_]+)(?:\\*\\*)?\\s*(?::|$)");
    private static final Pattern EITHER = Pattern.compile("(?i)specify either this parameter or\\s+(\\w+)");

    /** A statement of the metadata: its value (JSON text) and where it was read. */
    record Stated(JsonNode value, String source) {
    }

    private final String api;
    private final Path file;
    private final JsonNode document;

    private ApiMetadata(String api, Path file, JsonNode document) {
        this.api = api;
        this.file = file;
        this.document = document;
    }

    /** The one {@code *.api-docs.json} under {@code schemas/<api>/metadata/}. */
    static ApiMetadata of(String api) {
        Path dir = KitFiles.schemas().resolve(api).resolve("metadata");
        try (var files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".api-docs.json")).sorted().toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one *.api-docs.json in " + dir + ", found " + found);
            }
            return new ApiMetadata(api, found.get(0), KitFiles.json(found.get(0)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same metadata with another document (a modified copy, to show the drift test can fail). */
    ApiMetadata with(JsonNode otherDocument) {
        return new ApiMetadata(api, file, otherDocument);
    }

    String api() {
        return api;
    }

    Path file() {
        return file;
    }

    /** A copy of the document, free to modify. */
    JsonNode document() {
        return document.deepCopy();
    }

    /** The kit-relative name of the file, e.g. {@code schemas/hbr/metadata/DescribeRestoreJobs2.api-docs.json}. */
    String relativeName() {
        return "schemas/" + KitFiles.schemas().relativize(file).toString().replace('\\', '/');
    }

    /** {@code api.parameters}: each {@code name} with its {@code schema}, in the metadata's order. */
    List<java.util.Map.Entry<String, JsonNode>> parameters() {
        List<java.util.Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (JsonNode p : document.path("api").path("parameters")) {
            out.add(java.util.Map.entry(p.path("name").asText(), p.path("schema")));
        }
        return out;
    }

    /** {@code api.responses.200.schema}. */
    JsonNode successSchema() {
        return document.path("api").path("responses").path("200").path("schema");
    }

    /** Every string the document holds (descriptions, titles, examples, names), to check a verbatim quote against. */
    List<String> strings() {
        List<String> out = new ArrayList<>();
        collect(document, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        Iterator<java.util.Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            var e = fields.next();
            out.add(e.getKey());
            collect(e.getValue(), out);
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        }
    }

    // ---- what a schema node of the metadata states ----

    static Optional<Stated> keyword(JsonNode node, String keyword) {
        JsonNode value = node.get(keyword);
        return value == null || value.isNull() ? Optional.empty()
                : Optional.of(new Stated(value, "\"" + keyword + "\": " + value));
    }

    static Optional<Stated> minimum(JsonNode node) {
        Optional<Stated> k = keyword(node, "minimum");
        if (k.isPresent()) {
            return k;
        }
        Matcher range = RANGE.matcher(description(node));
        if (range.find()) {
            return Optional.of(described(range.group(1), range.group()));
        }
        Matcher atLeast = AT_LEAST.matcher(description(node));
        return atLeast.find() ? Optional.of(described(atLeast.group(1), atLeast.group())) : Optional.empty();
    }

    static Optional<Stated> maximum(JsonNode node) {
        Optional<Stated> k = keyword(node, "maximum");
        if (k.isPresent()) {
            return k;
        }
        Matcher range = RANGE.matcher(description(node));
        return range.find() ? Optional.of(described(range.group(2), range.group())) : Optional.empty();
    }

    /** The description's own bound, when a keyword states one too (they may disagree: HBR PageSize). */
    static Optional<String> describedMaximum(JsonNode node) {
        Matcher range = RANGE.matcher(description(node));
        return range.find() ? Optional.of(range.group(2)) : Optional.empty();
    }

    static Optional<Stated> defaultValue(JsonNode node) {
        Optional<Stated> k = keyword(node, "default");
        if (k.isPresent()) {
            return k;
        }
        Matcher m = DEFAULT.matcher(description(node));
        return m.find() ? Optional.of(described(m.group(1), m.group())) : Optional.empty();
    }

    /** {@code enum}, or the bulleted values after "Valid values:" in the description. */
    static Optional<Stated> enumeration(JsonNode node) {
        Optional<Stated> k = keyword(node, "enum");
        if (k.isPresent()) {
            return k;
        }
        String description = description(node);
        int at = description.toLowerCase(java.util.Locale.ROOT).indexOf("valid values:");
        if (at < 0) {
            return Optional.empty();
        }
        var values = KitFiles.MAPPER.createArrayNode();
        Matcher m = BULLET.matcher(description.substring(at));
        while (m.find()) {
            values.add(m.group(1));
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new Stated(values, "the description's list of valid values"));
    }

    /** The parameter a note says not to combine with this one ("Specify either this parameter or X"). */
    static Optional<Stated> exclusiveWith(JsonNode node) {
        Matcher m = EITHER.matcher(description(node));
        return m.find() ? Optional.of(described(m.group(1), m.group())) : Optional.empty();
    }

    private static Stated described(String value, String words) {
        return new Stated(KitFiles.MAPPER.getNodeFactory().textNode(value), "description: \"" + words + "\"");
    }

    private static String description(JsonNode node) {
        return node.path("description").asText("");
    }
}
