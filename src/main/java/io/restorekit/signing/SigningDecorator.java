package io.restorekit.signing;

import io.restorekit.config.CallSettings;
import io.restorekit.config.ConfigurationException;
import io.restorekit.config.KitSettings;
import io.restorekit.wire.RpcClient;
import io.restorekit.wire.RpcRequest;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import io.restorekit.config.TargetSpec;

/**
 * Signs every request the kit sends, through {@link RpcClient}'s decorator seam, as the official SDK does:
 *
 * <ul>
 *   <li><b>V3</b> (default): {@code Action}, {@code Version} and {@code Format} leave the query — the action and version
 *   travel in {@code x-acs-action} / {@code x-acs-version}, as in the SDK's own V3 requests — and the headers
 *   {@code x-acs-*} and {@code Authorization} are added. The canonical query is built from exactly the parameters that
 *   go on the wire.</li>
 *   <li><b>V1</b>: {@code Signature} and the other signing parameters join the query; no headers.</li>
 * </ul>
 * Each call is signed afresh (new date and nonce), so a retried request is a new signed request. The secret and the
 * STS token are reported as {@link #secretValues()}, which the client scrubs from every recorded exchange.
 */
public final class SigningDecorator implements RpcClient.RequestDecorator {
    /** Parameters a V3 request carries in headers instead (Format is left out, like the SDK). */
    static final List<String> V3_QUERY_EXCLUDED = List.of("Action", "Version", "Format");

    private final CredentialSource source;
    private final CallSettings.Signature signature;
    private final RequestSigner signer;
    /** Every secret and token signed with so far: a refreshed STS token must not make an older one printable. */
    /** The credentials last signed with (or given), for {@link #toString()}: printing never fetches any. */
    private volatile Credentials last;
    private final Set<String> secretsUsed = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());

    /** The system clock and random nonces. */
    public SigningDecorator(Credentials credentials, CallSettings.Signature signature) {
        this(credentials, signature, signature == CallSettings.Signature.V3 ? RequestSigner.acsV3() : RequestSigner.rpcV1());
    }

    /** Signs with whatever {@code source} holds at each request (STS credentials are refreshed by their provider). */
    public SigningDecorator(CredentialSource source, CallSettings.Signature signature) {
        this(source, signature, signature == CallSettings.Signature.V3 ? RequestSigner.acsV3() : RequestSigner.rpcV1());
    }

    /** {@code signer} must implement {@code signature} (tests pass signers with fixed clocks and nonces). */
    public SigningDecorator(Credentials credentials, CallSettings.Signature signature, RequestSigner signer) {
        this(CredentialSource.fixed(CredentialSource.GIVEN, credentials), signature, signer);
        remember(credentials); // known before any request: scrubbed from the first exchange on
    }

    public SigningDecorator(CredentialSource source, CallSettings.Signature signature, RequestSigner signer) {
        this.source = Objects.requireNonNull(source, "source");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /**
     * The decorator a run uses: signing with the credentials the chain finds ({@link CredentialChain}) in the chosen
     * signature version, or {@link RpcClient.RequestDecorator#NONE} when it finds none.
     *
     * @param live whether the target is the live service (the chain then reads the files nobody named, too)
     * @throws ConfigurationException (one line, quoting no secret) when the credentials are set only in part, or a
     *                                named profile or file is missing or malformed
     */
    public static RpcClient.RequestDecorator forSettings(KitSettings settings) {
        return forSettings(settings, TargetSpec.parse(settings.nameOf(KitSettings.TARGET), settings.target())
                instanceof TargetSpec.Live);
    }

    /** As {@link #forSettings(KitSettings)}, for a target already known to be live or not. */
    public static RpcClient.RequestDecorator forSettings(KitSettings settings, boolean live) {
        return credentials(settings, live)
                .<RpcClient.RequestDecorator>map(c -> new SigningDecorator(c, settings.calls().signature()))
                .orElse(RpcClient.RequestDecorator.NONE);
    }

    /**
     * Where the settings' environment says the credentials are, validated (nothing is fetched yet).
     *
     * @throws ConfigurationException when only the id or only the secret is set, a token without them, or a named
     *                                profile or file cannot be used
     */
    public static Optional<CredentialSource> credentials(KitSettings settings, boolean live) {
        return CredentialChain.find(settings.environment(), live);
    }

    @Override
    public Map<String, String> decorate(String method, URI endpoint, Map<String, String> query, RpcRequest request) {
        if (signature == CallSettings.Signature.V3) {
            query.keySet().removeAll(V3_QUERY_EXCLUDED);
        }
        SignableRequest unsigned = new SignableRequest(method, hostHeader(endpoint), path(endpoint), query, Map.of(),
                new byte[0]);
        Credentials credentials = source.current();
        remember(credentials);
        SignedParts parts = signer.sign(unsigned, credentials, request.action(), request.version());
        query.putAll(parts.queryParameters());
        Map<String, String> headers = new LinkedHashMap<>(parts.headers());
        // The HTTP client writes Host itself (and refuses to have it set): hostHeader() computes the same value.
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("host"));
        return headers;
    }

    private void remember(Credentials credentials) {
        last = credentials;
        secretsUsed.add(credentials.accessKeySecret());
        if (credentials.hasSecurityToken()) {
            secretsUsed.add(credentials.securityToken());
        }
    }

    @Override
    public Collection<String> secretValues() {
        synchronized (secretsUsed) {
            return List.copyOf(secretsUsed);
        }
    }

    /** The AccessKeyId the next request is signed with. */
    public String accessKeyId() {
        return source.current().accessKeyId();
    }

    /** Where the credentials come from. */
    public CredentialSource source() {
        return source;
    }

    /** The console's line: {@code profile "ci" from ~/.aliyun/config.json, AccessKeyId LTAI…x7Qz}; never a secret. */
    public String describeCredentials() {
        return source.describeWith(source.current()) + ", signed " + algorithm();
    }

    public CallSettings.Signature signature() {
        return signature;
    }

    /** "ACS3-HMAC-SHA256" or "HMAC-SHA1". */
    public String algorithm() {
        return signature == CallSettings.Signature.V3 ? AcsV3Signer.ALGORITHM : RpcV1Signer.SIGNATURE_METHOD;
    }

    /**
     * The {@code Host} header java.net.http sends for {@code endpoint}: the host, with {@code :port} unless the port is
     * absent or the scheme's default.
     */
    static String hostHeader(URI endpoint) {
        String host = endpoint.getHost();
        int port = endpoint.getPort();
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return defaultPort ? host : host + ":" + port;
    }

    /** The path {@link RpcClient} sends to: the endpoint's path without its trailing slash, then {@code /}. */
    static String path(URI endpoint) {
        String raw = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        return (raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw) + "/";
    }

    /** Never the secret or the token. */
    @Override
    public String toString() {
        return "SigningDecorator[" + algorithm() + ", " + source + (last == null ? "" : ", " + last) + "]";
    }
}
