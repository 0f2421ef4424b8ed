package io.restorekit.wire;

import io.restorekit.api.ApiDescriptor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One RPC call as the official SDKs send it: Action, Version and Format first, then the parameters,
 * lists and objects flattened from index 1 ({@code Filters.1.Values.2}). Immutable; {@code with*}
 * returns a copy, so a scenario can derive variants of one request.
 */
public final class RpcRequest {
    private final ApiDescriptor api;
    private final String action;
    private final String version;
    private final Map<String, String> parameters;

    private RpcRequest(ApiDescriptor api, String action, String version, Map<String, String> parameters) {
        this.api = api;
        this.action = action;
        this.version = version;
        this.parameters = Collections.unmodifiableMap(parameters);
    }

    public static RpcRequest to(ApiDescriptor api) {
        return new RpcRequest(api, api.action(), api.version(), new LinkedHashMap<>());
    }

    /** Adds a parameter; a List or Map value is flattened (index from 1), anything else sent as its text. */
    public RpcRequest with(String name, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        flatten(name, value, copy);
        return new RpcRequest(api, action, version, copy);
    }

    /** Removes a parameter and everything flattened under it. */
    public RpcRequest without(String name) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.keySet().removeIf(k -> k.equals(name) || k.startsWith(name + "."));
        return new RpcRequest(api, action, version, copy);
    }

    /** Sends another action name (e.g. to check that an unknown one is rejected). */
    public RpcRequest withAction(String otherAction) {
        return new RpcRequest(api, otherAction, version, new LinkedHashMap<>(parameters));
    }

    public RpcRequest withVersion(String otherVersion) {
        return new RpcRequest(api, action, otherVersion, new LinkedHashMap<>(parameters));
    }

    /** The query as sent: Action, Version, Format, then the parameters in the order they were added. */
    public Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("Action", action);
        query.put("Version", version);
        query.put("Format", "JSON");
        query.putAll(parameters);
        return query;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    public ApiDescriptor api() {
        return api;
    }

    public String action() {
        return action;
    }

    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return "POST /?" + PercentEncoder.queryString(query());
    }

    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof List<?> list) {
            into.keySet().removeIf(k -> k.startsWith(prefix + "."));
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "." + (i + 1), list.get(i), into);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix + "." + k, v, into));
        } else if (value != null) {
            into.put(prefix, String.valueOf(value));
        }
    }
}
