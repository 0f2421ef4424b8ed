package io.restorekit.reference;

import io.restorekit.config.KitHome;
import io.restorekit.reference.rules.Reading;
import io.restorekit.signing.Credentials;
import io.restorekit.signing.SignatureVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the reference stubs on 127.0.0.1 until Ctrl-C (SIGINT/SIGTERM): see docs/reference-stubs.md. */
@Command(name = "reference-stubs", mixinStandardHelpOptions = true,
        description = "Serves the computed reference of the APIs of <stubs>/rules (one mapping, rules file and dataset each)"
                + " on 127.0.0.1 until interrupted.")
public final class ReferenceServerMain implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8089", description = "Port on 127.0.0.1 (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--stubs",
            description = "Stubs directory holding mappings/, __files/, rules/ and data/. Default: ./stubs when it is one, else"
                    + " the stubs packaged in the kit's jar.")
    Path stubs;

    @Option(names = "--reading", defaultValue = "documented",
            description = "documented (the kit's reading where the pages are silent, default) or liberal (the other"
                    + " defensible reading there; the conformance suite must only warn against it).")
    String reading;

    @Option(names = "--data",
            description = "A folder holding your own datasets, in the format and with the file names of stubs/data/"
                    + " (the file each rules file's \"data\" names); a bad file stops the start naming the file, the"
                    + " record and the field.")
    Path data;

    @Option(names = "--contract", defaultValue = "seed",
            description = "seed (the pages as given, default) or metadata (the API metadata's rule wherever it differs"
                    + " from the page: the rules files' \"contracts\" patches).")
    String contract;

    @Option(names = "--require-signature",
            description = "Require every request to be signed (ACS3-HMAC-SHA256 or HMAC-SHA1) with the key given by"
                    + " --access-key-id / --access-key-secret; others get SignatureDoesNotMatch,"
                    + " InvalidAccessKeyId.NotFound or IncompleteSignature.")
    boolean requireSignature;

    @Option(names = "--access-key-id", defaultValue = "${env:ALIBABA_CLOUD_ACCESS_KEY_ID}",
            description = "The AccessKeyId signatures must use (default: ALIBABA_CLOUD_ACCESS_KEY_ID).")
    String accessKeyId;

    // No ${DEFAULT-VALUE} in the description: the help must never print a secret.
    @Option(names = "--access-key-secret", defaultValue = "${env:ALIBABA_CLOUD_ACCESS_KEY_SECRET}",
            description = "Its secret (default: ALIBABA_CLOUD_ACCESS_KEY_SECRET, which keeps it off the command line).")
    String accessKeySecret;

    @Option(names = "--fault", paramLabel = "<name|file>",
            description = "Load fault mappings at start (repeatable): a name is <stubs>/faults/<name>.json (throttled,"
                    + " throttled-retry-after, service-unavailable, internal-error, signature-does-not-match, slow,"
                    + " connection-reset, throttled-twice-then-answers), a path is that WireMock mapping file."
                    + " POST /__admin/reset restores the reference.")
    List<String> faults = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        int exit = commandLine(new ReferenceServerMain()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** The command line main() runs: a port in use, a folder that is not a stubs folder, an unknown fault: one line and exit 2. */
    static CommandLine commandLine(ReferenceServerMain main) {
        CommandLine line = new CommandLine(main);
        // Never a stack trace.
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("reference-stubs: " + e.getMessage());
            return 2;
        });
        return line;
    }

    /** The stubs to serve: {@code --stubs}, else ./stubs when it is a stubs folder, else the jar's packaged copy. */
    Path stubsDir() {
        if (stubs != null) {
            return stubs;
        }
        Path local = Path.of("stubs");
        if (java.nio.file.Files.isDirectory(local.resolve("mappings"))) {
            return local;
        }
        Path packaged = KitHome.packaged();
        return packaged != null ? packaged.resolve("stubs") : local;
    }

    @Override
    public Integer call() throws InterruptedException {
        SignatureVerifier verifier = verifier();
        Path stubs = stubsDir();
        List<Path> faultFiles = faultFiles(stubs);
        ReferenceServer server;
        try {
            if (data != null && !java.nio.file.Files.isDirectory(data)) {
                throw new IllegalArgumentException("--data " + data + " is not a folder");
            }
            server = ReferenceServer.start(stubs, port, verifier, Reading.parse(reading),
                    io.restorekit.config.Contract.parse("--contract", contract), data);
        } catch (RuntimeException e) {
            if (portInUse(e)) {
                throw new IllegalStateException("port " + port + " on 127.0.0.1 is already in use; stop what holds it, or"
                        + " pass --port <another port> (--port 0 picks a free one)", e);
            }
            throw e;
        }
        try {
            for (Path file : faultFiles) {
                server.addMappings(file);
            }
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        Thread hook = new Thread(() -> {
            server.close();
            System.out.println("Reference stubs stopped.");
            stopped.countDown();
        }, "reference-stubs-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.println("Reference stubs listening on " + server.baseUrl() + " (stubs: "
                + stubs.toAbsolutePath().normalize()
                + (verifier == null ? "" : "; signatures required, AccessKeyId " + accessKeyId)
                + ("documented".equalsIgnoreCase(reading) ? "" : "; reading " + reading.toLowerCase(java.util.Locale.ROOT))
                + ("seed".equalsIgnoreCase(contract.trim()) ? "" : "; contract " + contract.trim().toLowerCase(java.util.Locale.ROOT))
                + (data == null ? "" : "; data " + data.toAbsolutePath().normalize())
                + (faults.isEmpty() ? "" : "; faults " + String.join(", ", faults))
                + "). Ctrl-C stops.");
        System.out.flush();
        stopped.await();
        return 0;
    }

    /**
     * The files {@code --fault} names, in order: an existing file as given, else a name of {@code <stubs>/faults}. An
     * unknown name fails (one line, exit 2) naming the known ones.
     */
    List<Path> faultFiles(Path stubs) {
        Map<String, Path> known = ReferenceServer.faults(stubs);
        List<Path> files = new ArrayList<>();
        for (String fault : faults) {
            Path byName = known.get(fault);
            if (byName != null) {
                files.add(byName);
                continue;
            }
            Path file = Path.of(fault);
            if (Files.isRegularFile(file)) {
                files.add(file);
                continue;
            }
            throw new IllegalArgumentException("unknown fault '" + fault + "': neither a file nor one of the known faults"
                    + " of " + stubs.resolve("faults").toAbsolutePath().normalize() + ": "
                    + (known.isEmpty() ? "(none)" : String.join(", ", known.keySet())));
        }
        return files;
    }

    /** The verifier {@code --require-signature} asks for, or null; a missing id or secret is a usage error. */
    SignatureVerifier verifier() {
        if (!requireSignature) {
            return null;
        }
        if (blank(accessKeyId) || blank(accessKeySecret)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--require-signature needs --access-key-id"
                    + " and --access-key-secret (or ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)");
        }
        return SignatureVerifier.forCredentials(Credentials.of(accessKeyId.trim(), accessKeySecret));
    }

    private static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) { // Jetty's bind failure, wrapped by WireMock's FatalStartupException
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
