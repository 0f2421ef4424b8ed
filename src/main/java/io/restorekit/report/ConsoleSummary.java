package io.restorekit.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The one-screen summary printed at the end of every run. */
public final class ConsoleSummary {
    private static final int MAX_LISTED = 15;

    private ConsoleSummary() {
    }

    /** {@code stoppedBecause}: why the run ended before its scenarios (null when it did not). */
    public static String render(String targetDescription, String contract, String settingsLine, RunTally tally, Path reportDir,
                                String stoppedBecause) {
        return render(targetDescription, contract, settingsLine, tally, reportDir, stoppedBecause, List.of());
    }

    /** {@code baseline}: how the run compares with its baseline, one line each (empty without one). */
    public static String render(String targetDescription, String contract, String settingsLine, RunTally tally, Path reportDir,
                                String stoppedBecause, List<String> baseline) {
        StringBuilder out = new StringBuilder("\n");
        out.append("Conformance of ").append(targetDescription).append('\n');
        out.append("  Contract: ").append(io.restorekit.config.Contract.describe(contract)).append('\n');
        out.append("  Settings: ").append(settingsLine).append('\n');
        Map<String, Map<ScenarioOutcome.Verdict, Integer>> counts = tally.countsByApi();
        if (stoppedBecause != null) {
            out.append("  ").append(stoppedBecause).append('\n');
        }
        counts.forEach((api, c) -> out.append(String.format("  %-5s passed %4d   failed %4d   warned %4d   skipped %4d%n", api,
                c.get(ScenarioOutcome.Verdict.PASSED), c.get(ScenarioOutcome.Verdict.FAILED),
                c.get(ScenarioOutcome.Verdict.WARNED), c.get(ScenarioOutcome.Verdict.SKIPPED))));
        RequestSummary requests = RequestSummary.of(tally.outcomes());
        if (requests.sent() > 0) {
            out.append("  Requests: ").append(requests.describe()).append('\n');
        }
        list(out, "Failed (MUST)", tally, ScenarioOutcome.Verdict.FAILED);
        list(out, "Warned (SHOULD; they do not fail the run unless conformance.strict)", tally, ScenarioOutcome.Verdict.WARNED);
        list(out, "Skipped", tally, ScenarioOutcome.Verdict.SKIPPED);
        parity(out, tally);
        baseline.forEach(line -> out.append("  ").append(line).append('\n'));
        if (java.nio.file.Files.exists(reportDir.resolve("index.html"))) {
            out.append("  Report: ").append(reportDir.resolve("index.html")).append('\n');
        }
        out.append("  Matrix: ").append(reportDir.resolve("conformance-matrix.html")).append('\n');
        return out.toString();
    }

    private static void list(StringBuilder out, String title, RunTally tally, ScenarioOutcome.Verdict verdict) {
        List<ScenarioOutcome> selected = tally.outcomes().stream().filter(o -> o.verdict() == verdict).toList();
        if (selected.isEmpty()) {
            return;
        }
        out.append("  ").append(title).append(":\n");
        selected.stream().limit(MAX_LISTED).forEach(o -> {
            out.append("    ").append(o.location()).append("  ").append(o.name()).append("\n      ")
                    .append(firstLine(o.message())).append('\n');
            // The request the message is about, ready to paste (the matrix and the results file have them all).
            o.replay().stream().reduce((first, last) -> last)
                    .ifPresent(curl -> out.append("      replay: ").append(curl).append('\n'));
        });
        if (selected.size() > MAX_LISTED) {
            out.append("    … and ").append(selected.size() - MAX_LISTED).append(" more (see the report)\n");
        }
    }

    /** Scenarios whose answers differed from the recording (conformance.parity), each with its first difference. */
    private static void parity(StringBuilder out, RunTally tally) {
        List<ScenarioOutcome> differing = tally.outcomes().stream().filter(o -> !o.parity().isEmpty())
                .sorted(java.util.Comparator.comparing(ScenarioOutcome::location)).toList();
        if (differing.isEmpty()) {
            return;
        }
        out.append("  Differs from the recording (parity; ").append(differing.stream().mapToInt(o -> o.parity().size()).sum())
                .append(" differences):\n");
        differing.stream().limit(MAX_LISTED).forEach(o -> out.append("    ").append(o.location()).append("  ")
                .append(o.name()).append("\n      ").append(o.parity().get(0).describe())
                .append(o.parity().size() > 1 ? " (and " + (o.parity().size() - 1) + " more)" : "").append('\n'));
        if (differing.size() > MAX_LISTED) {
            out.append("    … and ").append(differing.size() - MAX_LISTED).append(" more (see the matrix)\n");
        }
    }

    public static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() > 220 ? first.substring(0, 220) + "…" : first;
    }
}
