package io.restorekit.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.clause.ClauseTag;
import io.restorekit.clause.ClauseViolation;
import io.restorekit.clause.ClauseWarning;
import io.restorekit.clause.Grade;
import io.restorekit.oracle.Listing;
import io.restorekit.oracle.PageWalk;
import io.restorekit.oracle.PageWalker;
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
    private final SessionContext runtime;
    private final ApiDescriptor api;
    private final String clause;
    private final Grade grade;
    private final List<String> warnings;
    private final List<io.restorekit.report.ParityDifference> parity;
    private RpcResponse last;

    /** A session whose own clause is held to MUST. */
    public ApiSession(SessionContext runtime, ApiDescriptor api, String clause) {
        this(runtime, api, clause, Grade.DOCUMENTED);
    }

    /** {@code grade}: the scenario's clause's basis and level (from its tags). */
    public ApiSession(SessionContext runtime, ApiDescriptor api, String clause, Grade grade) {
        this(runtime, api, clause, grade, new java.util.ArrayList<>(), new java.util.ArrayList<>());
    }

    private ApiSession(SessionContext runtime, ApiDescriptor api, String clause, Grade grade, List<String> warnings,
                       List<io.restorekit.report.ParityDifference> parity) {
        this.runtime = runtime;
        this.api = api;
        this.clause = clause;
        this.grade = grade;
        this.warnings = warnings;
        this.parity = parity;
    }

    /** The same conversation, judging its clause at {@code other} (e.g. a documented value within a reading's scenario). */
    public ApiSession as(Grade other) {
        return new ApiSession(runtime, api, clause, other, warnings, parity);
    }

    public Grade grade() {
        return grade;
    }

    /**
     * The scenario's clause is broken: thrown as a failure when it is a MUST (or in strict mode), as a warning when it
     * is a SHOULD. Declared to return so callers can write {@code throw session.broken(...)}.
     */
    public RuntimeException broken(String statement, RpcResponse response) {
        throw raise(grade.level(), ClauseViolation.format(clause, statement, response));
    }

    private RuntimeException raise(Grade.Level level, String message) {
        if (level == Grade.Level.MUST) {
            throw new ClauseViolation(message);
        }
        if (runtime.settings().strict()) {
            throw new ClauseViolation(message + "\n  (a SHOULD clause; conformance.strict makes it fail)");
        }
        throw new ClauseWarning(message);
    }

    /** A SHOULD check that applies to every answer: noted, and raised when the scenario ends ({@link #finish()}). */
    void warn(String statement, RpcResponse response) {
        synchronized (warnings) {
            warnings.add(ClauseViolation.format(clause, statement, response));
        }
    }

    /** At the end of a scenario that passed: its noted SHOULD findings become its warning (or failure, if strict). */
    public void finish() {
        synchronized (warnings) {
            if (!warnings.isEmpty()) {
                String all = String.join("\n", new java.util.LinkedHashSet<>(warnings));
                warnings.clear();
                throw raise(Grade.Level.SHOULD, all);
            }
        }
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
        java.util.Optional<String> miss = runtime.snapshots().miss(response.exchange());
        if (miss.isPresent()) {
            // Not the target's answer: the replayed recording has none, so nothing can be judged (and nothing passes).
            throw new ClauseViolation(clause, miss.get(), null);
        }
        compareWithRecording(response);
        if (!response.isJson()) {
            throw new ClauseViolation(clause, "Expected a JSON object answer, but " + response.jsonProblem(), response);
        }
        String mediaType = response.exchange().responseHeader("Content-Type");
        if (mediaType != null && !isJsonMediaType(mediaType)) {
            // Convention, not on the pages: they show only JSON answers and every request says Format=JSON.
            warn("Expected an answer in JSON format (the request says Format=JSON), but it is labelled Content-Type: "
                    + mediaType, response);
        }
        if (response.status() >= 500) {
            throw broken("Expected a success or a client error, but the target answered HTTP " + response.status(), response);
        }
        SchemaKind kind = response.isError() ? SchemaKind.ERROR : SchemaKind.RESPONSE;
        ValidationResult result = runtime.schemas().validate(api.id(), kind, response.json(), runtime.settings().strict());
        runtime.findings().record(api, kind, result);
        for (SchemaViolation known : result.clientKnownValues()) {
            // Not on the page, but official clients handle it: evidence the service sends it (a SHOULD, not a MUST).
            warn("The answer carries a value the page does not list " + known.describe() + "; " + known.detail(), response);
        }
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
     * Parity (conformance.parity): an answer that differs from the recorded answer to the same request is a SHOULD
     * finding on the scenario's clause — a recording is one account's answers at one time, not the documented contract —
     * and every difference is kept for the reports, whatever else the scenario finds.
     */
    private void compareWithRecording(RpcResponse response) {
        List<io.restorekit.report.ParityDifference> differences = runtime.snapshots().parity(response.exchange());
        if (differences.isEmpty()) {
            return;
        }
        synchronized (parity) {
            parity.addAll(differences);
        }
        warn("The answer differs from the recorded answer to the same request (parity with "
                + runtime.snapshots().parityDir().map(Object::toString).orElse("the recording") + "): "
                + differences.stream().map(io.restorekit.report.ParityDifference::describe)
                        .collect(Collectors.joining("; ")), response);
    }

    /** Every difference from the recording this scenario's answers showed (parity), in the order found. */
    public List<io.restorekit.report.ParityDifference> parityDifferences() {
        synchronized (parity) {
            return List.copyOf(parity);
        }
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
            throw broken("Expected a success answer" + why + ", but got an error: "
                    + errorSummary(response), response);
        }
        Listing listing = new Listing(api, response);
        if (!listing.hasItemArray()) {
            throw broken("A success answer must hold its items at " + api.list().itemsPointer()
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
            throw broken("Expected an error answer" + why + ", but got a success (HTTP "
                    + response.status() + ")", response);
        }
        JsonNode json = response.json();
        if (text(json, List.of("RequestId")).isEmpty()) {
            throw broken("An error answer must carry a RequestId", response);
        }
        if (text(json, api.error().codeFields()).isEmpty()) {
            throw broken("An error answer must carry a code in " + api.error().codeFields(), response);
        }
        if (text(json, api.error().messageFields()).isEmpty()) {
            throw broken("An error answer must carry a message in " + api.error().messageFields(), response);
        }
    }

    /**
     * Every page of {@code base} at {@code pageSize}, walked once per run: a later walk of the same request and size
     * reuses the first one's answers (a consistent walk only), so no answer is fetched twice where one copy serves.
     */
    public PageWalk walk(RpcRequest base, int pageSize) {
        return runtime.listings().get(api.id() + " " + base.query() + " by " + pageSize,
                () -> new PageWalker(api, this::list).walk(base, pageSize));
    }

    /** Every item the target lists with {@code base} (no paging), walked once per run and reused. */
    public PageWalk fullListing(RpcRequest base) {
        PageWalk walk = walk(base, api.paging().walkSize());
        if (!walk.consistent()) {
            // Paging is the page-walk scenarios' clause; here it only means the listing cannot be the ground of a verdict.
            throw new org.opentest4j.TestAbortedException("Skipped: the full listing is not consistent across its pages ("
                    + walk.describe() + "), so this clause cannot be judged on it");
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
