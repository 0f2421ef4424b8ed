package io.restorekit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The WireMock extension {@value #NAME}: mappings that name it (stubs/mappings/rpc-*.json) are answered by the
 * current {@link BehaviourSet}, looked up on every request so it can be swapped while the server runs. Unknown
 * {@code Action}, or a known one with another {@code Version}, gets 404 {@code InvalidAction.NotFound}. Every
 * answer has a fresh upper-case UUID {@code RequestId} and {@code Content-Type: application/json;charset=utf-8}.
 */
final class RestoreApiTransformer implements ResponseDefinitionTransformerV2 {
    static final String NAME = "restore-api";
    static final String CONTENT_TYPE = "application/json;charset=utf-8";

    private final Supplier<BehaviourSet> behaviour;

    RestoreApiTransformer(Supplier<BehaviourSet> behaviour) {
        this.behaviour = behaviour;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        BehaviourSet current = behaviour.get();
        String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        String host = serveEvent.getRequest().getHost();
        int status;
        JsonNode body;
        try {
            RpcRequest request = RpcRequestParser.parse(serveEvent.getRequest());
            host = request.host();
            ActionBehaviour action = current.resolve(request.action(), request.version()).orElse(null);
            if (action == null) {
                ApiException e = ApiException.actionNotFound(request.action(), request.version());
                status = e.status();
                body = AlibabaError.body(e, requestId, host, null);
            } else {
                try {
                    body = action.success(request, requestId);
                    status = 200;
                } catch (ApiException e) {
                    body = action.error(e, request, requestId);
                    status = e.status();
                }
            }
        } catch (ApiException e) {
            status = e.status();
            body = AlibabaError.body(e, requestId, host, null);
        } catch (RuntimeException e) {
            ApiException internal = new ApiException(500, "InternalError",
                    "The request processing has failed due to some unknown error: " + e);
            status = internal.status();
            body = AlibabaError.body(internal, requestId, host, null);
        }
        body = current.postProcessor().apply(body);
        ReferenceAnswer answer = current.answerProcessor().apply(new ReferenceAnswer(status, CONTENT_TYPE, Json.write(body)));
        ResponseDefinitionBuilder response = new ResponseDefinitionBuilder()
                .withStatus(answer.status())
                .withBody(answer.body());
        if (answer.contentType() != null) {
            response.withHeader("Content-Type", answer.contentType());
        }
        return response.build();
    }
}
