package io.restorekit.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.config.CallSettings;
import io.restorekit.signing.Credentials;
import io.restorekit.signing.SigningDecorator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Bounded retry of throttled answers against a loopback server that throttles its first k answers. Waits are
 * recorded by a fake sleeper, never slept: the assertions are on counts and requested waits, not on elapsed time.
 */
class RpcClientRetryTest {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<HttpExchange> recorded = new CopyOnWriteArrayList<>();

    private RpcClient client(int attempts, Duration initial, Duration max, RpcClient.RequestDecorator decorator) {
        return new RpcClient(Duration.ofSeconds(5), Duration.ofSeconds(5), decorator, recorded::add,
                new RetryPolicy(attempts, initial, max, waits::add), RequestPacer.unlimited());
    }

    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource({"400, Throttling", "400, Throttling.User", "400, Throttling.Api", "429, Throttling.User",
            "503, Throttling"})
    void aThrottledRequestIsSentAgainUntilItPasses(int status, String code) throws Exception {
        try (ThrottlingServer server = new ThrottlingServer(2, status, ThrottlingServer.error(code), Map.of())) {
            RpcResponse response = client(4, Duration.ofMillis(100), Duration.ofSeconds(10), null)
                    .call(server.base(), RpcRequest.to(TestApis.hbr()));

            assertThat(response.status()).isEqualTo(200);
            assertThat(server.requests()).isEqualTo(3);
            assertThat(recorded).extracting(HttpExchange::attempt).containsExactly(1, 2, 3);
            assertThat(recorded).extracting(HttpExchange::retryReason).containsExactly(null, code, code);
            assertThat(recorded).extracting(HttpExchange::status).containsExactly(status, status, 200);
            assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(response.exchange().attemptNote()).isEqualTo("attempt 3 (retry after " + code + ")");
        }
    }

    @Test
    void atMostMaxAttemptsThenTheThrottledAnswerIsReturned() throws Exception {
        try (ThrottlingServer server = new ThrottlingServer(100, 400, ThrottlingServer.error("Throttling.User"), Map.of())) {
            RpcResponse response = client(4, Duration.ofMillis(100), Duration.ofMillis(300), null)
                    .call(server.base(), RpcRequest.to(TestApis.dbs()));

            assertThat(server.requests()).isEqualTo(4);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.exchange().attempt()).isEqualTo(4);
            assertThat(waits).as("exponential, capped").containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                    Duration.ofMillis(300));
        }
    }

    @Test
    void oneAttemptMeansNoRetry() throws Exception {
        try (ThrottlingServer server = new ThrottlingServer(1, 400, ThrottlingServer.error("Throttling"), Map.of())) {
            RpcResponse response = client(1, Duration.ofMillis(100), Duration.ofSeconds(1), null)
                    .call(server.base(), RpcRequest.to(TestApis.hbr()));
            assertThat(server.requests()).isEqualTo(1);
            assertThat(response.status()).isEqualTo(400);
            assertThat(waits).isEmpty();
        }
    }

    @Test
    void theServersRetryAfterIsRespectedAndCapped() throws Exception {
        String body = "{\"RequestId\":\"T\",\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}";
        try (ThrottlingServer server = new ThrottlingServer(2, 503, body, Map.of("x-acs-retry-after", "2500"))) {
            RpcResponse response = client(4, Duration.ofMillis(100), Duration.ofSeconds(2), null)
                    .call(server.base(), RpcRequest.to(TestApis.hbr()));

            assertThat(response.status()).isEqualTo(200);
            assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
            assertThat(recorded.get(1).retryReason()).isEqualTo("x-acs-retry-after: 2500");
        }
        waits.clear();
        try (ThrottlingServer server = new ThrottlingServer(1, 400, ThrottlingServer.error("Throttling.User"),
                Map.of("x-acs-retry-after", "750"))) {
            client(4, Duration.ofMillis(100), Duration.ofSeconds(2), null).call(server.base(), RpcRequest.to(TestApis.hbr()));
            assertThat(waits).containsExactly(Duration.ofMillis(750));
        }
    }

    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource({"400, InvalidParameter", "404, InvalidAction.NotFound", "500, Throttling", "403, Throttling.User",
            "400, SignatureDoesNotMatch"})
    void otherErrorsAreNotRetried(int status, String code) throws Exception {
        try (ThrottlingServer server = new ThrottlingServer(1, status, ThrottlingServer.error(code), Map.of())) {
            RpcResponse response = client(4, Duration.ofMillis(100), Duration.ofSeconds(1), null)
                    .call(server.base(), RpcRequest.to(TestApis.hbr()));
            assertThat(response.status()).isEqualTo(status);
            assertThat(server.requests()).isEqualTo(1);
            assertThat(waits).isEmpty();
        }
    }

    @Test
    void everyAttemptIsSignedAfresh() throws Exception {
        SigningDecorator signing = new SigningDecorator(Credentials.of("retry-id", "retry-secret"), CallSettings.Signature.V3);
        try (ThrottlingServer server = new ThrottlingServer(2, 400, ThrottlingServer.error("Throttling.User"), Map.of())) {
            client(4, Duration.ofMillis(1), Duration.ofMillis(1), signing).call(server.base(), RpcRequest.to(TestApis.hbr()));

            List<String> nonces = server.requestHeaders.stream()
                    .map(h -> h.get("X-acs-signature-nonce").get(0)).toList();
            assertThat(nonces).hasSize(3).doesNotHaveDuplicates();
            assertThat(recorded).extracting(e -> e.requestHeader("Authorization")).containsOnly("***");
        }
    }
}
