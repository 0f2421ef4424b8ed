package io.restorekit.reference;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restorekit.signing.SignatureVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded reference target: WireMock on 127.0.0.1 serving the plain mappings of {@code <stubs>/mappings} and
 * {@code <stubs>/__files}, with the {@value RestoreApiTransformer#NAME} extension computing DescribeRestoreJobs2 and
 * DescribeRestoreTaskList answers from {@code <stubs>/data}.
 *
 * <p>Mutation seam: {@link #behaviour()} is the current {@link BehaviourSet} (held in an {@link AtomicReference} and
 * read on every request); {@link #useBehaviour(BehaviourSet)} swaps it while the server runs, {@link #resetBehaviour()}
 * restores the documented one.
 */
public final class ReferenceServer implements AutoCloseable {
    private final WireMockServer wireMock;
    private final ReferenceDataset dataset;
    private final BehaviourSet documented;
    private final AtomicReference<BehaviourSet> behaviour;
    private final boolean requiresSignatures;

    private ReferenceServer(WireMockServer wireMock, ReferenceDataset dataset, BehaviourSet documented,
                            AtomicReference<BehaviourSet> behaviour, boolean requiresSignatures) {
        this.wireMock = wireMock;
        this.dataset = dataset;
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
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        Path root = stubsDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("mappings"))) {
            throw new IllegalArgumentException(root + " has no mappings/ directory: not a stubs directory");
        }
        ReferenceDataset dataset = ReferenceDataset.load(root.resolve("data"));
        BehaviourSet documented = reading.behaviours(dataset);
        AtomicReference<BehaviourSet> behaviour = new AtomicReference<>(documented);
        WireMockConfiguration options = options()
                .bindAddress("127.0.0.1")
                .port(port)
                .usingFilesUnderDirectory(root.toString())
                .maxRequestJournalEntries(200)
                .extensions(new RestoreApiTransformer(behaviour::get));
        if (signatures != null) {
            options.extensions(new SignatureRequestFilter(signatures));
        }
        WireMockServer wireMock = new WireMockServer(options);
        wireMock.start();
        return new ReferenceServer(wireMock, dataset, documented, behaviour, signatures != null);
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

    /** The data the server answers from (read-only records). */
    public ReferenceDataset dataset() {
        return dataset;
    }

    public BehaviourSet behaviour() {
        return behaviour.get();
    }

    /** Swaps the behaviour of the running server; the next request sees it. */
    public void useBehaviour(BehaviourSet next) {
        behaviour.set(next);
    }

    /** Back to the documented behaviour. */
    public void resetBehaviour() {
        behaviour.set(documented);
    }

    /** The documented behaviour this server started with (a base for variants). */
    public BehaviourSet documentedBehaviour() {
        return documented;
    }

    @Override
    public void close() {
        wireMock.stop();
    }
}
