package io.restorekit.wire;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One request and what came back, kept for the report. A transport failure (no answer, reset, timeout)
 * has status -1 and {@link #transportError()} set. Credentials are redacted on the way in, so nothing
 * that holds an exchange can leak them.
 */
public record HttpExchange(
        String method,
        URI uri,
        Map<String, List<String>> requestHeaders,
        int status,
        Map<String, List<String>> responseHeaders,
        String responseBody,
        Duration elapsed,
        String transportError,
        int attempt) {

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-acs-security-token");
    private static final Pattern SECRET_QUERY =
            Pattern.compile("(?<=[?&])(Signature|SecurityToken|AccessKeySecret)=[^&]*");
    static final String REDACTED = "***";

    public HttpExchange {
        uri = URI.create(SECRET_QUERY.matcher(uri.toString()).replaceAll("$1=" + REDACTED));
        requestHeaders = redact(requestHeaders);
        responseHeaders = responseHeaders == null ? Map.of() : responseHeaders;
    }

    public boolean answered() {
        return transportError == null;
    }

    /** The response's first value of a header, case-insensitively. */
    public String responseHeader(String name) {
        return responseHeaders.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    /** "POST http://127.0.0.1:8080/?Action=…" for failure messages. */
    public String requestLine() {
        return method + " " + uri;
    }

    private static Map<String, List<String>> redact(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> out.put(k, SECRET_HEADERS.contains(k.toLowerCase(Locale.ROOT)) ? List.of(REDACTED) : List.copyOf(v)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
