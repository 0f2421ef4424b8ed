package io.restorekit.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.wire.HttpExchange;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exchange attached to a scenario's report says which attempt it was, and why it was retried. */
class HooksRenderTest {

    private static HttpExchange exchange(int attempt, String retryReason) {
        return new HttpExchange("POST", URI.create("http://127.0.0.1:1/?PageSize=1&Signature=abc"),
                Map.of("x-acs-action", List.of("DescribeRestoreJobs2"), "x-acs-version", List.of("2017-09-08"),
                        "Authorization", List.of("ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=ff")),
                200, Map.of("Content-Type", List.of("application/json")), "{\"RequestId\":\"R\"}", Duration.ofMillis(3),
                null, attempt, retryReason);
    }

    @Test
    void aRetryShowsItsAttemptAndReason() {
        String text = Hooks.render(exchange(2, "Throttling.User"));
        assertThat(text.lines().findFirst()).contains("# attempt 2 (retry after Throttling.User)");
        assertThat(text).contains("> POST http://127.0.0.1:1/?PageSize=1&Signature=*** [x-acs-action: DescribeRestoreJobs2,"
                + " x-acs-version: 2017-09-08]").contains("> Authorization: ***").doesNotContain("Signature=ff");
    }

    @Test
    void aFirstAttemptHasNoNote() {
        assertThat(Hooks.render(exchange(1, null))).startsWith("> POST ").doesNotContain("attempt");
    }
}
