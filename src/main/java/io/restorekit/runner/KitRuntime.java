package io.restorekit.runner;

import io.restorekit.api.ApiCatalog;
import io.restorekit.config.CallSettings;
import io.restorekit.config.KitSettings;
import io.restorekit.report.ReportFacts;
import io.restorekit.schema.SchemaCatalog;
import io.restorekit.session.ExchangeJournal;
import io.restorekit.session.ListingCache;
import io.restorekit.session.SchemaFindings;
import io.restorekit.session.SessionContext;
import io.restorekit.signing.SigningDecorator;
import io.restorekit.target.Target;
import io.restorekit.target.Targets;
import io.restorekit.wire.RequestPacer;
import io.restorekit.wire.RetryPolicy;
import io.restorekit.wire.RpcClient;
import io.restorekit.wire.Sleeper;

/**
 * The run's composition root: the one place that builds what one conformance run shares across its scenarios —
 * settings, API descriptors, compiled schemas, the target (started once), the HTTP client, the seed, the snapshots and
 * the ledgers of requests, replays and parity. Glue receives it through its constructor ({@link KitObjectFactory});
 * sessions see it as their {@link SessionContext}, the report plugin as its {@link ReportFacts}. A programmatic run (the
 * standalone runner, the kit's own tests) builds its own and hands it to {@link SuiteLauncher#run}; a Maven run has
 * {@link CurrentRun} open one from the settings on first use.
 */
public final class KitRuntime implements AutoCloseable, SessionContext, ReportFacts {
    private final KitSettings settings;
    private final ApiCatalog apis;
    private final SchemaCatalog schemas;
    private final Target target;
    private final RpcClient client;
    private final RpcClient.RequestDecorator decorator;
    private final ListingCache listings = new ListingCache();
    private final SchemaFindings findings = new SchemaFindings();
    private final java.io.PrintStream console;
    private final java.util.concurrent.atomic.AtomicInteger scenariosStarted = new java.util.concurrent.atomic.AtomicInteger();
    private final io.restorekit.oracle.RunSeed seed;
    private final io.restorekit.snapshot.Snapshots snapshots;

    public KitRuntime(KitSettings settings, Target target, RpcClient.RequestDecorator decorator) {
        this(settings, target, decorator, System.out);
    }

    /** {@code console}: where the end-of-run summary goes (a programmatic run may silence it). */
    public KitRuntime(KitSettings settings, Target target, RpcClient.RequestDecorator decorator, java.io.PrintStream console) {
        this.settings = settings;
        this.console = console;
        this.apis = ApiCatalog.load(settings.schemasDir());
        this.schemas = SchemaCatalog.load(settings.schemasDir(), io.restorekit.schema.SchemaProfile.TOLERANT, settings.contract());
        this.target = target;
        this.decorator = decorator == null ? RpcClient.RequestDecorator.NONE : decorator;
        this.snapshots = io.restorekit.snapshot.Snapshots.open(settings, this.decorator instanceof SigningDecorator signing
                ? java.util.List.of(signing.accessKeyId()) : java.util.List.of());
        java.util.function.Consumer<io.restorekit.wire.HttpExchange> sink = snapshots.exchangeSink();
        this.client = new RpcClient(settings.connectTimeout(), settings.requestTimeout(), this.decorator,
                exchange -> {
                    ExchangeJournal.record(exchange);
                    sink.accept(exchange);
                }, retryPolicy(settings), pacer(settings, target));
        // A replay repeats the recording's choices unless told otherwise: other choices would miss its requests.
        this.seed = settings.snapshots().seed() != null ? new io.restorekit.oracle.RunSeed(settings.snapshots().seed())
                : snapshots.recordedSeed().map(io.restorekit.oracle.RunSeed::new).orElseGet(io.restorekit.oracle.RunSeed::fresh);
        // At the start, so a run that stops half-way can still be repeated.
        console.println("Seed: " + seed + " (conformance.seed=" + seed + " repeats this run's choices)");
    }

    /** The seed every choice of this run derives from. */
    public io.restorekit.oracle.RunSeed seed() {
        return seed;
    }

    /** This run's recorder and the recording it replays, if any. */
    @Override
    public io.restorekit.snapshot.Snapshots snapshots() {
        return snapshots;
    }

    /** A runtime for these settings: the target they name, started, and the request decorator they call for. */
    public static KitRuntime open(KitSettings settings, java.io.PrintStream console) {
        Target target = Targets.open(settings); // validates the settings, credentials included
        try {
            // Credentials found: every request is signed, whatever the target (the live one requires them).
            RpcClient.RequestDecorator decorator = SigningDecorator.forSettings(settings, target.live());
            if (decorator instanceof SigningDecorator signing) {
                // Where they came from, before any request; asking for them now fails a refused STS call at once.
                console.println("credentials: " + signing.describeCredentials());
            }
            return new KitRuntime(settings, target, decorator, console);
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    @Override
    public KitSettings settings() {
        return settings;
    }

    public ApiCatalog apis() {
        return apis;
    }

    @Override
    public SchemaCatalog schemas() {
        return schemas;
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public RpcClient client() {
        return client;
    }

    /** What is added to every request: {@link SigningDecorator} when credentials are set, else nothing. */
    public RpcClient.RequestDecorator decorator() {
        return decorator;
    }

    /** The settings' retry of throttled answers. */
    static RetryPolicy retryPolicy(KitSettings settings) {
        CallSettings calls = settings.calls();
        return new RetryPolicy(calls.retryAttempts(), calls.retryBackoff(), calls.retryMaxBackoff(), Sleeper.SYSTEM);
    }

    /** The settings' request rate for this target: {@code conformance.rate}, else 5/s live and unlimited otherwise. */
    static RequestPacer pacer(KitSettings settings, Target target) {
        double rate = settings.calls().rateFor(target.live());
        return rate > 0 ? RequestPacer.perSecond(rate) : RequestPacer.unlimited();
    }

    private volatile boolean probed;
    private volatile boolean cucumberReports = true;

    /**
     * No Cucumber HTML or JSON report, nor annotated doc pages, for this runtime's runs (the matrix, results file and
     * JUnit XML stay): for callers that run the suite many times and read only the outcomes, such as the mutation panel.
     */
    public KitRuntime withoutCucumberReports() {
        cucumberReports = false;
        return this;
    }

    @Override
    public boolean cucumberReports() {
        return cucumberReports;
    }

    private final java.util.Map<String, io.restorekit.report.RequestCount> requestsByScenario =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final io.restorekit.session.RequestLedger ledger = new io.restorekit.session.RequestLedger();

    /** The requests the scenario with this Cucumber id sent, and how many asked again what the run had asked. */
    public void recordRequests(String scenarioId, java.util.List<io.restorekit.wire.HttpExchange> exchanges) {
        requestsByScenario.put(scenarioId, ledger.record(exchanges));
    }

    private final java.util.Map<String, java.util.List<io.restorekit.report.CurlReplay>> replaysByScenario =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The requests of a scenario that did not pass, as curl commands, for its report. */
    public void recordReplays(String scenarioId, java.util.List<io.restorekit.report.CurlReplay> replays) {
        replaysByScenario.put(scenarioId, java.util.List.copyOf(replays));
    }

    @Override
    public java.util.List<io.restorekit.report.CurlReplay> replaysOf(String scenarioId) {
        return replaysByScenario.getOrDefault(scenarioId, java.util.List.of());
    }

    private final java.util.Map<String, java.util.List<io.restorekit.report.ParityDifference>> parityByScenario =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * How the answers of the scenario at {@code location} ({@code features/…feature:line}, as outcomes name it) differed
     * from the recording (parity). By location, so both the report plugin and the launcher's outcomes find them.
     */
    public void recordParity(String location, java.util.List<io.restorekit.report.ParityDifference> differences) {
        if (!differences.isEmpty()) {
            parityByScenario.put(location, java.util.List.copyOf(differences));
        }
    }

    @Override
    public java.util.List<io.restorekit.report.ParityDifference> parityOf(String location) {
        return parityByScenario.getOrDefault(location, java.util.List.of());
    }

    @Override
    public io.restorekit.report.RequestCount requestsOf(String scenarioId) {
        return requestsByScenario.getOrDefault(scenarioId, io.restorekit.report.RequestCount.NONE);
    }

    /** The run's targets answered the probe: scenarios may begin. */
    public void markProbed() {
        probed = true;
    }

    public boolean probed() {
        return probed;
    }

    /** Counts a scenario this runtime began (a run that began none checked nothing). */
    public void scenarioStarted() {
        scenariosStarted.incrementAndGet();
    }

    public int scenariosStarted() {
        return scenariosStarted.get();
    }

    @Override
    public ListingCache listings() {
        return listings;
    }

    /** Undocumented fields this run's answers carried. */
    @Override
    public SchemaFindings findings() {
        return findings;
    }

    @Override
    public io.restorekit.report.FieldFindings fieldFindings() {
        return findings.snapshot(schemas, apis.all().stream()
                .map(io.restorekit.api.ApiDescriptor::id).collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public java.io.PrintStream console() {
        return console;
    }

    @Override
    public String targetDescription() {
        return target.description();
    }

    @Override
    public java.util.Optional<Long> estimatedRequests() {
        return java.util.Optional.ofNullable(estimatedRequests);
    }

    private volatile Long estimatedRequests;

    /** What the run's estimate said it would send, for the results file. */
    public void recordEstimate(long requests) {
        estimatedRequests = requests;
    }

    @Override
    public long seedValue() {
        return seed.value();
    }

    @Override
    public io.restorekit.report.KnownDeviations deviations() {
        return snapshots.deviations();
    }

    @Override
    public void writeBaseline(java.util.List<io.restorekit.report.ScenarioOutcome> outcomes) {
        snapshots.writeBaseline(outcomes).ifPresent(console::println);
    }

    @Override
    public void close() {
        target.close();
    }
}
