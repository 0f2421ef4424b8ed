package io.restorekit.reference.routing;

import com.github.tomakehurst.wiremock.http.Request;
import io.restorekit.reference.engine.ApiException;
import io.restorekit.reference.engine.RpcRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request the way the official SDKs send it: parameters in the query string (V1 signing also puts
 * {@code Action}/{@code Version} there), or in an {@code application/x-www-form-urlencoded} body; V3 signing puts
 * {@code Action}/{@code Version} in the headers {@code x-acs-action}/{@code x-acs-version}. A query value wins over a
 * header value. The SDK's empty chunked body needs nothing special: Jetty de-chunks it.
 */
final class RpcRequestParser {
    private RpcRequestParser() {
    }

    static RpcRequest parse(Request request) {
        Map<String, String> params = new LinkedHashMap<>();
        String url = request.getUrl();
        int q = url.indexOf('?');
        if (q >= 0) {
            decodeInto(url.substring(q + 1), params);
        }
        String contentType = header(request, "Content-Type");
        if (contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            decodeInto(request.getBodyAsString(), params);
        }
        String action = params.getOrDefault("Action", header(request, "x-acs-action"));
        String version = params.getOrDefault("Version", header(request, "x-acs-version"));
        String host = header(request, "Host");
        return new RpcRequest(request.getMethod().getName(), action, version, params,
                host != null ? host : request.getHost());
    }

    private static String header(Request request, String name) {
        return request.containsHeader(name) ? request.getHeader(name) : null;
    }

    /** {@code a=1&b=x+y%7E}: '+' is a space, as in the SDK's encoding; the first occurrence of a name wins. */
    static void decodeInto(String encoded, Map<String, String> params) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "InvalidParameter", "Malformed percent-encoding in the request: " + s);
        }
    }
}
