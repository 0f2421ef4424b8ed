package io.restorekit.reference.routing;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.restorekit.reference.engine.AlibabaError;
import io.restorekit.reference.engine.ApiException;
import io.restorekit.reference.rules.Json;
import io.restorekit.signing.SignableRequest;
import io.restorekit.signing.SignatureVerifier;
import io.restorekit.signing.VerificationResult;
import io.restorekit.wire.PercentEncoder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Makes the reference require signed requests, as Alibaba Cloud does: every request to a stub (not the admin API) is
 * checked by a {@link SignatureVerifier} before any mapping answers it. A request that fails gets Alibaba Cloud's
 * error shape ({@code RequestId, HostId, Code, Message, Recommend}) with the gateway's status: 400
 * {@code IncompleteSignature}, 404 {@code InvalidAccessKeyId.NotFound}, 400 {@code SignatureDoesNotMatch}.
 */
public final class SignatureRequestFilter implements StubRequestFilterV2 {
    static final String NAME = "require-signature";

    private final SignatureVerifier verifier;

    public SignatureRequestFilter(SignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String host = request.containsHeader("Host") ? request.getHeader("Host") : request.getHost();
        VerificationResult result;
        try {
            result = verifier.verify(asReceived(request, host));
        } catch (IllegalArgumentException e) {
            result = new VerificationResult(false, VerificationResult.INCOMPLETE_SIGNATURE,
                    "The request cannot be read for verification: " + e.getMessage());
        }
        if (result.ok()) {
            return RequestFilterAction.continueWith(request);
        }
        String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        ApiException error = new ApiException(status(result.code()), result.code(), result.message());
        return RequestFilterAction.stopWith(new ResponseDefinitionBuilder()
                .withStatus(error.status())
                .withHeader("Content-Type", RestoreApiTransformer.CONTENT_TYPE)
                .withBody(Json.write(AlibabaError.body(error, requestId, host, null)))
                .build());
    }

    /** Alibaba Cloud's gateway statuses for these codes (its common client error table). */
    static int status(String code) {
        return VerificationResult.INVALID_ACCESS_KEY_ID_NOT_FOUND.equals(code) ? 404 : 400;
    }

    /**
     * The request as the verifier needs it: the decoded query ({@code +} is a space, as the SDK sends it) — plus the
     * form body's parameters when the request is V1-signed, since V1 signs every parameter — the headers (first value
     * of each) and the raw body.
     */
    static SignableRequest asReceived(Request request, String host) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, String> query = new LinkedHashMap<>(PercentEncoder.decodeQuery(q < 0 ? "" : url.substring(q + 1)));
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            if (!header.values().isEmpty()) {
                headers.put(header.key(), header.firstValue());
            }
        }
        String contentType = request.containsHeader("Content-Type") ? request.getHeader("Content-Type") : "";
        if (!request.containsHeader("Authorization")
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            PercentEncoder.decodeQuery(request.getBodyAsString()).forEach(query::putIfAbsent);
        }
        return new SignableRequest(request.getMethod().getName(), host, path, query, headers, request.getBody());
    }
}
