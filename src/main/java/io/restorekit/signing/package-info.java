/**
 * Request signing for Alibaba Cloud RPC APIs, JDK only, checked byte for byte against the official SDK.
 *
 * <p>What the official Java SDK (tea-openapi, openapiutil 0.2.2) signs, and what this package reproduces:
 * <ul>
 *   <li><b>V3, ACS3-HMAC-SHA256</b> (default): headers {@code host}, {@code x-acs-action}, {@code x-acs-version},
 *   {@code x-acs-date} ({@code yyyy-MM-ddTHH:mm:ssZ}), {@code x-acs-signature-nonce}, {@code x-acs-content-sha256}
 *   (hex SHA-256 of the body), {@code x-acs-security-token} (STS) plus any other {@code x-acs-*} header present
 *   (the SDK adds {@code x-acs-credentials-provider}) and {@code content-type} when present. Canonical query: every
 *   parameter sorted by its <em>raw</em> name, {@code encode(k)=encode(v)}, an empty value kept as {@code k=}.
 *   Path as given ({@code /}).</li>
 *   <li><b>V1, HMAC-SHA1</b> ({@code signatureAlgorithm = "v2"}): query parameters {@code Action}, {@code Format=json},
 *   {@code Version}, {@code Timestamp}, {@code SignatureNonce}, {@code SecurityToken} (STS),
 *   {@code SignatureMethod=HMAC-SHA1}, {@code SignatureVersion=1.0}, {@code AccessKeyId}; parameters with an empty
 *   value are left out of the string to sign; key is {@code secret + "&"}; {@code Signature} is Base64.</li>
 * </ul>
 * Encoding is RFC 3986 ({@link io.restorekit.wire.PercentEncoder}). On the wire the SDK writes spaces in the query
 * as {@code +}; a server must decode {@code +} as a space before verifying.
 *
 * <p>The kit signs through {@link io.restorekit.signing.SigningDecorator} (the client's decorator seam), chosen by
 * {@code KitRuntime.open} whenever {@link io.restorekit.signing.CredentialChain} finds credentials (the
 * environment, an OIDC role, an aliyun CLI profile, a credentials file, the ECS RAM role), which it asks for before each
 * request (STS ones are refreshed by their provider, {@code com.aliyun:credentials-java}). With V3 the
 * query carries neither {@code Action} nor {@code Version} (nor {@code Format}), exactly as the SDK's own V3 requests
 * (see {@code sdk-capture.txt}); the canonical query is built from the parameters actually sent. The reference stubs
 * verify with {@link io.restorekit.signing.SignatureVerifier} when started with {@code --require-signature}.
 */
package io.restorekit.signing;
