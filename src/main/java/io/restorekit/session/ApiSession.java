package io.restorekit.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.oracle.Listing;
import io.restorekit.oracle.PageWalk;
import io.restorekit.oracle.PageWalker;
import io.restorekit.runner.KitRuntime;
import io.restorekit.schema.SchemaKind;
import io.restorekit.schema.SchemaViolation;
import io.restorekit.schema.ValidationResult;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One scenario's conversation with one API of the target: builds requests, sends them, and holds every
 * answer to the documented contract before anyone looks at it — a JSON object body, not labelled as another
 * media type, valid against the success or the error schema. Free of Cucumber, so it is tested on its own.
 */
public final class ApiSession {
    private final KitRuntime runtime;
    private final ApiDescriptor api;
    private final String clause;
    private RpcResponse last;

    public ApiSession(KitRuntime runtime, ApiDescriptor api, String clause) {
        this.runtime = runtime;
        this.api = api;
        this.clause = clause;
    }

    public ApiDescriptor api() {
        return api;
    }

    public String clause() {
        return clause;
    }

    /** A request for this API, with the target's region when it has one. */
    public RpcRequest request() {
        RpcRequest request = RpcRequest.to(api);
        return runtime.target().region().map(r -> request.with("RegionId", r)).orElse(request);
    }

    /** Sends and validates: the answer must be a JSON object valid against the success or error schema. */
    public RpcResponse send(RpcRequest request) {
        RpcResponse response = runtime.client().call(runtime.target().endpoint(api), request);
        last = response;
        if (!response.isJson()) {
            throw new ClauseViolation(clause, "Expected a JSON object answer, but " + response.jsonProblem(), response);
        }
        String mediaType = response.exchange().responseHeader("Content-Type");
        if (mediaType != null && !isJsonMediaType(mediaType)) {
            throw new ClauseViolation(clause, "Expected an answer in JSON format (the request says Format=JSON), but it is"
                    + " labelled Content-Type: " + mediaType, response);
        }
        if (response.status() >= 500) {
            throw new ClauseViolation(clause, "Expected a success or a client error, but the target answered HTTP "
                    + response.status(), response);
        }
        SchemaKind kind = response.isError() ? SchemaKind.ERROR : SchemaKind.RESPONSE;
        ValidationResult result = runtime.schemas().validate(api.id(), kind, response.json(), runtime.settings().strict());
        runtime.findings().record(api, result);
        if (!result.valid()) {
            String schema = "schemas/" + api.id() + "/" + (kind == SchemaKind.ERROR ? "error" : "response") + ".schema.json";
            List<SchemaViolation> errors = result.errors();
            // The first violation goes on the first line: summaries show only that line.
            throw new ClauseViolation(clause, "The answer breaks " + schema + " " + errors.get(0).describe()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)\n    " : "")
                    + errors.stream().skip(1).limit(10).map(SchemaViolation::describe).collect(Collectors.joining("\n    ")),
                    response);
        }
        return response;
    }

    /**
     * {@code application/json}, {@code text/json} or any {@code +json} type, parameters ignored. An absent Content-Type
     * is not judged: RFC 9110 says a sender SHOULD (not MUST) send one, and the body is parsed as JSON anyway.
     */
    static boolean isJsonMediaType(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        int slash = type.indexOf('/');
        String subtype = slash < 0 ? "" : type.substring(slash + 1);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    public RpcResponse last() {
        return last;
    }

    /** Sends and requires a success answer carrying the documented item list. */
    public Listing list(RpcRequest request) {
        return expectSuccess(send(request), "");
    }

    public Listing expectSuccess(RpcResponse response, String why) {
        if (response.isError()) {
            throw new ClauseViolation(clause, "Expected a success answer" + why + ", but got an error: "
                    + errorSummary(response), response);
        }
        Listing listing = new Listing(api, response);
        if (!listing.hasItemArray()) {
            throw new ClauseViolation(clause, "A success answer must hold its items at " + api.list().itemsPointer()
                    + ", but there is no array there", response);
        }
        return listing;
    }

    /**
     * Requires an error answer: HTTP status of 400 or more, or {@code Success: false}, carrying a RequestId,
     * a code and a message. No particular code is required: the pages name none for these cases.
     */
    public void expectError(RpcResponse response, String why) {
        if (!response.isError()) {
            throw new ClauseViolation(clause, "Expected an error answer" + why + ", but got a success (HTTP "
                    + response.status() + ")", response);
        }
        JsonNode json = response.json();
        if (text(json, List.of("RequestId")).isEmpty()) {
            throw new ClauseViolation(clause, "An error answer must carry a RequestId", response);
        }
        if (text(json, api.error().codeFields()).isEmpty()) {
            throw new ClauseViolation(clause, "An error answer must carry a code in " + api.error().codeFields(), response);
        }
        if (text(json, api.error().messageFields()).isEmpty()) {
            throw new ClauseViolation(clause, "An error answer must carry a message in " + api.error().messageFields(), response);
        }
    }

    public PageWalk walk(RpcRequest base, int pageSize) {
        return new PageWalker(api, this::list).walk(base, pageSize);
    }

    /** Every item the target lists with {@code base} (no paging), walked once per run and reused. */
    public PageWalk fullListing(RpcRequest base) {
        PageWalk walk = runtime.listings().get(api.id() + " " + base.query(), () -> walk(base, api.paging().walkSize()));
        if (!walk.consistent()) {
            throw new ClauseViolation(clause, "Walking the full listing broke the paging contract: "
                    + String.join("; ", walk.problems()), walk.pages().get(walk.pages().size() - 1).response());
        }
        return walk;
    }

    public String errorSummary(RpcResponse response) {
        JsonNode json = response.json();
        return "HTTP " + response.status() + " " + text(json, api.error().codeFields()) + " "
                + text(json, api.error().messageFields());
    }

    private static String text(JsonNode json, List<String> fields) {
        if (json == null) {
            return "";
        }
        for (String field : fields) {
            JsonNode node = json.get(field);
            if (node != null && !node.isNull() && !node.asText().isBlank()) {
                return node.asText();
            }
        }
        return "";
    }
}
