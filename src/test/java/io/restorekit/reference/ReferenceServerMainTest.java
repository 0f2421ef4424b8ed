package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The standalone command in its own JVM: starts on the given port with the given stubs, answers, and stops cleanly
 * on a termination signal (SIGTERM here; Ctrl-C/SIGINT runs the same shutdown hook).
 */
class ReferenceServerMainTest {

    @Test
    void startsAnswersAndStopsOnSignal() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                ReferenceServerMain.class.getName(), "--port", Integer.toString(port),
                "--stubs", Stubs.dir().toString()))
                .redirectErrorStream(true)
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    output.add(line);
                    if (line.startsWith("Reference stubs listening on")) {
                        listening.complete(line);
                    }
                }
            } catch (IOException ignored) {
                // the stream closes when the process ends
            }
            listening.complete(null);
        });
        reader.start();
        try {
            assertThat(listening.get(60, TimeUnit.SECONDS)).as("output %s", output)
                    .contains("http://127.0.0.1:" + port);

            RpcCall.Reply reply = RpcCall.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/?" + RpcCall.hbr().query()))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().path("TotalCount").asInt()).isEqualTo(DatasetFile.standard(r -> true).size());

            process.toHandle().destroy(); // SIGTERM, without closing our end of the pipe
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
            reader.join(10_000);
            assertThat(output).contains("Reference stubs stopped.");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter help = new StringWriter();
        new CommandLine(new ReferenceServerMain()).usage(new PrintWriter(help));

        assertThat(help.toString()).contains("--port").contains("--stubs").contains("--require-signature")
                .contains("--access-key-id").contains("--access-key-secret");
    }

    @Test
    void requireSignatureTakesTheKeyFromFlags() {
        ReferenceServerMain main = new ReferenceServerMain();
        new CommandLine(main).parseArgs("--require-signature", "--access-key-id", "flag-id",
                "--access-key-secret", "flag-secret");
        io.restorekit.signing.SignatureVerifier verifier = main.verifier();
        io.restorekit.signing.SignableRequest request = io.restorekit.signing.SignableRequest.rpcPost("h",
                java.util.Map.of("PageSize", "1"));
        io.restorekit.signing.SignableRequest signed = io.restorekit.signing.RequestSigner.acsV3()
                .sign(request, io.restorekit.signing.Credentials.of("flag-id", "flag-secret"), "DescribeRestoreJobs2",
                        "2017-09-08").applyTo(request);
        assertThat(verifier.verify(signed).ok()).isTrue();

        ReferenceServerMain plain = new ReferenceServerMain();
        new CommandLine(plain).parseArgs("--access-key-id", "flag-id");
        assertThat(plain.verifier()).as("no --require-signature: no check").isNull();
    }

    @Test
    void requireSignatureWithoutAKeyIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new ReferenceServerMain()).setErr(new PrintWriter(err));
        // The environment may hold real credentials: blank flags stand in for "not set".
        int exit = line.execute("--require-signature", "--access-key-id", " ", "--access-key-secret", "");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--require-signature needs --access-key-id and --access-key-secret");
    }

    @Test
    void requiresSignaturesWhenAskedTheSecretComingFromTheEnvironment() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBin.toString(), "-cp",
                System.getProperty("java.class.path"), ReferenceServerMain.class.getName(), "--port",
                Integer.toString(port), "--stubs", Stubs.dir().toString(), "--require-signature",
                "--access-key-id", "cli-id"))
                .redirectErrorStream(true);
        builder.environment().put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "cli-secret-from-env");
        builder.environment().remove("ALIBABA_CLOUD_ACCESS_KEY_ID");
        Process process = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    output.add(line);
                    if (line.startsWith("Reference stubs listening on")) {
                        listening.complete(line);
                    }
                }
            } catch (IOException ignored) {
                // the stream closes when the process ends
            }
            listening.complete(null);
        });
        reader.start();
        try {
            assertThat(listening.get(60, TimeUnit.SECONDS)).as("output %s", output)
                    .contains("http://127.0.0.1:" + port).contains("signatures required, AccessKeyId cli-id");

            RpcCall.Reply unsigned = RpcCall.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/?" + RpcCall.hbr().query()))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            ErrorShape.assertCommon(unsigned, 400, "IncompleteSignature");

            io.restorekit.wire.RpcResponse signed = new io.restorekit.wire.RpcClient(java.time.Duration.ofSeconds(5),
                    java.time.Duration.ofSeconds(10), new io.restorekit.signing.SigningDecorator(
                    io.restorekit.signing.Credentials.of("cli-id", "cli-secret-from-env"),
                    io.restorekit.config.CallSettings.Signature.V3), null)
                    .call(URI.create("http://127.0.0.1:" + port), io.restorekit.wire.RpcRequest.to(io.restorekit.TestApis.hbr()));
            assertThat(signed.status()).isEqualTo(200);

            process.toHandle().destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
            reader.join(10_000);
            assertThat(String.join("\n", output)).doesNotContain("cli-secret-from-env");
        } finally {
            process.destroyForcibly();
        }
    }
}
