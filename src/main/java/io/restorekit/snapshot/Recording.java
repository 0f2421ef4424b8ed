package io.restorekit.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.config.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A recording folder: WireMock's own {@code mappings/} and {@code __files/}, plus {@value #MANIFEST} saying what made
 * it (the seed, the target, the masked pointers) — which WireMock ignores, so {@code --root-dir DIR} serves it as is.
 */
public final class Recording {
    public static final String MANIFEST = "kit-recording.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What {@value #MANIFEST} holds. */
    public record Manifest(Long seed, String target, String kitVersion, String recorded, List<String> masked, int requests) {
    }

    private Recording() {
    }

    public static Path mappings(Path dir) {
        return dir.resolve(io.restorekit.config.RecordingFolder.MAPPINGS);
    }

    public static Path files(Path dir) {
        return dir.resolve("__files");
    }

    /**
     * A folder a run may record into: new, empty, or an earlier recording (which is replaced). Anything else is one line
     * naming {@code setting}, so a typo never overwrites someone's files.
     */
    public static Path checkWritable(String setting, String value) {
        Path dir = Path.of(value.trim()).toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ConfigurationException(setting + "='" + value + "': " + dir + " is a file, not a folder to record into");
        }
        if (Files.isDirectory(dir) && !Files.isRegularFile(dir.resolve(MANIFEST)) && !isEmpty(dir)) {
            throw new ConfigurationException(setting + "='" + value + "': " + dir + " holds files but no " + MANIFEST
                    + ", so it is not an earlier recording; name a new or empty folder");
        }
        return dir;
    }

    /** The manifest of a recording, when it has a readable one (a hand-made WireMock folder has none). */
    public static Optional<Manifest> manifest(Path dir) {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            List<String> masked = new java.util.ArrayList<>();
            node.path("masked").forEach(m -> masked.add(m.asText()));
            return Optional.of(new Manifest(node.path("seed").isIntegralNumber() ? node.get("seed").asLong() : null,
                    node.path("target").asText(""), node.path("kitVersion").asText(""), node.path("recorded").asText(""),
                    List.copyOf(masked), node.path("requests").asInt()));
        } catch (IOException e) {
            throw new ConfigurationException(file + " is not readable JSON (" + firstLine(e.getMessage()) + ")");
        }
    }

    static void writeManifest(Path dir, Manifest manifest) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        if (manifest.seed() == null) {
            node.putNull("seed");
        } else {
            node.put("seed", manifest.seed());
        }
        node.put("target", manifest.target());
        node.put("kitVersion", manifest.kitVersion());
        node.put("recorded", manifest.recorded());
        manifest.masked().forEach(node.putArray("masked")::add);
        if (!node.has("masked")) {
            node.putArray("masked");
        }
        node.put("requests", manifest.requests());
        JSON.writeValue(dir.resolve(MANIFEST).toFile(), node);
    }

    /** Empties an earlier recording's {@code mappings/} and {@code __files/} (a new one replaces it whole). */
    static void clear(Path dir) throws IOException {
        for (Path sub : List.of(mappings(dir), files(dir))) {
            if (Files.isDirectory(sub)) {
                try (Stream<Path> walk = Files.walk(sub)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
