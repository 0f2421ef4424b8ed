package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas load from disk only. Their {@code $id}s live under {@code restorekit.invalid}, a name that cannot resolve
 * (RFC 2606), and a proxy selector that fails every connection records any attempt to reach the network.
 */
class OfflineLoadingTest {
    private static final String BASE = "https://restorekit.invalid/schemas/";
    private final List<URI> attempts = new CopyOnWriteArrayList<>();
    private ProxySelector original;

    @TempDir
    Path root;

    @BeforeEach
    void watchTheNetwork() {
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                throw new IllegalStateException("network access attempted: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(original);
    }

    private void write(String relative, String json) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    @Test
    void aRefToAFileOnlyIdResolvesFromDisk() throws IOException {
        write("common/only-here.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "%scommon/only-here.schema.json",
                 "type": "integer", "maximum": 5}""".formatted(BASE));
        write("x/response.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "%sx/response.schema.json",
                 "type": "object", "properties": {"a": {"$ref": "../common/only-here.schema.json"}}}""".formatted(BASE));
        SchemaCatalog catalog = SchemaCatalog.load(root);
        assertThat(catalog.validate("x", SchemaKind.RESPONSE, KitFiles.json("{\"a\": 6}"), false).errors())
                .extracting(SchemaViolation::describe).containsExactly("at /a: expected maximum 5, got 6");
        assertThat(catalog.dereferencedSchemaJson("x", SchemaKind.RESPONSE).at("/properties/a/maximum").asInt()).isEqualTo(5);
        assertThat(attempts).isEmpty();
    }

    @Test
    void theKitSchemasLoadWithoutTheNetwork() throws IOException {
        try (var files = Files.walk(KitFiles.schemas())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                write(KitFiles.schemas().relativize(file).toString(), Files.readString(file));
            }
        }
        SchemaCatalog catalog = SchemaCatalog.load(root);
        assertThat(catalog.apis()).containsExactlyInAnyOrderElementsOf(
                io.restorekit.TestApis.CATALOG.all().stream().map(io.restorekit.api.ApiDescriptor::id).toList());
        for (String api : catalog.apis()) {
            for (SchemaKind kind : SchemaKind.values()) {
                catalog.validate(api, kind, KitFiles.json("{}"), true);
            }
        }
        assertThat(attempts).isEmpty();
    }

    @Test
    void aRefOutsideTheSchemasRootFailsInsteadOfBeingFetched() throws IOException {
        write("x/request.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "%sx/request.schema.json",
                 "$ref": "https://example.com/remote.schema.json"}""".formatted(BASE));
        assertThatThrownBy(() -> SchemaCatalog.load(root)).isInstanceOf(RuntimeException.class);
        assertThat(attempts).isEmpty();
    }

    @Test
    void anIdThatDoesNotNameItsFileIsRejected() throws IOException {
        write("x/error.schema.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "%sy/error.schema.json"}""".formatted(BASE));
        assertThatThrownBy(() -> SchemaCatalog.load(root)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("$id must be " + BASE + "x/error.schema.json");
    }

}
