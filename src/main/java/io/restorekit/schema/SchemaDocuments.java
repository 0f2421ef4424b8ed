package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every {@code *.schema.json} under {@code schemas/}, read from disk and keyed by its {@code $id}.
 *
 * <p>Each {@code $id} must be {@link #ID_BASE} plus the file's path relative to the schemas root, so a relative
 * {@code $ref} such as {@code ../common/error-envelope.schema.json} names a file on disk. {@code restorekit.invalid}
 * cannot resolve (RFC 2606), so a schema that loads proves it was read from here, not fetched.
 */
final class SchemaDocuments {
    static final String ID_BASE = "https://restorekit.invalid/schemas/";

    private final Map<URI, JsonNode> byId;
    private final UndocumentedMarking marking;

    private SchemaDocuments(Map<URI, JsonNode> byId) {
        this.byId = byId;
        this.marking = UndocumentedMarking.of(byId);
    }

    static SchemaDocuments read(Path root, SchemaProfile profile, io.restorekit.config.Contract contract, ObjectMapper mapper) {
        Map<URI, JsonNode> byId = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".schema.json")).sorted().toList()) {
                JsonNode document = mapper.readTree(file.toFile());
                URI expected = URI.create(ID_BASE + root.relativize(file).toString().replace('\\', '/'));
                String id = document.path("$id").asText("");
                if (!expected.toString().equals(id)) {
                    throw new IllegalStateException(file + ": $id must be " + expected + " but is '" + id + "'");
                }
                JsonNode read = profile.apply(document);
                byId.put(expected, contract == io.restorekit.config.Contract.METADATA
                        ? SchemaOverlay.apply(read, SchemaOverlay.METADATA) : read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schemas under " + root, e);
        }
        return new SchemaDocuments(Map.copyOf(byId));
    }

    static URI idOf(String relativePath) {
        return URI.create(ID_BASE + relativePath);
    }

    JsonNode document(URI id) {
        JsonNode document = byId.get(id);
        if (document == null) {
            throw new IllegalArgumentException("no schema with $id " + id + " under the schemas root");
        }
        return document;
    }

    boolean contains(URI id) {
        return byId.containsKey(id);
    }

    /**
     * The text networknt compiles: the profile-applied document with each object's documented members written in, or {@code null} for an
     * IRI that is not ours.
     */
    String text(String iri) {
        JsonNode document = marking.document(URI.create(iri));
        return document == null ? null : document.toString();
    }
}
