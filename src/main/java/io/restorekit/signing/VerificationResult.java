package io.restorekit.signing;

import java.util.Objects;

/**
 * A {@link SignatureVerifier} verdict: {@code ok}, or the Alibaba Cloud error code and a message saying what was wrong.
 * {@code code} is {@code null} when {@code ok}. No HTTP status here: the caller builds the HTTP answer.
 */
public record VerificationResult(boolean ok, String code, String message) {

    /** The signature did not match (wrong secret, tampered request, wrong payload hash). */
    public static final String SIGNATURE_DOES_NOT_MATCH = "SignatureDoesNotMatch";
    /** The AccessKeyId is not one the verifier knows. */
    public static final String INVALID_ACCESS_KEY_ID_NOT_FOUND = "InvalidAccessKeyId.NotFound";
    /** No or malformed Authorization, a required header not signed or missing, a V1 parameter missing. */
    public static final String INCOMPLETE_SIGNATURE = "IncompleteSignature";

    public VerificationResult {
        Objects.requireNonNull(message, "message");
        if (ok != (code == null)) {
            throw new IllegalArgumentException("a result has a code exactly when it is not ok");
        }
    }

    static VerificationResult verified(String message) {
        return new VerificationResult(true, null, message);
    }

    static VerificationResult failure(String code, String message) {
        return new VerificationResult(false, Objects.requireNonNull(code, "code"), message);
    }
}
