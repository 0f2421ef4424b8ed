package io.restorekit.signing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a signer adds to a request: headers (V3: {@code host}, {@code x-acs-*}, {@code Authorization}) and query
 * parameters (V1: {@code Action}, {@code Version}, {@code Timestamp}, …, {@code Signature}).
 */
public record SignedParts(Map<String, String> headers, Map<String, String> queryParameters) {

    public SignedParts {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(queryParameters));
    }

    /** The request as it goes on the wire: the signed parts added to it. */
    public SignableRequest applyTo(SignableRequest request) {
        return request.with(headers, queryParameters);
    }

    /** Masks a security token wherever it appears. */
    @Override
    public String toString() {
        return "SignedParts[headers=" + SigningSupport.masked(headers) + ", queryParameters="
                + SigningSupport.masked(queryParameters) + "]";
    }
}
