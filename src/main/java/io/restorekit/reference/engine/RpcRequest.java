package io.restorekit.reference.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One RPC-style call as the server understood it: the API ({@code Action}, {@code Version}), the flat parameters
 * (query string first, then a form body; the first occurrence of a name wins) and the {@code Host} it was sent to.
 */
public record RpcRequest(String method, String action, String version, Map<String, String> params, String host) {

    public RpcRequest {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }
}
