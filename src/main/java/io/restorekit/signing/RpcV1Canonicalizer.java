package io.restorekit.signing;

import io.restorekit.wire.PercentEncoder;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The RPC signature version 1.0 (HMAC-SHA1) string to sign and signature, as the official
 * {@code com.aliyun.openapiutil.Client.getRPCSignature} builds them.
 */
final class RpcV1Canonicalizer {

    private RpcV1Canonicalizer() {
    }

    /**
     * Parameters sorted by raw name, {@code encode(name)=encode(value)} joined by {@code &}. Like the SDK, parameters
     * with an empty value are left out of the signature (they may still be on the wire).
     */
    static String canonicalQuery(Map<String, String> parameters) {
        List<String> names = new ArrayList<>(parameters.keySet());
        names.sort(null);
        StringJoiner joined = new StringJoiner("&");
        for (String name : names) {
            String value = parameters.get(name);
            if (value != null && !value.isEmpty()) {
                joined.add(PercentEncoder.encode(name) + "=" + PercentEncoder.encode(value));
            }
        }
        return joined.toString();
    }

    /** {@code METHOD&%2F&percentEncode(canonicalQuery)}; {@code parameters} must not contain {@code Signature}. */
    static String stringToSign(String method, Map<String, String> parameters) {
        return method + "&" + PercentEncoder.encode("/") + "&" + PercentEncoder.encode(canonicalQuery(parameters));
    }

    /** Base64 of HMAC-SHA1 keyed with {@code secret + "&"}. */
    static String signature(String secret, String stringToSign) {
        return Base64.getEncoder().encodeToString(SigningSupport.hmac("HmacSHA1", secret + "&", stringToSign));
    }
}
