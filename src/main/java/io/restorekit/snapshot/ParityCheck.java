package io.restorekit.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.config.ConfigurationException;
import io.restorekit.report.ParityDifference;
import io.restorekit.wire.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Holds a target to a recording (conformance.parity): each answer is compared with the recorded answer to the same
 * request ({@link SnapshotRequest}: parameters, signing aside), status and body, with the volatile fields masked —
 * {@code /RequestId} (fresh on every answer) and {@code /HostId} (the host the request was sent to) always, more by
 * pointer. A request the recording lacks is counted, not judged: there is nothing to compare it with.
 */
public final class ParityCheck {
    /** Fields that differ between any two answers, however faithful. */
    public static final List<String> ALWAYS_VOLATILE = List.of("/RequestId", "/HostId");

    private final Path dir;
    private final Map<SnapshotRequest, Recorded> answers;
    private final JsonDiff diff;
    private final List<String> volatilePointers;
    private final AtomicInteger compared = new AtomicInteger();
    private final AtomicInteger differing = new AtomicInteger();
    private final AtomicInteger notRecorded = new AtomicInteger();

    private record Recorded(int status, String body) {
    }

    private ParityCheck(Path dir, Map<SnapshotRequest, Recorded> answers, List<String> volatilePointers) {
        this.dir = dir;
        this.answers = answers;
        List<String> all = new ArrayList<>(ALWAYS_VOLATILE);
        all.addAll(volatilePointers);
        this.diff = new JsonDiff(all);
        this.volatilePointers = List.copyOf(all);
    }

    /** Reads the recording's mappings (WireMock's format, as {@link SnapshotRecorder} writes them). */
    public static ParityCheck load(String setting, Path dir, List<String> volatilePointers) {
        Map<SnapshotRequest, Recorded> answers = new HashMap<>();
        try (Stream<Path> files = Files.walk(Recording.mappings(dir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode mapping = Recording.JSON.readTree(file.toFile());
                Iterable<JsonNode> all = mapping.has("mappings") ? mapping.get("mappings") : List.of(mapping);
                for (JsonNode one : all) {
                    read(dir, one).ifPresent(entry -> answers.put(entry.getKey(), entry.getValue()));
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException(setting + "='" + dir + "': the recording cannot be read ("
                    + Recording.firstLine(e.getMessage()) + ")");
        }
        return new ParityCheck(dir, Map.copyOf(answers), volatilePointers);
    }

    /** One mapping's request (its equalTo query parameters) and answer (status, inline body or body file). */
    private static Optional<Map.Entry<SnapshotRequest, Recorded>> read(Path dir, JsonNode mapping) throws IOException {
        JsonNode request = mapping.path("request");
        Map<String, String> parameters = new HashMap<>();
        request.path("queryParameters").properties().forEach(p -> {
            if (p.getValue().has("equalTo")) {
                parameters.put(p.getKey(), p.getValue().get("equalTo").asText());
            }
        });
        if (parameters.isEmpty()) {
            return Optional.empty(); // not a recorded RPC request (a hand-written mapping)
        }
        JsonNode response = mapping.path("response");
        String body = response.has("bodyFileName")
                ? Files.readString(Recording.files(dir).resolve(response.get("bodyFileName").asText()), StandardCharsets.UTF_8)
                : response.path("body").asText("");
        return Optional.of(Map.entry(new SnapshotRequest(request.path("method").asText("POST"), parameters),
                new Recorded(response.path("status").asInt(200), body)));
    }

    public Path dir() {
        return dir;
    }

    /** How {@code exchange}'s answer differs from the recorded one (empty when it does not, or was not recorded). */
    public List<ParityDifference> compare(HttpExchange exchange) {
        SnapshotRequest request = SnapshotRequest.of(exchange);
        Recorded recorded = answers.get(request);
        if (recorded == null) {
            notRecorded.incrementAndGet();
            return List.of();
        }
        compared.incrementAndGet();
        List<ParityDifference> out = new ArrayList<>();
        if (recorded.status() != exchange.status()) {
            out.add(new ParityDifference(request.line(), "(status)", Integer.toString(recorded.status()),
                    Integer.toString(exchange.status())));
        }
        String actualBody = exchange.responseBody() == null ? "" : exchange.responseBody();
        Optional<JsonNode> recordedJson = SnapshotRecorder.parse(recorded.body());
        Optional<JsonNode> actualJson = SnapshotRecorder.parse(actualBody);
        if (recordedJson.isPresent() && actualJson.isPresent()) {
            out.addAll(diff.diff(request.line(), unvolatile(recordedJson.get()), unvolatile(actualJson.get())));
        } else if (!recorded.body().equals(actualBody)) {
            out.add(new ParityDifference(request.line(), "(body)", abbreviate(recorded.body()), abbreviate(actualBody)));
        }
        if (!out.isEmpty()) {
            differing.incrementAndGet();
        }
        return out;
    }

    /**
     * The answer with the values of its volatile fields replaced wherever else they appear, by the same placeholder on
     * both sides: a RequestId quoted in the {@code Recommend} link, say, is no difference.
     */
    private JsonNode unvolatile(JsonNode answer) {
        return IdentifierMask.of(volatilePointers, List.of(answer)).apply(answer);
    }

    /** The line the console prints at the end of the run. */
    public String summary() {
        return "Parity with the recording at " + dir + ": " + compared.get() + " answers compared, " + differing.get()
                + " differ" + (notRecorded.get() == 0 ? "" : "; " + notRecorded.get() + " requests are not in the recording"
                + " (not compared: was it made with another seed, or other scenarios?)");
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
