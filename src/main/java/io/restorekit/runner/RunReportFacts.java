package io.restorekit.runner;

import io.restorekit.report.ReportFacts;
import java.util.Optional;

/** Hands the report plugin the facts of the run in progress ({@code META-INF/services}), so reports never name the runner. */
public final class RunReportFacts implements ReportFacts.Source {
    @Override
    public Optional<ReportFacts> started() {
        return CurrentRun.started().map(ReportFacts.class::cast);
    }
}
