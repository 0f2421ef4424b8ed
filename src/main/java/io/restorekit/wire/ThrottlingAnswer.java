package io.restorekit.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises Alibaba Cloud's "slow down" answers: HTTP 400, 429 or 503 carrying a throttling code ({@code Throttling},
 * {@code Throttling.User}, {@code Throttling.Api}, any other {@code Throttling.*}) or an {@code x-acs-retry-after}
 * header (milliseconds, as the official SDKs read it).
 */
public final class ThrottlingAnswer {
    public static final String RETRY_AFTER_HEADER = "x-acs-retry-after";
    private static final Set<Integer> STATUSES = Set.of(400, 429, 503);
    private static final Pattern CODE = Pattern.compile("Throttling(\\..+)?");

    private ThrottlingAnswer() {
    }

    /** Why this answer is a throttling answer ("Throttling.User", "x-acs-retry-after: 2000"), or empty when it is not. */
    public static Optional<String> reason(RpcResponse response) {
        if (!STATUSES.contains(response.status())) {
            return Optional.empty();
        }
        Optional<String> code = code(response);
        if (code.isPresent()) {
            return code;
        }
        String retryAfter = response.exchange().responseHeader(RETRY_AFTER_HEADER);
        return retryAfter == null ? Optional.empty() : Optional.of(RETRY_AFTER_HEADER + ": " + retryAfter.trim());
    }

    /** The server's requested wait, when it sent a positive {@code x-acs-retry-after} (milliseconds). */
    public static Optional<Duration> retryAfter(HttpExchange exchange) {
        String value = exchange.responseHeader(RETRY_AFTER_HEADER);
        if (value == null) {
            return Optional.empty();
        }
        try {
            long millis = Long.parseLong(value.trim());
            return millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> code(RpcResponse response) {
        JsonNode json = response.json();
        if (json == null) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>(List.of("Code"));
        if (response.request() != null && response.request().api() != null) {
            fields.addAll(response.request().api().error().codeFields());
        }
        for (String field : fields) {
            String value = json.path(field).asText("");
            if (CODE.matcher(value).matches()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
