package io.restorekit.snapshot;

import io.restorekit.wire.PercentEncoder;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A request as a recording knows it: its method and its parameters, sorted, in the RPC form (Action and Version as
 * parameters, also when V3 signing sent them as the {@code x-acs-action} and {@code x-acs-version} headers), without
 * the signing parameters (they change on every send and are secrets or derived from one) and without {@code Format}
 * (how to encode the answer: every kit request asks JSON, V1 signing spells it {@code json}, V3 does not send it).
 * Two sends of the same call are the same {@code SnapshotRequest}, however they were signed.
 */
public record SnapshotRequest(String method, Map<String, String> parameters) {
    /** V1 signing's query parameters (V3 signs in headers, which a recording never matches on). */
    public static final Set<String> SIGNING_PARAMETERS = Set.of("Signature", "SignatureMethod", "SignatureVersion",
            "SignatureNonce", "SignatureType", "Timestamp", "AccessKeyId", "SecurityToken", "BearerToken", "AccessKeySecret");

    public SnapshotRequest {
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /** Not part of a recorded request: see the class comment. */
    static final String FORMAT = "Format";

    public static SnapshotRequest of(io.restorekit.wire.HttpExchange exchange) {
        return of(exchange.method(), exchange.uri(), exchange::requestHeader);
    }

    /**
     * The request of {@code uri}: its query's parameters (percent-decoded; the first of a repeated name), unsigned, with
     * Action and Version from the V3 headers ({@code header}: a request header's value by name, or null) when the
     * query has none.
     */
    public static SnapshotRequest of(String method, URI uri, java.util.function.UnaryOperator<String> header) {
        Map<String, String> parameters = new TreeMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = PercentEncoder.decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : PercentEncoder.decode(pair.substring(eq + 1));
                if (!SIGNING_PARAMETERS.contains(name) && !name.equals(FORMAT)) {
                    parameters.putIfAbsent(name, value);
                }
            }
        }
        for (String[] v3 : new String[][] {{"Action", "x-acs-action"}, {"Version", "x-acs-version"}}) {
            String value = header.apply(v3[1]);
            if (value != null && !parameters.containsKey(v3[0])) {
                parameters.put(v3[0], value);
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
