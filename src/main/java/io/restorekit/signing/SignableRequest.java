package io.restorekit.signing;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a signer needs to know about an HTTP request, and what a verifier receives: method, host (with the port when it
 * is not the scheme's default, as sent in the {@code Host} header), path, the query parameters already flattened and
 * decoded ({@code "Filters.1.Values.1" -> "v"}), headers and body. Header names keep their case; look them up with
 * {@link #header(String)}, which ignores case. Maps are copied, keep their insertion order and reject nulls.
 */
public record SignableRequest(String method, String host, String path, Map<String, String> query,
        Map<String, String> headers, byte[] body) {

    public SignableRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(host, "host");
        path = path == null || path.isBlank() ? "/" : path;
        query = copy(query, "query");
        headers = copy(headers, "headers");
        body = body == null ? new byte[0] : body.clone();
    }

    /** The shape of both RPC actions: {@code POST /}, every parameter in the query, no headers, empty body. */
    public static SignableRequest rpcPost(String host, Map<String, String> query) {
        return new SignableRequest("POST", host, "/", query, Map.of(), new byte[0]);
    }

    /** A header value by case-insensitive name. */
    public Optional<String> header(String name) {
        return SigningSupport.header(headers, name);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The same request with these headers added (replacing any of the same name, ignoring case) and parameters added. */
    public SignableRequest with(Map<String, String> extraHeaders, Map<String, String> extraQuery) {
        Map<String, String> mergedHeaders = new LinkedHashMap<>(headers);
        extraHeaders.forEach((name, value) -> {
            mergedHeaders.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            mergedHeaders.put(name, value);
        });
        Map<String, String> mergedQuery = new LinkedHashMap<>(query);
        mergedQuery.putAll(extraQuery);
        return new SignableRequest(method, host, path, mergedQuery, mergedHeaders, body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignableRequest that && method.equals(that.method) && host.equals(that.host)
                && path.equals(that.path) && query.equals(that.query) && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, host, path, query, headers, Arrays.hashCode(body));
    }

    /** Masks a security token wherever it appears ({@code SecurityToken} parameter, {@code x-acs-security-token}). */
    @Override
    public String toString() {
        return "SignableRequest[" + method + " " + host + path + ", query=" + SigningSupport.masked(query)
                + ", headers=" + SigningSupport.masked(headers) + ", body=" + body.length + " bytes]";
    }

    private static Map<String, String> copy(Map<String, String> source, String what) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(Objects.requireNonNull(key, () -> what + " key"),
                Objects.requireNonNull(value, () -> what + " value of " + key)));
        return Collections.unmodifiableMap(copy);
    }
}
