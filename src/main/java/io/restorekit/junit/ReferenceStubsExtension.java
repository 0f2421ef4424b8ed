package io.restorekit.junit;

import io.restorekit.config.KitHome;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.reference.rules.Reading;
import io.restorekit.signing.SignatureVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs the kit's reference stubs ({@link ReferenceServer}) for a test class: on a free port of
 * 127.0.0.1, started once before the class's first test and stopped after its last, like WireMock's
 * {@code WireMockExtension}. Use {@link ReferenceStubsTest} for the fixed options, or register it with a builder:
 *
 * <pre>{@code
 * @RegisterExtension
 * static ReferenceStubsExtension stubs = ReferenceStubsExtension.builder()
 *         .fault("throttled").reading(Reading.LIBERAL).resetBetweenTests().build();
 * }</pre>
 *
 * Registered on a static field it serves the whole class; on an instance field, each test gets its own server. Tests
 * (methods, constructors, lifecycle methods) take a {@link ReferenceStubsInfo} or a {@link ReferenceServer} parameter.
 *
 * <p>The stubs served: {@link Builder#stubs(Path)}, else the copy packaged in the kit's jar (the case of another
 * project depending on the kit), else {@code <kit.root>/stubs}, else {@code ./stubs}. A different dataset is a
 * different stubs folder (its {@code data/}); the reference has no contract editions to choose from today.
 */
public final class ReferenceStubsExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Options fixed;
    private Options options;
    private ReferenceServer server;
    private Path stubs;
    private boolean perTest;

    /** The options of a class's {@link ReferenceStubsTest} (JUnit calls this for {@code @ExtendWith}). */
    public ReferenceStubsExtension() {
        this.fixed = null;
    }

    private ReferenceStubsExtension(Options options) {
        this.fixed = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running server's base URL, endpoint and server (for a field-registered extension). */
    public ReferenceStubsInfo info() {
        if (server == null) {
            throw new IllegalStateException("the reference stubs are not running: info() is for the tests of the class"
                    + " that registers this extension");
        }
        return new ReferenceStubsInfo(server, stubs);
    }

    public String baseUrl() {
        return info().baseUrl();
    }

    /** {@code 127.0.0.1:<port>}, for the official SDK's {@code Config.setEndpoint}. */
    public String endpoint() {
        return info().endpoint();
    }

    /** What a reset does: mappings and faults added by tests dropped, scenarios reset, the configured faults on again. */
    public void reset() {
        server.resetMappings();
        server.resetBehaviour();
        options.faults().forEach(f -> server.addMappings(faultFile(stubs, f)));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!perTest) {
            stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            perTest = true; // an instance field: beforeAll never ran for it
            start(context);
        } else if (options.resetBetweenTests()) {
            reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ReferenceStubsInfo.class || type == ReferenceServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (server == null) {
            // A constructor parameter of a per-method instance, before beforeEach: start now.
            perTest = true;
            start(context);
        }
        return parameter.getParameter().getType() == ReferenceServer.class ? server : info();
    }

    private void start(ExtensionContext context) {
        if (server != null) {
            return; // a nested class shares its outer class's server
        }
        options = fixed != null ? fixed : fromAnnotation(context);
        stubs = stubsFolder(options.stubs());
        List<Path> faults = new ArrayList<>();
        for (String fault : options.faults()) {
            faults.add(faultFile(stubs, fault)); // an unknown fault fails before anything starts
        }
        server = ReferenceServer.start(stubs, 0, options.signatures(), options.reading(), options.contract(), options.data());
        try {
            faults.forEach(server::addMappings);
        } catch (RuntimeException e) {
            stop();
            throw new ExtensionConfigurationException(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    private void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private static Options fromAnnotation(ExtensionContext context) {
        ReferenceStubsTest annotation = context.getTestClass()
                .flatMap(c -> findAnnotation(c))
                .orElse(null);
        if (annotation == null) {
            return new Builder().options();
        }
        return new Options(List.of(annotation.faults()), Reading.parse(annotation.reading()), annotation.resetBetweenTests(),
                annotation.stubs().isBlank() ? null : Path.of(annotation.stubs()), null,
                io.restorekit.config.Contract.parse("@ReferenceStubsTest(contract)", annotation.contract()),
                annotation.data().isBlank() ? null : Path.of(annotation.data()));
    }

    private static java.util.Optional<ReferenceStubsTest> findAnnotation(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            ReferenceStubsTest found = c.getAnnotation(ReferenceStubsTest.class);
            if (found != null) {
                return java.util.Optional.of(found);
            }
        }
        return java.util.Optional.empty();
    }

    /** The stubs folder: as given, else the jar's copy, else {@code <kit.root>/stubs}, else {@code ./stubs}. */
    static Path stubsFolder(Path given) {
        if (given != null) {
            if (!Files.isDirectory(given.resolve("mappings"))) {
                throw new ExtensionConfigurationException("reference stubs: " + given.toAbsolutePath().normalize()
                        + " is not a stubs folder (it has no mappings/)");
            }
            return given;
        }
        List<Path> candidates = new ArrayList<>();
        Path packaged = KitHome.packaged();
        if (packaged != null) {
            candidates.add(packaged.resolve("stubs"));
        }
        String root = System.getProperty("kit.root");
        if (root != null && !root.isBlank()) {
            candidates.add(Path.of(root.trim()).resolve("stubs"));
        }
        candidates.add(Path.of("stubs"));
        return candidates.stream().filter(p -> Files.isDirectory(p.resolve("mappings"))).findFirst()
                .orElseThrow(() -> new ExtensionConfigurationException("reference stubs: no stubs folder found (looked"
                        + " at " + candidates + "); name one with .stubs(path) or @ReferenceStubsTest(stubs = …)"));
    }

    /** A fault of {@code <stubs>/faults} by name, or an existing mapping file. */
    static Path faultFile(Path stubs, String nameOrFile) {
        Map<String, Path> known = ReferenceServer.faults(stubs);
        Path byName = known.get(nameOrFile);
        if (byName != null) {
            return byName;
        }
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return file;
        }
        throw new ExtensionConfigurationException("reference stubs: '" + nameOrFile + "' is neither a fault of "
                + stubs.resolve("faults") + " (known: " + String.join(", ", known.keySet()) + ") nor a mapping file");
    }

    /** What a registration asks for. */
    private record Options(List<String> faults, Reading reading, boolean resetBetweenTests, Path stubs,
                           SignatureVerifier signatures, io.restorekit.config.Contract contract, Path data) {
    }

    /** The options of a {@code @RegisterExtension} registration. */
    public static final class Builder {
        private final List<String> faults = new ArrayList<>();
        private Reading reading = Reading.DOCUMENTED;
        private boolean resetBetweenTests;
        private Path stubs;
        private SignatureVerifier signatures;
        private io.restorekit.config.Contract contract = io.restorekit.config.Contract.SEED;
        private Path data;

        private Builder() {
        }

        /** Turns a fault on at start (and after each reset): a name of {@code <stubs>/faults}, or a mapping file. */
        public Builder fault(String nameOrFile) {
            faults.add(Objects.requireNonNull(nameOrFile, "fault"));
            return this;
        }

        public Builder reading(Reading reading) {
            this.reading = Objects.requireNonNull(reading, "reading");
            return this;
        }

        /** Your own datasets: a folder in the format and with the file names of {@code stubs/data/}. */
        public Builder data(Path data) {
            this.data = Objects.requireNonNull(data, "data");
            return this;
        }

        /** The contract edition served: the seed pages (default) or the API metadata where it differs. */
        public Builder contract(io.restorekit.config.Contract contract) {
            this.contract = Objects.requireNonNull(contract, "contract");
            return this;
        }

        /** Before each test, restore the reference (and the configured faults): see {@link ReferenceStubsExtension#reset()}. */
        public Builder resetBetweenTests() {
            this.resetBetweenTests = true;
            return this;
        }

        /** Another stubs folder, e.g. with its own {@code data/}. */
        public Builder stubs(Path stubs) {
            this.stubs = Objects.requireNonNull(stubs, "stubs");
            return this;
        }

        /**
         * Every request must be signed (V3 or V1) with this key, as an emulator that checks signatures would require;
         * others get Alibaba Cloud's signature errors.
         */
        public Builder requireSignature(String accessKeyId, String accessKeySecret) {
            this.signatures = SignatureVerifier.forKeys(Map.of(accessKeyId, accessKeySecret));
            return this;
        }

        Options options() {
            return new Options(List.copyOf(faults), reading, resetBetweenTests, stubs, signatures, contract, data);
        }

        public ReferenceStubsExtension build() {
            return new ReferenceStubsExtension(options());
        }
    }
}
