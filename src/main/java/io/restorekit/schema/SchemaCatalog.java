package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The kit's contract: every {@code schemas/<api>/<kind>.schema.json}, compiled once, shared by all scenarios.
 *
 * <p>Thread-safe: the catalog is immutable after loading and networknt schemas are safe for concurrent validation.
 * {@link #load(Path)} returns the same catalog for the same root and profile. {@code $ref}s across files resolve from
 * disk ({@code $id} base {@code https://restorekit.invalid/schemas/} maps to the schemas root); nothing is fetched.
 */
public final class SchemaCatalog {
    private static final ConcurrentMap<String, SchemaCatalog> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Compiled(Schema schema, JsonNode json, JsonNode dereferenced, DocumentedFields fields, GradedOutput output) {
    }

    private final SchemaProfile profile;
    private final Map<String, Compiled> compiled;
    private final Set<String> apis;

    private SchemaCatalog(Path root, SchemaProfile profile, io.restorekit.config.Contract contract) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("schemas root is not a directory: " + root);
        }
        this.profile = profile;
        SchemaDocuments documents = SchemaDocuments.read(root, profile, contract, MAPPER);
        SchemaRegistry registry = OfflineSchemaRegistry.create(documents);
        SchemaDereferencer dereferencer = new SchemaDereferencer(documents);
        Map<String, Compiled> byKey = new TreeMap<>();
        Set<String> found = new TreeSet<>();
        for (String api : apiDirectories(root)) {
            for (SchemaKind kind : SchemaKind.values()) {
                URI id = SchemaDocuments.idOf(api + "/" + kind.fileName());
                if (documents.contains(id)) {
                    Schema schema = registry.getSchema(SchemaLocation.of(id.toString()));
                    schema.initializeValidators();
                    JsonNode dereferenced = dereferencer.dereference(id);
                    byKey.put(key(api, kind), new Compiled(schema, documents.document(id), dereferenced,
                            DocumentedFields.of(dereferenced), new GradedOutput()));
                    found.add(api);
                }
            }
        }
        this.compiled = Map.copyOf(byKey);
        this.apis = Set.copyOf(found);
    }

    /** The catalog of {@code schemasRoot} in the kit's default, {@link SchemaProfile#TOLERANT} reading. */
    public static SchemaCatalog load(Path schemasRoot) {
        return load(schemasRoot, SchemaProfile.TOLERANT);
    }

    public static SchemaCatalog load(Path schemasRoot, SchemaProfile profile) {
        return load(schemasRoot, profile, io.restorekit.config.Contract.SEED);
    }

    /** Under {@link io.restorekit.config.Contract#METADATA}, every {@code x-metadata} overlay applies. */
    public static SchemaCatalog load(Path schemasRoot, SchemaProfile profile, io.restorekit.config.Contract contract) {
        Path root = schemasRoot.toAbsolutePath().normalize();
        return LOADED.computeIfAbsent(root + "|" + profile + "|" + contract, k -> new SchemaCatalog(root, profile, contract));
    }

    /**
     * Validates an instance. Undocumented members are warnings, or errors when {@code strict}; strings documented as
     * JSON text that do not parse are listed in {@link ValidationResult#embeddedJsonProblems()}.
     */
    public ValidationResult validate(String api, SchemaKind kind, JsonNode instance, boolean strict) {
        Compiled target = compiled(api, kind);
        GradedOutput.Graded graded = target.schema().validate(instance, target.output());
        Set<String> reached = target.fields().reached(instance);
        if (strict) {
            List<SchemaViolation> errors = new ArrayList<>(graded.errors());
            errors.addAll(graded.undocumented());
            return new ValidationResult(errors, List.of(), graded.embeddedJson(), reached, graded.clientKnown());
        }
        return new ValidationResult(graded.errors(), graded.undocumented(), graded.embeddedJson(), reached, graded.clientKnown());
    }

    /**
     * The compiled networknt schema (the kit's dialect, each object's documented members written in), for callers that read networknt's own
     * output; {@link #validate} grades the same pass.
     */
    public Schema networkntSchema(String api, SchemaKind kind) {
        return compiled(api, kind).schema();
    }

    /**
     * Every field location the schema documents ({@code *} for array items): with the locations answers
     * {@linkplain ValidationResult#reached() reached}, what tells a rule that met an instance from one that never did.
     */
    public Set<String> documentedFields(String api, SchemaKind kind) {
        return compiled(api, kind).fields().all();
    }

    /** The schema document as written (with this catalog's profile applied); a copy, free to modify. */
    public JsonNode schemaJson(String api, SchemaKind kind) {
        return compiled(api, kind).json().deepCopy();
    }

    /** The schema with every {@code $ref} inlined (the reference kept as {@code x-ref}): one tree to walk. A copy. */
    public JsonNode dereferencedSchemaJson(String api, SchemaKind kind) {
        return compiled(api, kind).dereferenced().deepCopy();
    }

    /** The APIs with at least one schema, e.g. {@code [dbs, hbr]}. */
    public Set<String> apis() {
        return apis;
    }

    public SchemaProfile profile() {
        return profile;
    }

    private Compiled compiled(String api, SchemaKind kind) {
        Compiled found = compiled.get(key(api, kind));
        if (found == null) {
            throw new IllegalArgumentException("no " + kind.fileName() + " for api '" + api + "'; known: " + compiled.keySet());
        }
        return found;
    }

    private static String key(String api, SchemaKind kind) {
        return api + "/" + kind.fileName();
    }

    private static List<String> apiDirectories(Path root) {
        try (var entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
