package io.restorekit.signing;

import io.restorekit.wire.PercentEncoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Server side: checks the signature of a received request, V3 (an {@code Authorization: ACS3-HMAC-SHA256 ...} header)
 * or V1 ({@code Signature} and friends in the query), against known AccessKey secrets. Checks, in order: completeness
 * ({@link VerificationResult#INCOMPLETE_SIGNATURE}), the key id ({@link VerificationResult#INVALID_ACCESS_KEY_ID_NOT_FOUND}),
 * then the signature ({@link VerificationResult#SIGNATURE_DOES_NOT_MATCH}). It does not check timestamp freshness,
 * nonce reuse or STS tokens. Thread-safe if the lookup is.
 */
public final class SignatureVerifier {

    /** Headers a V3 request must sign. */
    static final List<String> V3_REQUIRED_SIGNED_HEADERS = List.of("host", "x-acs-action", "x-acs-version",
            "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256");
    /** Parameters a V1 request must carry. */
    static final List<String> V1_REQUIRED_PARAMETERS = List.of("AccessKeyId", "Signature", "SignatureMethod",
            "SignatureVersion", "SignatureNonce", "Timestamp");

    private final Function<String, Optional<String>> secrets;

    /** @param secrets the secret of an AccessKeyId, or empty when the id is unknown */
    public SignatureVerifier(Function<String, Optional<String>> secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /** A verifier that knows exactly these AccessKeyId → secret pairs. */
    public static SignatureVerifier forKeys(Map<String, String> secretsById) {
        Map<String, String> copy = Map.copyOf(secretsById);
        return new SignatureVerifier(id -> Optional.ofNullable(copy.get(id)));
    }

    /** A verifier that knows exactly these credentials. */
    public static SignatureVerifier forCredentials(Credentials... credentials) {
        Map<String, String> secretsById = new LinkedHashMap<>();
        for (Credentials c : credentials) {
            secretsById.put(c.accessKeyId(), c.accessKeySecret());
        }
        return forKeys(secretsById);
    }

    /** @param received the request as received: decoded query parameters, headers (any case), body */
    public VerificationResult verify(SignableRequest received) {
        Objects.requireNonNull(received, "received");
        Optional<String> authorization = received.header("Authorization");
        if (authorization.isPresent()) {
            return verifyV3(received, authorization.get().trim());
        }
        if (received.query().containsKey("Signature") || received.query().containsKey("AccessKeyId")
                || received.query().containsKey("SignatureMethod")) {
            return verifyV1(received);
        }
        return incomplete("The request is not signed: no Authorization header (ACS3-HMAC-SHA256) and no Signature "
                + "query parameter (HMAC-SHA1).");
    }

    private VerificationResult verifyV3(SignableRequest received, String authorization) {
        int space = authorization.indexOf(' ');
        String algorithm = space < 0 ? authorization : authorization.substring(0, space);
        if (!algorithm.equals(AcsV3Canonicalizer.ALGORITHM)) {
            return incomplete("Unsupported signature algorithm '" + algorithm + "': expected "
                    + AcsV3Canonicalizer.ALGORITHM + ".");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : (space < 0 ? "" : authorization.substring(space + 1)).split(",")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                fields.put(field.substring(0, eq).trim(), field.substring(eq + 1).trim());
            }
        }
        for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
            if (fields.getOrDefault(required, "").isEmpty()) {
                return incomplete("The Authorization header has no " + required + ".");
            }
        }
        TreeMap<String, String> signed = new TreeMap<>();
        // Values come from the received headers (any case); the list itself must be exactly the canonical one.
        for (String name : fields.get("SignedHeaders").split(";")) {
            String lower = name.trim().toLowerCase(Locale.ROOT);
            Optional<String> value = received.header(lower);
            if (value.isEmpty()) {
                return incomplete("Signed header '" + lower + "' is not in the request.");
            }
            signed.put(lower, value.get());
        }
        if (!fields.get("SignedHeaders").equals(AcsV3Canonicalizer.signedHeaderNames(signed))) {
            return incomplete("SignedHeaders must be lower-case, sorted and without duplicates: "
                    + fields.get("SignedHeaders"));
        }
        List<String> required = new ArrayList<>(V3_REQUIRED_SIGNED_HEADERS);
        if (received.header(SigningSupport.SECURITY_TOKEN_HEADER).isPresent()) {
            required.add(SigningSupport.SECURITY_TOKEN_HEADER);
        }
        for (String name : required) {
            if (!signed.containsKey(name)) {
                return incomplete("Header '" + name + "' must be present and listed in SignedHeaders.");
            }
        }
        String accessKeyId = fields.get("Credential");
        Optional<String> secret = secrets.apply(accessKeyId);
        if (secret.isEmpty()) {
            return notFound(accessKeyId);
        }
        String bodyHash = SigningSupport.sha256Hex(received.body());
        String claimedHash = signed.get("x-acs-content-sha256").trim();
        if (!claimedHash.equalsIgnoreCase(bodyHash)) {
            return mismatch("x-acs-content-sha256 is " + claimedHash + " but the SHA-256 of the received body is "
                    + bodyHash + ".");
        }
        String canonicalRequest = AcsV3Canonicalizer.canonicalRequest(received.method(), received.path(),
                received.query(), signed, claimedHash);
        String stringToSign = AcsV3Canonicalizer.stringToSign(canonicalRequest);
        String expected = AcsV3Canonicalizer.signature(secret.get(), stringToSign);
        if (!SigningSupport.sameSignature(expected, fields.get("Signature").toLowerCase(Locale.ROOT))) {
            return mismatch(redactToken(received, "The request signature we calculated does not match the signature"
                    + " you provided. Server string to sign is: " + stringToSign.replace("\n", "\\n")
                    + " ; server canonical request is: " + canonicalRequest.replace("\n", "\\n")));
        }
        return VerificationResult.verified(AcsV3Canonicalizer.ALGORITHM + " signature verified for AccessKeyId "
                + accessKeyId + ".");
    }

    private VerificationResult verifyV1(SignableRequest received) {
        Map<String, String> query = received.query();
        for (String name : V1_REQUIRED_PARAMETERS) {
            if (query.getOrDefault(name, "").isEmpty()) {
                return incomplete("Required parameter '" + name + "' is missing.");
            }
        }
        if (!RpcV1Signer.SIGNATURE_METHOD.equals(query.get("SignatureMethod"))) {
            return incomplete("Unsupported SignatureMethod '" + query.get("SignatureMethod") + "': expected "
                    + RpcV1Signer.SIGNATURE_METHOD + ".");
        }
        if (!RpcV1Signer.SIGNATURE_VERSION.equals(query.get("SignatureVersion"))) {
            return incomplete("Unsupported SignatureVersion '" + query.get("SignatureVersion") + "': expected "
                    + RpcV1Signer.SIGNATURE_VERSION + ".");
        }
        String accessKeyId = query.get("AccessKeyId");
        Optional<String> secret = secrets.apply(accessKeyId);
        if (secret.isEmpty()) {
            return notFound(accessKeyId);
        }
        Map<String, String> signedParameters = new LinkedHashMap<>(query);
        String provided = signedParameters.remove("Signature");
        String stringToSign = RpcV1Canonicalizer.stringToSign(received.method(), signedParameters);
        String expected = RpcV1Canonicalizer.signature(secret.get(), stringToSign);
        if (!SigningSupport.sameSignature(expected, provided)) {
            return mismatch(redactToken(received,
                    "Specified signature is not matched with our calculation. Server string to sign is: "
                            + stringToSign));
        }
        return VerificationResult.verified("HMAC-SHA1 signature verified for AccessKeyId " + accessKeyId + ".");
    }

    /** Diagnostics quote the canonical request, which holds the STS token: mask it, raw and percent-encoded. */
    private static String redactToken(SignableRequest received, String message) {
        List<String> tokens = new ArrayList<>();
        received.header(SigningSupport.SECURITY_TOKEN_HEADER).ifPresent(tokens::add);
        Optional.ofNullable(received.query().get(SigningSupport.SECURITY_TOKEN_PARAMETER)).ifPresent(tokens::add);
        String redacted = message;
        for (String token : tokens) {
            for (String form : List.of(PercentEncoder.encode(PercentEncoder.encode(token)),
                    PercentEncoder.encode(token), token, token.trim())) {
                if (!form.isBlank()) {
                    redacted = redacted.replace(form, "****");
                }
            }
        }
        return redacted;
    }

    private static VerificationResult incomplete(String message) {
        return VerificationResult.failure(VerificationResult.INCOMPLETE_SIGNATURE, message);
    }

    private static VerificationResult notFound(String accessKeyId) {
        return VerificationResult.failure(VerificationResult.INVALID_ACCESS_KEY_ID_NOT_FOUND,
                "Specified access key is not found: " + accessKeyId);
    }

    private static VerificationResult mismatch(String message) {
        return VerificationResult.failure(VerificationResult.SIGNATURE_DOES_NOT_MATCH, message);
    }
}
