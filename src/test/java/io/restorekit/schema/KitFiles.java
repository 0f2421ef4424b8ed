package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the kit's files are: {@code kit.root} (set by Surefire) or the working directory. */
final class KitFiles {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private KitFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("kit.root", ".")).toAbsolutePath().normalize();
    }

    static Path schemas() {
        return root().resolve("schemas");
    }

    static Path seeds() {
        return root().resolve("docs/seeds");
    }

    static SchemaCatalog catalog() {
        return SchemaCatalog.load(schemas());
    }

    static SchemaCatalog catalog(SchemaProfile profile) {
        return SchemaCatalog.load(schemas(), profile);
    }

    static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace runs collapsed to one space: how quotes are compared with the seed pages. */
    static String normalized(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** The schema kind a fixture is for, from its name: {@code success.*}, {@code request.*}, {@code error.*}. */
    static SchemaKind kindOf(Path fixture) {
        String name = fixture.getFileName().toString();
        if (name.startsWith("success")) {
            return SchemaKind.RESPONSE;
        }
        if (name.startsWith("request")) {
            return SchemaKind.REQUEST;
        }
        if (name.startsWith("error")) {
            return SchemaKind.ERROR;
        }
        throw new IllegalArgumentException("fixture name says no schema kind: " + fixture);
    }
}
