package io.restorekit.reference;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restorekit.reference.engine.BehaviourSet;
import io.restorekit.reference.routing.ReadOnlyMappings;
import io.restorekit.reference.routing.RestoreApiTransformer;
import io.restorekit.reference.routing.RpcActionMatcher;
import io.restorekit.reference.routing.SignatureRequestFilter;
import io.restorekit.reference.rules.Reading;
import io.restorekit.signing.SignatureVerifier;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded reference target: WireMock on 127.0.0.1 serving the mappings of {@code <stubs>/mappings} and
 * {@code <stubs>/__files}: one mapping per API routes its {@code Action} ({@value RpcActionMatcher#NAME}) to the
 * {@value RestoreApiTransformer#NAME} extension, which computes the answer from the API's rules file
 * ({@code <stubs>/rules}) and dataset ({@code <stubs>/data}).
 *
 * <p>Mutation seam: {@link #behaviour()} is the current {@link BehaviourSet} (held in an {@link AtomicReference} and
 * read on every request); {@link #useBehaviour(BehaviourSet)} swaps it while the server runs, {@link #resetBehaviour()}
 * restores the documented one.
 *
 * <p>WireMock's admin API ({@code /__admin/...}) is on, never behind the signature check. The file-based mappings
 * are read-only through it ({@link ReadOnlyMappings}): no admin call writes or deletes a file of the stubs folder.
 * Faults: {@link #addMappings(Path)} with a file of {@code <stubs>/faults} (see docs/reference-stubs.md).
 */
public final class ReferenceServer implements AutoCloseable {
    private final WireMockServer wireMock;
    private final ReferenceApis apis;
    private final BehaviourSet documented;
    private final AtomicReference<BehaviourSet> behaviour;
    private final boolean requiresSignatures;

    private ReferenceServer(WireMockServer wireMock, ReferenceApis apis, BehaviourSet documented,
                            AtomicReference<BehaviourSet> behaviour, boolean requiresSignatures) {
        this.wireMock = wireMock;
        this.apis = apis;
        this.documented = documented;
        this.behaviour = behaviour;
        this.requiresSignatures = requiresSignatures;
    }

    /** Starts the server; {@code port} 0 picks any free port. Binds 127.0.0.1 only. Signatures are not checked. */
    public static ReferenceServer start(Path stubsDir, int port) {
        return start(stubsDir, port, null);
    }

    /**
     * Starts the server requiring every request to be signed (V3 or V1) by a key {@code signatures} knows; a request
     * that is not gets Alibaba Cloud's signature errors ({@code IncompleteSignature}, {@code InvalidAccessKeyId.NotFound},
     * {@code SignatureDoesNotMatch}). {@code signatures} null: no check.
     */
    public static ReferenceServer start(Path stubsDir, int port, SignatureVerifier signatures) {
        return start(stubsDir, port, signatures, Reading.DOCUMENTED);
    }

    /** As {@link #start(Path, int, SignatureVerifier)}, serving {@code reading} of the pages. */
    public static ReferenceServer start(Path stubsDir, int port, SignatureVerifier signatures, Reading reading) {
        return start(stubsDir, port, signatures, reading, io.restorekit.config.Contract.SEED);
    }

    /**
     * As {@link #start(Path, int, SignatureVerifier, Reading)}, serving the {@code contract} edition: the seed pages'
     * rules, or the rules files' {@code "contracts"} patch of that name (e.g. the API metadata's page sizes).
     */
    public static ReferenceServer start(Path stubsDir, int port, SignatureVerifier signatures, Reading reading,
                                        io.restorekit.config.Contract contract) {
        return start(stubsDir, port, signatures, reading, contract, null);
    }

    /**
     * As above, serving the datasets of {@code dataDir} (same format and file names as {@code stubs/data/}) instead of
     * the stubs' own; null for those. A bad file fails here, naming the file, the record and the field.
     */
    public static ReferenceServer start(Path stubsDir, int port, SignatureVerifier signatures, Reading reading,
                                        io.restorekit.config.Contract contract, Path dataDir) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        Path root = stubsDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("mappings"))) {
            throw new IllegalArgumentException(root + " has no mappings/ directory: not a stubs directory");
        }
        ReferenceApis apis = ReferenceApis.load(root, contract, dataDir == null ? null : dataDir.toAbsolutePath().normalize());
        BehaviourSet documented = apis.behaviours(reading);
        AtomicReference<BehaviourSet> behaviour = new AtomicReference<>(documented);
        WireMockConfiguration options = options()
                .bindAddress("127.0.0.1")
                .port(port)
                .usingFilesUnderDirectory(root.toString())
                .mappingSource(new ReadOnlyMappings(root.resolve("mappings")))
                .maxRequestJournalEntries(200)
                .extensions(new RestoreApiTransformer(behaviour::get), new RpcActionMatcher());
        if (signatures != null) {
            options.extensions(new SignatureRequestFilter(signatures));
        }
        WireMockServer wireMock = new WireMockServer(options);
        wireMock.start();
        return new ReferenceServer(wireMock, apis, documented, behaviour, signatures != null);
    }

    /**
     * Adds the mappings of {@code file} — WireMock's JSON mapping format, one mapping or {@code {"mappings": [...]}},
     * e.g. a fault of {@code stubs/faults/} — to the running server, as {@code POST /__admin/mappings} (or
     * {@code /__admin/mappings/import}) would. They are not saved: {@code /__admin/reset} (or
     * {@link #resetMappings()}) drops them and reloads the reference mappings. Returns what was added.
     */
    public List<StubMapping> addMappings(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mappings " + file + ": " + e.getMessage(), e);
        }
        List<? extends StubMapping> mappings;
        try {
            mappings = com.github.tomakehurst.wiremock.common.Json.read(json, StubMappingCollection.class)
                    .getMappingOrMappings();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a WireMock mapping file: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        List<StubMapping> added = new ArrayList<>();
        for (StubMapping mapping : mappings) {
            wireMock.addStubMapping(mapping);
            added.add(mapping);
        }
        return List.copyOf(added);
    }

    /**
     * WireMock's {@code POST /__admin/reset}: drops every mapping added at run time (faults included), reloads the
     * file-based reference mappings of {@code <stubs>/mappings}, clears the request journal and resets scenarios.
     */
    public void resetMappings() {
        wireMock.resetAll();
    }

    /** The fault mappings shipped in {@code <stubs>/faults}: name (file name without .json) to file, sorted. */
    public static Map<String, Path> faults(Path stubsDir) {
        Path dir = stubsDir.resolve("faults");
        Map<String, Path> faults = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return faults;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .forEach(f -> faults.put(f.getFileName().toString().replaceFirst("\\.json$", ""), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return faults;
    }

    /** The WireMock server itself (admin API, stub mappings, request journal). */
    public WireMockServer wireMock() {
        return wireMock;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return wireMock.port();
    }

    /** Whether every request must carry a valid signature. */
    public boolean requiresSignatures() {
        return requiresSignatures;
    }

    /** The APIs the server answers: their rules files and datasets (read-only records). */
    public ReferenceApis apis() {
        return apis;
    }

    public BehaviourSet behaviour() {
        return behaviour.get();
    }

    /** Swaps the behaviour of the running server; the next request sees it. */
    public void useBehaviour(BehaviourSet next) {
        behaviour.set(next);
    }

    /** Back to the behaviour it started with (the documented one, or the reading it was started with). */
    public void resetBehaviour() {
        behaviour.set(documented);
    }

    /** The behaviour this server started with (a base for variants). */
    public BehaviourSet documentedBehaviour() {
        return documented;
    }

    @Override
    public void close() {
        wireMock.stop();
    }
}
