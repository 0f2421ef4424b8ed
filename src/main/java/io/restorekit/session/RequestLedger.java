package io.restorekit.session;

import io.restorekit.report.RequestCount;
import io.restorekit.wire.HttpExchange;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every request a run sent, by what it asked (method, endpoint, action and parameters; signature, nonce and timestamp
 * aside): a scenario's count says how many of its requests asked again what the run had asked before. A retry is sent,
 * not repeated.
 */
public final class RequestLedger {
    /** Parameters that differ between two sendings of the same request. */
    private static final Set<String> PER_SENDING = Set.of("Signature", "SignatureNonce", "SignatureMethod",
            "SignatureVersion", "SignatureType", "Timestamp", "AccessKeyId", "SecurityToken");

    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    public RequestCount record(List<HttpExchange> exchanges) {
        int repeated = 0;
        for (HttpExchange e : exchanges) {
            if (e.attempt() == 1 && !asked.add(key(e))) {
                repeated++;
            }
        }
        return new RequestCount(exchanges.size(), repeated);
    }

    static String key(HttpExchange e) {
        String query = e.uri().getRawQuery();
        String params = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !PER_SENDING.contains(p.split("=", 2)[0])).sorted().collect(Collectors.joining("&"));
        String headers = Stream.of("x-acs-action", "x-acs-version").map(h -> h + "=" + e.requestHeader(h))
                .collect(Collectors.joining(","));
        return e.method() + " " + e.uri().getScheme() + "://" + e.uri().getRawAuthority() + e.uri().getRawPath()
                + "?" + params + " " + headers;
    }
}
