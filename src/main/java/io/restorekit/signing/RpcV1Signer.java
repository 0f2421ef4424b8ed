package io.restorekit.signing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * RPC signature version 1.0, HMAC-SHA1 (the SDK's {@code signatureAlgorithm = "v2"}). Adds, as the SDK does,
 * {@code Action}, {@code Format=json}, {@code Version}, {@code Timestamp}, {@code SignatureNonce}, {@code SecurityToken}
 * (STS only), {@code SignatureMethod=HMAC-SHA1}, {@code SignatureVersion=1.0}, {@code AccessKeyId} and
 * {@code Signature} to the query; no headers. The body is not signed (both actions send an empty body).
 */
public final class RpcV1Signer implements RequestSigner {

    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    public static final String SIGNATURE_VERSION = "1.0";

    private final Clock clock;
    private final Supplier<String> nonces;

    /** System UTC clock, random 32-hex-digit nonces. */
    public RpcV1Signer() {
        this(Clock.systemUTC(), SigningSupport::randomNonce);
    }

    /** Fixed clock and nonces make signatures reproducible. */
    public RpcV1Signer(Clock clock, Supplier<String> nonces) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    @Override
    public SignedParts sign(SignableRequest request, Credentials credentials, String action, String version) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(version, "version");

        Map<String, String> added = new LinkedHashMap<>();
        added.put("Action", action);
        added.put("Format", "json");
        added.put("Version", version);
        added.put("Timestamp", SigningSupport.timestamp(clock));
        added.put("SignatureNonce", nonces.get());
        if (credentials.hasSecurityToken()) {
            added.put(SigningSupport.SECURITY_TOKEN_PARAMETER, credentials.securityToken());
        }
        added.put("SignatureMethod", SIGNATURE_METHOD);
        added.put("SignatureVersion", SIGNATURE_VERSION);
        added.put("AccessKeyId", credentials.accessKeyId());

        Map<String, String> signed = new LinkedHashMap<>(request.query());
        signed.putAll(added);
        signed.remove("Signature");
        added.put("Signature", RpcV1Canonicalizer.signature(credentials.accessKeySecret(),
                RpcV1Canonicalizer.stringToSign(request.method(), signed)));
        return new SignedParts(Map.of(), added);
    }
}
