package io.restorekit.wire;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that answers the first {@code throttled} requests with a throttling answer (status, body and
 * headers as given) and every later one with a success; it records each request's headers.
 */
final class ThrottlingServer implements AutoCloseable {
    static final String SUCCESS = "{\"RequestId\":\"OK-1\",\"Success\":true}";

    private final HttpServer server;
    private final AtomicInteger count = new AtomicInteger();
    final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();
    final List<String> rawQueries = new CopyOnWriteArrayList<>();

    ThrottlingServer(int throttled, int status, String body, Map<String, String> headers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            rawQueries.add(exchange.getRequestURI().getRawQuery());
            boolean throttle = count.incrementAndGet() <= throttled;
            byte[] answer = (throttle ? body : SUCCESS).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (throttle) {
                headers.forEach(exchange.getResponseHeaders()::add);
            }
            exchange.sendResponseHeaders(throttle ? status : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    static String error(String code) {
        return "{\"RequestId\":\"T-1\",\"HostId\":\"h\",\"Code\":\"" + code + "\",\"Message\":\"Request was denied due to"
                + " request throttling.\",\"Recommend\":\"r\"}";
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int requests() {
        return count.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
