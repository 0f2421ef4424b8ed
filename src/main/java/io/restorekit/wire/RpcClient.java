package io.restorekit.wire;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Sends RPC calls the way the official SDKs do — {@code POST /} with every parameter in the query string
 * and an empty body — with a connect and a request timeout. Every exchange, answered or not, goes to the
 * recorder for the report. A call that gets no complete HTTP answer within the request timeout (body included)
 * throws {@link TargetException} with one line.
 *
 * <p>Only {@code Describe*} actions leave the client ({@link ReadOnlyGuard}): anything else throws
 * {@link ReadOnlyViolation} before a byte is sent. Sends are paced by a {@link RequestPacer}; a throttled answer
 * ({@link ThrottlingAnswer}) is sent again, decorated (signed) afresh, as the {@link RetryPolicy} allows — each
 * attempt is recorded with its number and the reason for the retry.
 */
public final class RpcClient {
    private final HttpClient http;
    private final Duration requestTimeout;
    private final RequestDecorator decorator;
    private final Consumer<HttpExchange> recorder;
    private final RetryPolicy retry;
    private final RequestPacer pacer;
    private final UnansweredStreak unanswered = new UnansweredStreak();

    /** Adds what a request needs beyond the parameters (e.g. a signature) just before it is sent. */
    public interface RequestDecorator {
        /** Returns extra headers to send; may also add query parameters to {@code query}. */
        Map<String, String> decorate(String method, URI endpoint, Map<String, String> query, RpcRequest request);

        /** Values that must never be recorded (an AccessKey secret, an STS token): scrubbed from every exchange. */
        default Collection<String> secretValues() {
            return List.of();
        }

        RequestDecorator NONE = (method, endpoint, query, request) -> Map.of();
    }

    /** One attempt per call, no pacing. */
    public RpcClient(Duration connectTimeout, Duration requestTimeout, RequestDecorator decorator, Consumer<HttpExchange> recorder) {
        this(connectTimeout, requestTimeout, decorator, recorder, RetryPolicy.NONE, RequestPacer.unlimited());
    }

    public RpcClient(Duration connectTimeout, Duration requestTimeout, RequestDecorator decorator,
                     Consumer<HttpExchange> recorder, RetryPolicy retry, RequestPacer pacer) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.decorator = decorator == null ? RequestDecorator.NONE : decorator;
        this.recorder = recorder == null ? x -> { } : recorder;
        this.retry = retry == null ? RetryPolicy.NONE : retry;
        this.pacer = pacer == null ? RequestPacer.unlimited() : pacer;
    }

    public RetryPolicy retryPolicy() {
        return retry;
    }

    public RequestPacer pacer() {
        return pacer;
    }

    /**
     * Sends {@code request}, again while the answer is a throttling answer and attempts remain; returns the last answer.
     *
     * @throws ReadOnlyViolation when the action is not a Describe* action (nothing is sent)
     * @throws TargetException when an attempt gets no HTTP answer
     */
    public RpcResponse call(URI endpoint, RpcRequest request) {
        ReadOnlyGuard.check(request.action(), "action", base(endpoint));
        String givenUp = unanswered.givenUp(base(endpoint));
        if (givenUp != null) {
            throw new TargetException(request.api().label() + " " + request.action() + " at " + base(endpoint) + ": " + givenUp, null);
        }
        String retryReason = null;
        for (int attempt = 1; ; attempt++) {
            RpcResponse response = send(endpoint, request, attempt, retryReason);
            Optional<String> throttled = ThrottlingAnswer.reason(response);
            if (throttled.isEmpty() || attempt >= retry.maxAttempts()) {
                return response;
            }
            retryReason = throttled.get();
            Duration delay = retry.delayBefore(attempt + 1, response);
            pause(() -> retry.sleeper().sleep(delay), endpoint);
        }
    }

    private RpcResponse send(URI endpoint, RpcRequest request, int attempt, String retryReason) {
        pause(pacer::acquire, endpoint);
        Map<String, String> query = new java.util.LinkedHashMap<>(request.query());
        Map<String, String> extraHeaders = decorator.decorate("POST", endpoint, query, request);
        if (query.containsKey("Action")) {
            ReadOnlyGuard.check(query.get("Action"), "query parameter Action", base(endpoint));
        }
        for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
            if (header.getKey().equalsIgnoreCase("x-acs-action")) {
                ReadOnlyGuard.check(header.getValue(), "header x-acs-action", base(endpoint));
            }
        }
        URI uri = URI.create(base(endpoint) + "/?" + PercentEncoder.queryString(query));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody());
        extraHeaders.forEach(builder::header);
        HttpRequest httpRequest = builder.build();
        Collection<String> secrets = decorator.secretValues();
        long started = System.nanoTime();
        // The client's own request timeout stops at the response headers; a body that stalls after them would
        // block for ever. So the whole answer, body included, is awaited for at most the request timeout.
        AtomicReference<HttpResponse.ResponseInfo> head = new AtomicReference<>();
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(httpRequest, info -> {
            head.set(info);
            return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
        });
        try {
            HttpResponse<String> response = pending.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
            HttpExchange exchange = new HttpExchange("POST", uri, httpRequest.headers().map(), response.statusCode(),
                    response.headers().map(), response.body(), since(started), null, attempt, retryReason).scrub(secrets);
            recorder.accept(exchange);
            unanswered.answered(base(endpoint));
            return new RpcResponse(request, exchange);
        } catch (TimeoutException e) {
            pending.cancel(true); // closes the connection
            HttpResponse.ResponseInfo info = head.get();
            throw noAnswer(request, endpoint, uri, httpRequest, started, attempt, retryReason, secrets, info == null
                    ? "no complete answer within the request timeout of " + seconds(requestTimeout)
                    : "HTTP " + info.statusCode() + " headers came" + contentLength(info)
                    + ", but the body did not complete within the request timeout of " + seconds(requestTimeout));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw noAnswer(request, endpoint, uri, httpRequest, started, attempt, retryReason, secrets, describe(io));
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while calling " + base(endpoint), null);
        }
    }

    private interface Wait {
        void run() throws InterruptedException;
    }

    private static void pause(Wait wait, URI endpoint) {
        try {
            wait.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while waiting to call " + base(endpoint), null);
        }
    }

    private TargetException noAnswer(RpcRequest request, URI endpoint, URI uri, HttpRequest httpRequest, long started,
                                     int attempt, String retryReason, Collection<String> secrets, String reason) {
        HttpExchange exchange = new HttpExchange("POST", uri, httpRequest.headers().map(), -1, Map.of(), null,
                since(started), reason, attempt, retryReason).scrub(secrets);
        recorder.accept(exchange);
        unanswered.unanswered(base(endpoint), exchange.transportError());
        return new TargetException(request.api().label() + " " + request.action() + " at " + base(endpoint)
                + ": " + exchange.transportError() + " (request " + exchange.requestLine() + ")", exchange);
    }

    private static String contentLength(HttpResponse.ResponseInfo info) {
        return info.headers().firstValue("Content-Length").map(n -> " (Content-Length " + n + ")").orElse("");
    }

    private String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "could not connect within " + seconds(requestTimeout);
        }
        if (e instanceof HttpTimeoutException) {
            return "no complete answer within the request timeout of " + seconds(requestTimeout);
        }
        if (e instanceof ConnectException) {
            return "connection refused (is the target running?)";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getMessage();
        }
        return "the connection failed mid-answer (" + message + ")";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String base(URI endpoint) {
        String s = endpoint.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

}
