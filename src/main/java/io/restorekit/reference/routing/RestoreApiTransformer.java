package io.restorekit.reference.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.ChunkedDribbleDelay;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.restorekit.reference.engine.AlibabaError;
import io.restorekit.reference.engine.ApiException;
import io.restorekit.reference.engine.BehaviourSet;
import io.restorekit.reference.engine.ListingBehaviour;
import io.restorekit.reference.engine.ReferenceAnswer;
import io.restorekit.reference.engine.RpcRequest;
import io.restorekit.reference.rules.Json;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The WireMock extension {@value #NAME}: a mapping that names it with {@code "transformerParameters": {"rules":
 * "rules/<id>.json"}} (one per API, stubs/mappings/) is answered by that API's {@link ListingBehaviour} in the current
 * {@link BehaviourSet}, looked up on every request so it can be swapped while the server runs; a mapping naming no
 * rules (the RPC fallback, the faults) by whichever API answers the call's {@code Action} and {@code Version}. A call
 * no API answers (an unknown {@code Action}, another {@code Version}) gets 404 {@code InvalidAction.NotFound}. Every
 * answer has a fresh upper-case UUID {@code RequestId} and {@code Content-Type: application/json;charset=utf-8}.
 * The mapping's own headers and delays are kept; a mapping with the transformer parameter {@value #ERROR_CODE}
 * (the fault mappings of stubs/faults/) answers that error, with the mapping's status, in the Action's error shape.
 */
public final class RestoreApiTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "restore-api";
    static final String CONTENT_TYPE = "application/json;charset=utf-8";
    /** Transformer parameters of a fault mapping (stubs/faults/): the error to answer instead of the listing. */
    static final String ERROR_CODE = "errorCode";
    static final String ERROR_MESSAGE = "errorMessage";
    /** Transformer parameter of an API's mapping: its rules file, relative to the stubs folder. */
    static final String RULES = "rules";

    private final Supplier<BehaviourSet> behaviour;

    public RestoreApiTransformer(Supplier<BehaviourSet> behaviour) {
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
        ResponseDefinition mapping = serveEvent.getResponseDefinition();
        ApiException fault = fault(mapping);
        String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        String host = serveEvent.getRequest().getHost();
        int status;
        JsonNode body;
        try {
            RpcRequest request = RpcRequestParser.parse(serveEvent.getRequest());
            host = request.host();
            ListingBehaviour action = behaviour(current, serveEvent.getResponseDefinition(), request);
            if (fault != null) {
                // A fault mapping: its error, in the shape of the Action asked for (DBS adds its own fields).
                status = fault.status();
                body = action != null ? action.error(fault, request, requestId)
                        : AlibabaError.body(fault, requestId, host, null);
            } else if (action == null) {
                ApiException e = ApiException.actionNotFound(request.action(), request.version());
                status = e.status();
                body = AlibabaError.body(e, requestId, host, null);
            } else {
                try {
                    // No post-processor reads the body: it is only written, and may hold items written once.
                    body = current.postProcesses() ? action.success(request, requestId)
                            : action.successToWrite(request, requestId);
                    status = 200;
                } catch (ApiException e) {
                    body = action.error(e, request, requestId);
                    status = e.status();
                }
            }
        } catch (ApiException e) {
            ApiException shown = fault != null ? fault : e;
            status = shown.status();
            body = AlibabaError.body(shown, requestId, host, null);
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
        keepMappingExtras(mapping, response);
        return response.build();
    }

    /** The mapping's API if it names one (and it answers this version), else whichever API answers the call. */
    private static ListingBehaviour behaviour(BehaviourSet current, ResponseDefinition mapping, RpcRequest request) {
        Parameters parameters = mapping.getTransformerParameters();
        if (parameters != null && parameters.containsKey(RULES)) {
            String id = rulesId(String.valueOf(parameters.get(RULES)));
            ListingBehaviour named = current.forId(id).orElseThrow(() -> new IllegalStateException(
                    "the mapping names rules " + parameters.get(RULES) + ", which the stubs folder does not have"));
            return named.answers(request.action(), request.version()) ? named : null;
        }
        return current.resolve(request.action(), request.version()).orElse(null);
    }

    /** {@code rules/hbr.json} (or {@code hbr.json}, {@code hbr}) to the rules id {@code hbr}. */
    static String rulesId(String rules) {
        String name = rules.substring(rules.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    /**
     * The error a fault mapping asks for with {@code "transformerParameters": {"errorCode": ..., "errorMessage": ...}}
     * (HTTP status: the mapping's {@code "status"}), or null for a plain reference mapping.
     */
    static ApiException fault(ResponseDefinition mapping) {
        Parameters parameters = mapping.getTransformerParameters();
        if (parameters == null || !parameters.containsKey(ERROR_CODE)) {
            return null;
        }
        String code = String.valueOf(parameters.get(ERROR_CODE));
        Object message = parameters.get(ERROR_MESSAGE);
        return new ApiException(mapping.getStatus(), code, message == null ? code : String.valueOf(message));
    }

    /**
     * What the mapping adds around the computed answer, kept as WireMock's JSON states it: its headers (e.g.
     * {@code x-acs-retry-after}; never its Content-Type, which the answer sets) and its delays
     * ({@code fixedDelayMilliseconds}, {@code delayDistribution}, {@code chunkedDribbleDelay}).
     */
    private static void keepMappingExtras(ResponseDefinition mapping, ResponseDefinitionBuilder response) {
        if (mapping.getHeaders() != null) {
            for (HttpHeader header : mapping.getHeaders().all()) {
                if (!header.keyEquals("Content-Type")) {
                    response.withHeader(header.key(), header.values().toArray(String[]::new));
                }
            }
        }
        if (mapping.getFixedDelayMilliseconds() != null) {
            response.withFixedDelay(mapping.getFixedDelayMilliseconds());
        }
        if (mapping.getDelayDistribution() != null) {
            response.withRandomDelay(mapping.getDelayDistribution());
        }
        ChunkedDribbleDelay dribble = mapping.getChunkedDribbleDelay();
        if (dribble != null) {
            response.withChunkedDribbleDelay(dribble.getNumberOfChunks(), dribble.getTotalDuration());
        }
    }
}
