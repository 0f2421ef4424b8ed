package io.restorekit.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The faults a target can have on the wire, each a {@link FaultServer.Fault}. */
final class Faults {
    static final String SHORT_BODY = "{\"RequestId\":\"R-1\",\"Succ";

    private Faults() {
    }

    /** HTTP 200 with a plain-text body. */
    static FaultServer.Fault nonJson200() {
        return (line, socket, out, server) -> {
            FaultServer.write(out, 200, "text/plain;charset=utf-8", "OK");
            return true;
        };
    }

    /** HTTP 500 with a web server's HTML error page. */
    static FaultServer.Fault html500() {
        return (line, socket, out, server) -> {
            FaultServer.write(out, 500, "text/html", "<html><head><title>500 Internal Server Error</title></head>"
                    + "<body><h1>Internal Server Error</h1></body></html>");
            return true;
        };
    }

    /** Reads the request and never writes a byte (until the server closes). */
    static FaultServer.Fault neverAnswers() {
        return (line, socket, out, server) -> {
            server.hold();
            return false;
        };
    }

    /** Reads the request and resets the connection. */
    static FaultServer.Fault resets() {
        return (line, socket, out, server) -> {
            FaultServer.reset(socket);
            return false;
        };
    }

    /** Promises 1000 bytes, sends a few, and closes. */
    static FaultServer.Fault shortBodyThenClose() {
        return (line, socket, out, server) -> {
            out.write(FaultServer.head(200, "application/json;charset=utf-8", 1000));
            out.write(SHORT_BODY.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return false;
        };
    }

    /** Promises 1000 bytes, sends a few, and then neither sends more nor closes (until the server closes). */
    static FaultServer.Fault shortBodyThenStall() {
        return (line, socket, out, server) -> {
            out.write(FaultServer.head(200, "application/json;charset=utf-8", 1000));
            out.write(SHORT_BODY.getBytes(StandardCharsets.UTF_8));
            out.flush();
            server.hold();
            return false;
        };
    }

    /**
     * The correct answer of {@code reference}, slowly: the head after {@code headDelay}, then the body in
     * {@code chunks} pieces {@code chunkDelay} apart.
     */
    static FaultServer.Fault slow(URI reference, Duration headDelay, int chunks, Duration chunkDelay) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return (line, socket, out, server) -> {
            String target = line.split(" ")[1];
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(reference.resolve(target))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = answer.body();
            Thread.sleep(headDelay.toMillis());
            out.write(FaultServer.head(answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse("application/json"), body.length));
            out.flush();
            int step = Math.max(1, (body.length + chunks - 1) / chunks);
            for (int from = 0; from < body.length; from += step) {
                Thread.sleep(chunkDelay.toMillis());
                out.write(body, from, Math.min(step, body.length - from));
                out.flush();
            }
            return true;
        };
    }
}
