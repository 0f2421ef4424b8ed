package io.restorekit.signing;

import java.util.Optional;

/**
 * Reads an error answer as a verdict on the kit's credentials: a signature the target recomputed differently, an
 * AccessKeyId or STS token it does not accept, missing permissions. Each becomes one line naming the code and what to
 * check, so a run with bad credentials stops at once instead of failing every scenario.
 */
public final class CredentialRejection {
    private CredentialRejection() {
    }

    /**
     * @param code        the answer's error code
     * @param accessKeyId the AccessKeyId the kit signed with, or null when it sent unsigned requests
     * @param permission  the RAM action the call needs, e.g. {@code hbr:DescribeRestoreJobs2}
     * @return what to check, when {@code code} is about credentials; empty otherwise
     */
    public static Optional<String> hint(String code, String accessKeyId, String permission) {
        return hint(code, accessKeyId, permission, null);
    }

    /**
     * As {@link #hint(String, String, String)}, for credentials from {@code source} (null or the environment: the hints
     * name the {@code ALIBABA_CLOUD_*} variables; else they name the profile or file the credentials came from).
     */
    public static Optional<String> hint(String code, String accessKeyId, String permission, CredentialSource source) {
        Optional<String> hint = envHint(code, accessKeyId, permission);
        if (source == null || source.description().startsWith("environment variables")
                || source.description().equals(CredentialSource.GIVEN)) {
            return hint;
        }
        String where = "the credentials of " + source.description();
        return hint.map(h -> h.replace(Credentials.ENV_ACCESS_KEY_SECRET, where).replace(Credentials.ENV_ACCESS_KEY_ID, where)
                .replace(Credentials.ENV_SECURITY_TOKEN, "the STS token of " + source.description()));
    }

    private static Optional<String> envHint(String code, String accessKeyId, String permission) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        boolean signed = accessKeyId != null;
        String key = signed ? "AccessKeyId " + accessKeyId : "no AccessKeyId";
        if (code.equals(VerificationResult.SIGNATURE_DOES_NOT_MATCH)) {
            return Optional.of("check " + Credentials.ENV_ACCESS_KEY_SECRET + " (the secret of " + key + ")");
        }
        if (code.equals(VerificationResult.INCOMPLETE_SIGNATURE) || code.equals("MissingSignature")
                || code.equals("MissingAccessKeyId")) {
            return Optional.of(signed
                    ? "check the signature version (-Dconformance.signature=v3|v1)"
                    : "the target requires signed requests: set " + Credentials.ENV_ACCESS_KEY_ID + " and "
                            + Credentials.ENV_ACCESS_KEY_SECRET);
        }
        if (code.startsWith("InvalidAccessKeyId")) {
            return Optional.of("check " + Credentials.ENV_ACCESS_KEY_ID + " (the target does not accept " + key + ")");
        }
        if (code.startsWith("InvalidSecurityToken") || code.equals("MissingSecurityToken")
                || code.equals("SecurityTokenExpired")) {
            return Optional.of("check " + Credentials.ENV_SECURITY_TOKEN + " (missing, invalid or expired)");
        }
        if (code.equals("IllegalTimestamp") || code.startsWith("InvalidTimeStamp")) {
            return Optional.of("check this machine's clock");
        }
        if (code.equals("Forbidden.RAM") || code.equals("NoPermission") || code.equals("Forbidden.AccessKeyDisabled")
                || code.equals("ActionUnauthorized") || code.equals("Forbidden.NoPermission")) {
            return Optional.of("grant " + key + " the permission " + permission);
        }
        return Optional.empty();
    }
}
