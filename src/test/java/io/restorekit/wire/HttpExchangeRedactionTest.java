package io.restorekit.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an exchange keeps for the report: no secret header, parameter or value, whatever form it takes. */
class HttpExchangeRedactionTest {
    private static final String SECRET = "Kit/Secret+Value=";
    private static final String TOKEN = "CAIS/sts token+x=";

    @Test
    void secretHeadersAreRedactedOnBothSides() {
        HttpExchange exchange = new HttpExchange("POST", URI.create("http://h/?AccessKeyId=kit-id&PageSize=1"),
                Map.of("Authorization", List.of("ACS3-HMAC-SHA256 Credential=kit-id,SignedHeaders=host,Signature=ab"),
                        "X-Acs-Security-Token", List.of(TOKEN), "x-acs-action", List.of("DescribeRestoreJobs2")),
                200, Map.of("x-acs-security-token", List.of(TOKEN), "Authorization", List.of("echo")), "{}",
                Duration.ZERO, null, 1);
        assertThat(exchange.requestHeader("authorization")).isEqualTo("***");
        assertThat(exchange.requestHeader("x-acs-security-token")).isEqualTo("***");
        assertThat(exchange.responseHeader("X-ACS-SECURITY-TOKEN")).isEqualTo("***");
        assertThat(exchange.responseHeader("authorization")).isEqualTo("***");
        assertThat(exchange.uri().toString()).as("an AccessKeyId is not secret").contains("AccessKeyId=kit-id");
    }

    @Test
    void scrubRemovesEveryFormOfTheSecretsFromBodyUriHeadersAndErrors() {
        String encodedToken = PercentEncoder.encode(TOKEN);
        String body = "{\"Message\":\"Specified signature is not matched with our calculation. server string to sign is:"
                + "POST&%2F&AccessKeyId%3Dkit-id%26SecurityToken%3D" + PercentEncoder.encode(encodedToken)
                + " raw " + TOKEN + " secret " + SECRET + " form " + java.net.URLEncoder.encode(SECRET,
                java.nio.charset.StandardCharsets.UTF_8) + "\"}";
        HttpExchange exchange = new HttpExchange("POST",
                URI.create("http://h/?X=" + PercentEncoder.encode(SECRET) + "&SecurityToken=" + encodedToken),
                Map.of("X-Echo", List.of(TOKEN)), 400, Map.of("X-Echo", List.of(SECRET)), body, Duration.ZERO,
                "reset quoting " + SECRET, 2, "Throttling").scrub(List.of(SECRET, TOKEN));

        String all = exchange.uri() + " " + exchange.requestHeaders() + " " + exchange.responseHeaders() + " "
                + exchange.responseBody() + " " + exchange.transportError();
        for (String form : HttpExchange.forms(List.of(SECRET, TOKEN))) {
            assertThat(all).doesNotContain(form);
        }
        assertThat(exchange.responseBody()).contains("AccessKeyId%3Dkit-id");
        assertThat(exchange.attempt()).isEqualTo(2);
        assertThat(exchange.retryReason()).isEqualTo("Throttling");
    }

    @Test
    void aV3RequestLineNamesTheActionFromItsHeaders() {
        HttpExchange v3 = new HttpExchange("POST", URI.create("http://h/?PageSize=1"),
                Map.of("x-acs-action", List.of("DescribeRestoreJobs2"), "x-acs-version", List.of("2017-09-08")),
                200, Map.of(), "{}", Duration.ZERO, null, 1);
        assertThat(v3.requestLine()).isEqualTo("POST http://h/?PageSize=1 [x-acs-action: DescribeRestoreJobs2,"
                + " x-acs-version: 2017-09-08]");
        HttpExchange plain = new HttpExchange("POST", URI.create("http://h/?Action=DescribeRestoreJobs2&PageSize=1"),
                Map.of(), 200, Map.of(), "{}", Duration.ZERO, null, 1);
        assertThat(plain.requestLine()).isEqualTo("POST http://h/?Action=DescribeRestoreJobs2&PageSize=1");
        assertThat(plain.attemptNote()).isEmpty();
    }
}
