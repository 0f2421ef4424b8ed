package io.restorekit.wire;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One request and what came back, kept for the report. A transport failure (no answer, reset, timeout)
 * has status -1 and {@link #transportError()} set. Credentials are redacted on the way in, so nothing
 * that holds an exchange can leak them: the {@code Authorization} and {@code x-acs-security-token} headers (request
 * and response) and the {@code Signature}, {@code SecurityToken} and {@code AccessKeySecret} query parameters.
 * {@link #scrub(Collection)} also removes known secret values wherever they appear (e.g. a server quoting the string
 * it signed). {@code attempt} counts from 1; a retry names why in {@code retryReason} (null on the first attempt).
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
        int attempt,
        String retryReason) {

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-acs-security-token");
    private static final Pattern SECRET_QUERY =
            Pattern.compile("(?<=[?&])(Signature|SecurityToken|AccessKeySecret)=[^&]*");
    static final String REDACTED = "***";

    public HttpExchange {
        uri = URI.create(SECRET_QUERY.matcher(uri.toString()).replaceAll("$1=" + REDACTED));
        requestHeaders = redact(requestHeaders);
        responseHeaders = redact(responseHeaders);
    }

    /** A first attempt. */
    public HttpExchange(String method, URI uri, Map<String, List<String>> requestHeaders, int status,
                        Map<String, List<String>> responseHeaders, String responseBody, Duration elapsed,
                        String transportError, int attempt) {
        this(method, uri, requestHeaders, status, responseHeaders, responseBody, elapsed, transportError, attempt, null);
    }

    public boolean answered() {
        return transportError == null;
    }

    /** The response's first value of a header, case-insensitively. */
    public String responseHeader(String name) {
        return first(responseHeaders, name);
    }

    /** The request's first value of a header, case-insensitively. */
    public String requestHeader(String name) {
        return first(requestHeaders, name);
    }

    /**
     * "POST http://127.0.0.1:8080/?Action=…" for failure messages. A V3-signed request carries its action in headers,
     * not in the query: then the line names them too.
     */
    public String requestLine() {
        String line = method + " " + uri;
        String action = requestHeader("x-acs-action");
        String query = uri.getRawQuery();
        if (action != null && (query == null || !(query.startsWith("Action=") || query.contains("&Action=")))) {
            line += " [x-acs-action: " + action + ", x-acs-version: " + requestHeader("x-acs-version") + "]";
        }
        return line;
    }

    /** "attempt 2 (retry after Throttling.User)", or empty for a first attempt. */
    public String attemptNote() {
        if (attempt <= 1) {
            return "";
        }
        return "attempt " + attempt + (retryReason == null ? "" : " (retry after " + retryReason + ")");
    }

    /** The same exchange with every form of each of {@code secrets} (raw, percent-encoded, form-encoded) replaced. */
    public HttpExchange scrub(Collection<String> secrets) {
        List<String> forms = forms(secrets);
        if (forms.isEmpty()) {
            return this;
        }
        return new HttpExchange(method, URI.create(replace(uri.toString(), forms)), replace(requestHeaders, forms),
                status, replace(responseHeaders, forms), replace(responseBody, forms), elapsed,
                replace(transportError, forms), attempt, replace(retryReason, forms));
    }

    /** Every form a secret may take in text: raw, RFC 3986 encoded, form-encoded, doubly encoded; longest first. */
    public static List<String> forms(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isBlank()) {
                continue;
            }
            forms.add(secret);
            forms.add(PercentEncoder.encode(secret));
            forms.add(PercentEncoder.encode(PercentEncoder.encode(secret)));
            forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            forms.add(secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static String replace(String text, List<String> forms) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String form : forms) {
            out = out.replace(form, REDACTED);
        }
        return out;
    }

    private static Map<String, List<String>> replace(Map<String, List<String>> headers, List<String> forms) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> out.put(k, v.stream().map(value -> replace(value, forms)).toList()));
        return out;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    private static Map<String, List<String>> redact(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> out.put(k, SECRET_HEADERS.contains(k.toLowerCase(Locale.ROOT)) ? List.of(REDACTED) : List.copyOf(v)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
