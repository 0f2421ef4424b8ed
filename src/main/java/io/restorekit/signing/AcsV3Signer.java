package io.restorekit.signing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * ACS3-HMAC-SHA256 (signature V3), the official SDK's default. Action and Version travel in {@code x-acs-action} /
 * {@code x-acs-version}; the query is left as it is. Signs {@code host}, {@code content-type} when the request has one,
 * every {@code x-acs-*} header the request already carries (the SDK adds {@code x-acs-credentials-provider}) and those
 * added here.
 */
public final class AcsV3Signer implements RequestSigner {

    public static final String ALGORITHM = AcsV3Canonicalizer.ALGORITHM;

    private final Clock clock;
    private final Supplier<String> nonces;

    /** System UTC clock, random 32-hex-digit nonces. */
    public AcsV3Signer() {
        this(Clock.systemUTC(), SigningSupport::randomNonce);
    }

    /** Fixed clock and nonces make signatures reproducible. */
    public AcsV3Signer(Clock clock, Supplier<String> nonces) {
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
        added.put("host", request.host());
        added.put("x-acs-action", action);
        added.put("x-acs-version", version);
        added.put("x-acs-date", SigningSupport.timestamp(clock));
        added.put("x-acs-signature-nonce", nonces.get());
        added.put("x-acs-content-sha256", SigningSupport.sha256Hex(request.body()));
        if (credentials.hasSecurityToken()) {
            added.put(SigningSupport.SECURITY_TOKEN_HEADER, credentials.securityToken());
        }

        SortedMap<String, String> signed = new TreeMap<>();
        request.headers().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (AcsV3Canonicalizer.isSignable(lower)) {
                signed.put(lower, value);
            }
        });
        signed.putAll(added);

        String canonicalRequest = AcsV3Canonicalizer.canonicalRequest(request.method(), request.path(),
                request.query(), signed, added.get("x-acs-content-sha256"));
        String signature = AcsV3Canonicalizer.signature(credentials.accessKeySecret(),
                AcsV3Canonicalizer.stringToSign(canonicalRequest));
        added.put("Authorization", AcsV3Canonicalizer.authorization(credentials.accessKeyId(),
                AcsV3Canonicalizer.signedHeaderNames(signed), signature));
        return new SignedParts(added, Map.of());
    }
}
