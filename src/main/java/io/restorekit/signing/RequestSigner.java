package io.restorekit.signing;

/** Signs one RPC call; implementations are thread-safe. */
public interface RequestSigner {

    /**
     * Computes what to add to {@code request} so that it is signed for {@code action} / {@code version}. The request
     * itself is not changed; see {@link SignedParts#applyTo(SignableRequest)}.
     */
    SignedParts sign(SignableRequest request, Credentials credentials, String action, String version);

    /** ACS3-HMAC-SHA256 with the system clock and random nonces (the official SDK's default). */
    static RequestSigner acsV3() {
        return new AcsV3Signer();
    }

    /** HMAC-SHA1 signature version 1.0 with the system clock and random nonces. */
    static RequestSigner rpcV1() {
        return new RpcV1Signer();
    }
}
