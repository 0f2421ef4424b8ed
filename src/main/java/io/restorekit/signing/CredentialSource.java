package io.restorekit.signing;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a run's credentials come from, and the credentials it holds now. The kit asks {@link #current()} before every
 * request it signs: a provider of STS credentials (an OIDC role, a RAM role, the ECS RAM role) caches them and fetches
 * new ones when they near expiry, so a long run never signs with expired ones.
 *
 * @param description where they were found, for the console: {@code profile "ci" from ~/.aliyun/config.json}; never a
 *                    secret
 */
public record CredentialSource(String description, Supplier<Credentials> provider) {
    /** The description of credentials a caller passed in (a test, a benchmark): hints name the environment for them. */
    public static final String GIVEN = "given credentials";

    public CredentialSource {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(provider, "provider");
    }

    /** Credentials that never change (an AccessKey pair, or a fixed STS token). */
    public static CredentialSource fixed(String description, Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return new CredentialSource(description, () -> credentials);
    }

    /**
     * The credentials to sign the next request with.
     *
     * @throws CredentialsUnavailable (one line, no secret) when the provider cannot give any (an STS call refused, a
     *                                token file gone)
     */
    public Credentials current() {
        try {
            Credentials credentials = provider.get();
            if (credentials == null) {
                throw new CredentialsUnavailable("the credentials from " + description + " could not be had: none came");
            }
            return credentials;
        } catch (CredentialsUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            // The library's messages quote what it was given or what it received; never the secret, but keep one line.
            throw new CredentialsUnavailable("the credentials from " + description + " could not be had: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()));
        }
    }

    /** The console's line: where they came from and the (masked) AccessKeyId, never the secret. */
    public String describeWith(Credentials credentials) {
        return description + ", AccessKeyId " + credentials.maskedAccessKeyId()
                + (credentials.hasSecurityToken() ? " (STS)" : "");
    }

    /** Never the credentials. */
    @Override
    public String toString() {
        return "CredentialSource[" + description + "]";
    }

    /** No credentials could be had from a source the run uses: one line, no stack trace, no secret. */
    public static final class CredentialsUnavailable extends RuntimeException {
        public CredentialsUnavailable(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
