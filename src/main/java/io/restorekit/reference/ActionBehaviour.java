package io.restorekit.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the reference does for one API ({@code Action} + {@code Version}). Subclasses keep every documented rule in a
 * small protected method so that a faulty variant (a "mutation") can override exactly one of them; see
 * {@link BehaviourSet} for how a variant is swapped into a running server.
 */
public abstract class ActionBehaviour {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");

    /** Lower-case product code used in the error body's {@code Recommend} link, e.g. {@code hbr}. */
    public abstract String product();

    public abstract String action();

    public abstract String version();

    /** Whether this behaviour answers a call naming {@code action} and {@code version}: exactly its own, as documented. */
    public boolean answers(String action, String version) {
        return action().equals(action) && version().equals(version);
    }

    /** The success body (HTTP 200). Throws {@link ApiException} for input the API refuses. */
    public abstract ObjectNode success(RpcRequest request, String requestId);

    /** The error body for a refused request; the HTTP status is {@link ApiException#status()}. */
    public ObjectNode error(ApiException e, RpcRequest request, String requestId) {
        return AlibabaError.body(e, requestId, request.host(), product());
    }

    /** An optional integer parameter: absent means {@code defaultValue}; anything but a 32-bit integer is refused. */
    protected int intParam(RpcRequest request, String name, int defaultValue) {
        Optional<String> raw = request.param(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String value = raw.get();
        if (!INTEGER.matcher(value).matches()) {
            throw ApiException.invalidParameter(name, "'" + value + "' is not an integer");
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name, "'" + value + "' is out of the integer range");
        }
    }

    /** An optional enumerated parameter: absent means {@code defaultValue} (may be null); values are case-sensitive. */
    protected String enumParam(RpcRequest request, String name, List<String> allowed, String defaultValue) {
        Optional<String> raw = request.param(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        if (!allowed.contains(raw.get())) {
            throw ApiException.invalidParameter(name, "'" + raw.get() + "' is not one of " + allowed);
        }
        return raw.get();
    }

    /** Items {@code [offset, offset + size)} of {@code all}; empty past the end. */
    protected static <T> List<T> slice(List<T> all, long offset, int size) {
        if (offset >= all.size()) {
            return List.of();
        }
        int from = (int) offset;
        return all.subList(from, (int) Math.min(all.size(), offset + size));
    }
}
