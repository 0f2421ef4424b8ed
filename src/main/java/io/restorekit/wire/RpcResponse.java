package io.restorekit.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An answered call: the exchange and its body read as JSON (or why it could not be). */
public final class RpcResponse {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final RpcRequest request;
    private final HttpExchange exchange;
    private final JsonNode json;
    private final String jsonProblem;

    public RpcResponse(RpcRequest request, HttpExchange exchange) {
        this.request = request;
        this.exchange = exchange;
        JsonNode parsed = null;
        String problem = null;
        String body = exchange.responseBody();
        try {
            parsed = body == null || body.isBlank() ? null : MAPPER.readTree(body);
            if (parsed == null) {
                problem = "the body is empty";
            } else if (!parsed.isObject()) {
                problem = "the body is JSON but not an object: " + abbreviate(body);
                parsed = null;
            }
        } catch (JsonProcessingException e) {
            problem = "the body is not JSON (Content-Type " + exchange.responseHeader("Content-Type") + "): " + abbreviate(body);
        }
        this.json = parsed;
        this.jsonProblem = problem;
    }

    public RpcRequest request() {
        return request;
    }

    public HttpExchange exchange() {
        return exchange;
    }

    public int status() {
        return exchange.status();
    }

    /** The body as a JSON object, or null when {@link #jsonProblem()} says why not. */
    public JsonNode json() {
        return json;
    }

    public String jsonProblem() {
        return jsonProblem;
    }

    public boolean isJson() {
        return json != null;
    }

    /** Alibaba Cloud signals failure by an HTTP status of 400 or more, or {@code "Success": false}. */
    public boolean isError() {
        return status() >= 400 || (json != null && json.path("Success").isBoolean() && !json.path("Success").asBoolean());
    }

    public static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}
