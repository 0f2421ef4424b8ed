package io.restorekit.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** JDK-only primitives shared by the signers and the verifier. */
final class SigningSupport {

    static final String SECURITY_TOKEN_HEADER = "x-acs-security-token";
    static final String SECURITY_TOKEN_PARAMETER = "SecurityToken";

    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private SigningSupport() {
    }

    /** ISO 8601 UTC to the second, as the SDK sends it: {@code 2026-11-24T04:08:01Z}. */
    static String timestamp(Clock clock) {
        return ISO_SECONDS.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** 32 lower-case hex characters, like the SDK's nonces. */
    static String randomNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    static byte[] hmac(String algorithm, String key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // Never quote the key: the message names the algorithm only.
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Constant-time comparison of two ASCII signatures. */
    static boolean sameSignature(String expected, String received) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                received.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<String> header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return Optional.of(header.getValue());
            }
        }
        return Optional.empty();
    }

    /** A copy for printing, with any security token replaced by {@code ****}. */
    static Map<String, String> masked(Map<String, String> entries) {
        Map<String, String> copy = new LinkedHashMap<>(entries);
        copy.replaceAll((key, value) -> key.equalsIgnoreCase(SECURITY_TOKEN_HEADER)
                || key.equals(SECURITY_TOKEN_PARAMETER) ? "****" : value);
        return copy;
    }
}
