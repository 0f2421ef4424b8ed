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

        assertThat(help.toString()).contains("--port").contains("--stubs");
    }
}
