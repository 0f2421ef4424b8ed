package io.restorekit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.clause.Grade;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code conformance-results.json}: the run and every scenario's outcome, for CI tools. Described by
 * {@code schemas/conformance-results.schema.json}.
 */
public final class ResultsFile {
    public static final String NAME = "conformance-results.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The run as a whole. {@code stoppedBecause} null when the run checked its scenarios; {@code estimatedRequests} what
     * the run said it would send before its first scenario, null when it gave no estimate.
     */
    public record Run(String target, String settings, String contract, Long seed, Instant started, Instant ended,
                      boolean strict, String stoppedBecause, Long estimatedRequests) {
        public Run(String target, String settings, String contract, Long seed, Instant started, Instant ended,
                   boolean strict, String stoppedBecause) {
            this(target, settings, contract, seed, started, ended, strict, stoppedBecause, null);
        }
    }

    private ResultsFile() {
    }

    public static void write(Path dir, Run run, List<ScenarioOutcome> outcomes, FieldFindings fields) throws IOException {
        write(dir, run, outcomes, fields, KnownDeviations.NONE);
    }

    /** {@code known}: the baseline the verdict takes into account (its lines go into {@code run.baseline}). */
    public static void write(Path dir, Run run, List<ScenarioOutcome> outcomes, FieldFindings fields, KnownDeviations known)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode r = root.putObject("run");
        r.put("target", run.target());
        r.put("settings", run.settings());
        r.put("kitVersion", KitVersion.get());
        r.put("contract", run.contract());
        if (run.seed() == null) {
            r.putNull("seed");
        } else {
            r.put("seed", run.seed());
        }
        r.put("started", run.started().toString());
        r.put("ended", run.ended().toString());
        r.put("strict", run.strict());
        if (run.stoppedBecause() == null) {
            r.putNull("stoppedBecause");
        } else {
            r.put("stoppedBecause", run.stoppedBecause());
        }
        r.put("verdict", ScenarioOutcome.runFails(outcomes, run.stoppedBecause(), known) ? "failed" : "passed");
        List<String> baseline = known.summary(outcomes);
        if (!baseline.isEmpty()) {
            baseline.forEach(r.putArray("baseline")::add);
        }
        ObjectNode counts = r.putObject("counts");
        for (ScenarioOutcome.Verdict v : ScenarioOutcome.Verdict.values()) {
            counts.put(v.name().toLowerCase(Locale.ROOT), outcomes.stream().filter(o -> o.verdict() == v).count());
        }
        RequestSummary requests = RequestSummary.of(outcomes);
        ObjectNode sent = r.putObject("requests");
        sent.put("sent", requests.sent());
        sent.put("repeated", requests.repeated());
        if (run.estimatedRequests() != null) {
            sent.put("estimated", run.estimatedRequests());
        }
        requests.byApi().forEach(sent.putObject("byApi")::put);
        requests.byKind().forEach(sent.putObject("byKind")::put);
        ArrayNode scenarios = root.putArray("scenarios");
        outcomes.stream().sorted(Comparator.comparing(ScenarioOutcome::location)).forEach(o -> {
            ObjectNode s = scenarios.addObject();
            int colon = o.location().lastIndexOf(':');
            s.put("feature", colon > 0 ? o.location().substring(0, colon) : o.location());
            s.put("line", colon > 0 ? parse(o.location().substring(colon + 1)) : 0);
            s.put("name", o.name());
            s.put("api", o.api());
            s.put("clause", o.clause());
            Grade grade = o.grade();
            s.put("basis", grade.basisName());
            s.put("level", grade.level().name());
            s.put("outcome", o.verdict().name().toLowerCase(Locale.ROOT));
            s.put("message", o.message());
            s.put("requests", o.requests());
            s.put("repeated", o.repeated());
            if (!o.replay().isEmpty()) {
                o.replay().forEach(s.putArray("replay")::add);
            }
            if (!o.parity().isEmpty()) {
                ArrayNode parity = s.putArray("parity");
                o.parity().forEach(d -> parity.addObject().put("request", d.request()).put("path", d.path())
                        .put("recorded", d.recorded()).put("actual", d.actual()));
            }
        });
        ObjectNode f = root.putObject("fields");
        putSets(f.putObject("undocumented"), fields.undocumented());
        putSets(f.putObject("notExercised"), fields.notExercised());
        JSON.writeValue(dir.resolve(NAME).toFile(), root);
    }

    private static void putSets(ObjectNode into, java.util.Map<String, java.util.Set<String>> byApi) {
        new java.util.TreeMap<>(byApi).forEach((api, values) -> {
            ArrayNode list = into.putArray(api);
            new java.util.TreeSet<>(values).forEach(list::add);
        });
    }

    private static int parse(String line) {
        try {
            return Integer.parseInt(line);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
