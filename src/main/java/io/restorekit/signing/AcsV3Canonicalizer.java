package io.restorekit.signing;

import io.restorekit.wire.PercentEncoder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;

/**
 * The ACS3-HMAC-SHA256 canonical request, string to sign and signature, byte for byte as the official
 * {@code com.aliyun.openapiutil.Client.getAuthorization} builds them.
 */
final class AcsV3Canonicalizer {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private AcsV3Canonicalizer() {
    }

    /** Headers the SDK signs whenever they are present: {@code host}, {@code content-type} and every {@code x-acs-*}. */
    static boolean isSignable(String lowerCaseName) {
        return lowerCaseName.equals("host") || lowerCaseName.equals("content-type")
                || lowerCaseName.startsWith("x-acs-");
    }

    /**
     * Parameters sorted by raw name (as the SDK does: {@code Arrays.sort} on the decoded keys), each as
     * {@code encode(name)=encode(value)}, joined by {@code &}; an empty value keeps its {@code =}.
     */
    static String canonicalQuery(Map<String, String> query) {
        List<String> names = new ArrayList<>(query.keySet());
        names.sort(null);
        StringJoiner joined = new StringJoiner("&");
        for (String name : names) {
            joined.add(PercentEncoder.encode(name) + "=" + PercentEncoder.encode(query.get(name)));
        }
        return joined.toString();
    }

    /**
     * @param signedHeaders lower-case names in signing order to their values (trimmed here)
     */
    static String canonicalRequest(String method, String path, Map<String, String> query,
            SortedMap<String, String> signedHeaders, String hashedPayload) {
        StringBuilder headers = new StringBuilder();
        signedHeaders.forEach((name, value) -> headers.append(name).append(':').append(value.trim()).append('\n'));
        return method + '\n'
                + (path == null || path.isBlank() ? "/" : path) + '\n'
                + canonicalQuery(query) + '\n'
                + headers + '\n'
                + signedHeaderNames(signedHeaders) + '\n'
                + hashedPayload;
    }

    static String signedHeaderNames(SortedMap<String, String> signedHeaders) {
        return String.join(";", signedHeaders.keySet());
    }

    static String stringToSign(String canonicalRequest) {
        return ALGORITHM + '\n' + SigningSupport.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    static String signature(String secret, String stringToSign) {
        return SigningSupport.hex(SigningSupport.hmac("HmacSHA256", secret, stringToSign));
    }

    static String authorization(String accessKeyId, String signedHeaderNames, String signature) {
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaderNames
                + ",Signature=" + signature;
    }
}
