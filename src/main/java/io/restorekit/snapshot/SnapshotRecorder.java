package io.restorekit.snapshot;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.restorekit.wire.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps every answered exchange of a run and writes them as WireMock stub mappings in WireMock's own format: one file
 * per distinct request under {@code mappings/}, its body under {@code __files/}. A mapping matches its request's
 * parameters exactly — each one {@code equalTo} its value, every other parameter name the recording knows
 * {@code absent} — and never a signing parameter or header, so it answers however the replaying client signs. A
 * request sent more than once keeps its last answer (a retry's, after a throttled one).
 */
public final class SnapshotRecorder implements Consumer<HttpExchange> {
    /** The response header a recording keeps (the kit judges the media type); the others describe the transport. */
    private static final String CONTENT_TYPE = "Content-Type";

    private final Path dir;
    private final List<String> maskPointers;
    private final Collection<String> identifiers;
    private final Map<SnapshotRequest, HttpExchange> answers = new LinkedHashMap<>();
    private int exchanges;

    /**
     * {@code maskPointers}: the account identifiers to mask ({@link IdentifierMask}); {@code identifiers}: values never to
     * write, not even in a body (the AccessKeyId), beyond the secrets the client already scrubbed from every exchange.
     */
    public SnapshotRecorder(Path dir, List<String> maskPointers, Collection<String> identifiers) {
        this.dir = dir;
        this.maskPointers = List.copyOf(maskPointers);
        this.identifiers = identifiers.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    @Override
    public synchronized void accept(HttpExchange exchange) {
        if (!exchange.answered()) {
            return; // no answer to serve: the replay's miss names it
        }
        exchanges++;
        answers.put(SnapshotRequest.of(exchange), exchange.scrub(identifiers));
    }

    public Path dir() {
        return dir;
    }

    /** Writes the recording (replacing an earlier one in the folder); returns the line the console prints. */
    public synchronized String write(Long seed, String target) {
        try {
            Recording.checkWritable("conformance.record", dir.toString());
            Recording.clear(dir);
            Files.createDirectories(Recording.mappings(dir));
            Files.createDirectories(Recording.files(dir));
            List<JsonNode> bodies = new ArrayList<>();
            answers.values().forEach(e -> parse(e.responseBody()).ifPresent(bodies::add));
            IdentifierMask mask = IdentifierMask.of(maskPointers, bodies);
            Map<SnapshotRequest, HttpExchange> masked = new TreeMap<>(java.util.Comparator.comparing(SnapshotRequest::line));
            answers.forEach((request, exchange) -> masked.put(request.mapValues(mask::apply), exchange));
            Set<String> names = new TreeSet<>();
            masked.keySet().forEach(r -> names.addAll(r.parameters().keySet()));
            for (Map.Entry<SnapshotRequest, HttpExchange> entry : masked.entrySet()) {
                writeMapping(entry.getKey(), entry.getValue(), names, mask);
            }
            Recording.writeManifest(dir, new Recording.Manifest(seed, target, io.restorekit.report.KitVersion.get(),
                    Instant.now().toString(), maskPointers, masked.size()));
            return "Recorded " + exchanges + " answered exchanges (" + masked.size() + " distinct requests) into " + dir
                    + (mask.isEmpty() ? "" : ", identifiers masked at " + String.join(", ", maskPointers));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording into " + dir + ": " + e.getMessage(), e);
        }
    }

    private void writeMapping(SnapshotRequest request, HttpExchange exchange, Set<String> names, IdentifierMask mask)
            throws IOException {
        String id = request.parameters().getOrDefault("Action", "request") + "-" + digest(request.line());
        MappingBuilder mapping = request(request.method(), urlPathEqualTo("/"));
        request.parameters().forEach((name, value) -> mapping.withQueryParam(name, equalTo(value)));
        names.stream().filter(n -> !request.parameters().containsKey(n)).forEach(n -> mapping.withQueryParam(n, absent()));
        ResponseDefinitionBuilder response = aResponse().withStatus(exchange.status());
        String contentType = exchange.responseHeader(CONTENT_TYPE);
        if (contentType != null) {
            response.withHeader(CONTENT_TYPE, contentType);
        }
        String body = exchange.responseBody() == null ? "" : exchange.responseBody();
        String maskedBody = mask.isEmpty() ? body
                : parse(body).map(json -> write(mask.apply(json))).orElseGet(() -> mask.apply(body));
        if (maskedBody.isEmpty()) {
            response.withBody("");
        } else {
            String file = id + ".json";
            Files.writeString(Recording.files(dir).resolve(file), maskedBody, StandardCharsets.UTF_8);
            response.withBodyFile(file);
        }
        StubMapping stub = mapping.willReturn(response).build();
        stub.setId(UUID.nameUUIDFromBytes(request.line().getBytes(StandardCharsets.UTF_8)));
        stub.setName(request.line());
        Files.writeString(Recording.mappings(dir).resolve(id + ".json"), Json.write(stub), StandardCharsets.UTF_8);
    }

    static java.util.Optional<JsonNode> parse(String body) {
        if (body == null || body.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Recording.JSON.readTree(body));
        } catch (IOException notJson) {
            return java.util.Optional.empty();
        }
    }

    private static String write(JsonNode json) {
        try {
            return Recording.JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
