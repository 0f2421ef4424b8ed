package io.restorekit.snapshot;

import io.restorekit.wire.PercentEncoder;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A request as a recording knows it: its method and its parameters, sorted, without the signing parameters (they
 * change on every send and are secrets or derived from one, so they are never part of what a recording matches).
 * Two sends of the same call are the same {@code SnapshotRequest}, however they were signed.
 */
public record SnapshotRequest(String method, Map<String, String> parameters) {
    /** V1 signing's query parameters (V3 signs in headers, which a recording never matches on). */
    public static final Set<String> SIGNING_PARAMETERS = Set.of("Signature", "SignatureMethod", "SignatureVersion",
            "SignatureNonce", "SignatureType", "Timestamp", "AccessKeyId", "SecurityToken", "BearerToken", "AccessKeySecret");

    public SnapshotRequest {
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /** The request of {@code uri}: its query's parameters (percent-decoded; the first of a repeated name), unsigned. */
    public static SnapshotRequest of(String method, URI uri) {
        Map<String, String> parameters = new TreeMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = PercentEncoder.decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : PercentEncoder.decode(pair.substring(eq + 1));
                if (!SIGNING_PARAMETERS.contains(name)) {
                    parameters.putIfAbsent(name, value);
                }
            }
        }
        return new SnapshotRequest(method, parameters);
    }

    /** The same request with every parameter value rewritten (e.g. masked identifiers). */
    public SnapshotRequest mapValues(java.util.function.UnaryOperator<String> rewrite) {
        Map<String, String> rewritten = new TreeMap<>();
        parameters.forEach((k, v) -> rewritten.put(k, rewrite.apply(v)));
        return new SnapshotRequest(method, rewritten);
    }

    /** {@code POST /?Action=…&PageSize=10}, parameters sorted: how reports and near-miss answers name it. */
    public String line() {
        return method + " /?" + parameters.entrySet().stream()
                .map(e -> PercentEncoder.encode(e.getKey()) + "=" + PercentEncoder.encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return line();
    }
}
