package io.restorekit.signing;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An Alibaba Cloud AccessKey pair, optionally with an STS security token. {@link #toString()} masks the secret and the
 * token, and no exception raised here quotes either.
 */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken) {

    public static final String ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    public static final String ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    public static final String ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    private static final String MASK = "****";

    public Credentials {
        if (accessKeyId == null || accessKeyId.isBlank()) {
            throw new IllegalArgumentException("accessKeyId must not be blank");
        }
        if (accessKeySecret == null || accessKeySecret.isBlank()) {
            throw new IllegalArgumentException("accessKeySecret must not be blank");
        }
        if (securityToken != null && securityToken.isBlank()) {
            securityToken = null;
        }
    }

    /** A long-lived AccessKey pair without a security token. */
    public static Credentials of(String accessKeyId, String accessKeySecret) {
        return new Credentials(accessKeyId, accessKeySecret, null);
    }

    /**
     * Reads {@value #ENV_ACCESS_KEY_ID}, {@value #ENV_ACCESS_KEY_SECRET} and the optional {@value #ENV_SECURITY_TOKEN}
     * (blank counts as unset).
     *
     * @return empty when neither the id nor the secret is set
     * @throws IllegalStateException when only one of id and secret is set, or a token is set without them
     */
    public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String id = nonBlank(env.get(ENV_ACCESS_KEY_ID));
        String secret = nonBlank(env.get(ENV_ACCESS_KEY_SECRET));
        String token = nonBlank(env.get(ENV_SECURITY_TOKEN));
        if (id == null && secret == null) {
            if (token != null) {
                throw new IllegalStateException(ENV_SECURITY_TOKEN + " is set but " + ENV_ACCESS_KEY_ID + " and "
                        + ENV_ACCESS_KEY_SECRET + " are not: an STS token needs its temporary AccessKey pair");
            }
            return Optional.empty();
        }
        if (id == null) {
            throw new IllegalStateException(ENV_ACCESS_KEY_SECRET + " is set but " + ENV_ACCESS_KEY_ID
                    + " is not: set both or neither");
        }
        if (secret == null) {
            throw new IllegalStateException(ENV_ACCESS_KEY_ID + " is set but " + ENV_ACCESS_KEY_SECRET
                    + " is not: set both or neither");
        }
        return Optional.of(new Credentials(id, secret, token));
    }

    /** Whether these are STS credentials (a security token must travel with the request). */
    public boolean hasSecurityToken() {
        return securityToken != null;
    }

    /**
     * The AccessKeyId as the console shows it: its first four characters and, for a long one, its last four
     * ({@code LTAI…x7Qz}); an id is not secret, but a whole one in every CI log helps nobody.
     */
    public String maskedAccessKeyId() {
        if (accessKeyId.length() <= 8) {
            return accessKeyId.substring(0, Math.min(4, accessKeyId.length())) + "…";
        }
        return accessKeyId.substring(0, 4) + "…" + (accessKeyId.length() >= 16
                ? accessKeyId.substring(accessKeyId.length() - 4) : "");
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", accessKeySecret=" + MASK + ", securityToken="
                + (securityToken == null ? "none" : MASK) + "]";
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
