package io.restorekit.report;

import io.restorekit.config.KitSettings;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What the reports need to know of a run beyond Cucumber's events: the requests, replays and parity differences of each
 * scenario, the run's target, seed, field findings and baseline. The run's composition root implements it; the
 * {@link ReportPlugin} reads it, so {@code report} depends on no runner.
 */
public interface ReportFacts {
    /** The run's settings. */
    KitSettings settings();

    /** Where the end-of-run summary goes (a programmatic run may silence it). */
    PrintStream console();

    /** Whether Cucumber's HTML and JSON reports and the annotated doc pages are written (a caller reading only outcomes says no). */
    boolean cucumberReports();

    /** The target as reports name it. */
    String targetDescription();

    /** The seed every choice of the run derives from. */
    long seedValue();

    /** The requests the scenario with this Cucumber id sent (none when unknown). */
    RequestCount requestsOf(String scenarioId);

    /** The curl commands of the scenario with this Cucumber id (empty when it passed). */
    List<CurlReplay> replaysOf(String scenarioId);

    /** How the answers of the scenario at {@code location} ({@code features/…feature:line}) differed from the recording. */
    List<ParityDifference> parityOf(String location);

    /** The requests the run said before its first scenario it would send ({@code Estimate:}), if it said. */
    default Optional<Long> estimatedRequests() {
        return Optional.empty();
    }

    /** Undocumented fields the run's answers carried. */
    FieldFindings fieldFindings();

    /** The baseline the run is judged against (conformance.baseline), or none. */
    KnownDeviations deviations();

    /** Writes the run's outcomes as a baseline when conformance.baseline.write asks for one. */
    void writeBaseline(List<ScenarioOutcome> outcomes);

    /**
     * How a {@link ReportPlugin}, which Cucumber builds from its name, finds the facts of the run it reports on: the
     * composition root provides one through {@link ServiceLoader} ({@code META-INF/services}).
     */
    interface Source {
        /** The facts of the run in progress, once its runtime is built (empty before, or when its settings are unusable). */
        Optional<ReportFacts> started();

        /** No run: the reports say what the settings name. */
        Source NONE = Optional::empty;

        /** The source the classpath provides, else {@link #NONE}. */
        static Source find() {
            return ServiceLoader.load(Source.class, Source.class.getClassLoader()).findFirst().orElse(NONE);
        }
    }
}
