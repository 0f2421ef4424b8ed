package io.restorekit.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.restorekit.report.NothingChecked;
import io.restorekit.runner.ConformanceRun;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.runner.CurrentRun;
import io.restorekit.runner.KitRuntime;
import io.restorekit.signing.CredentialRejection;
import io.restorekit.signing.SigningDecorator;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import io.restorekit.wire.TargetException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Run-level hooks. Cucumber's {@code @BeforeAll}/{@code @AfterAll} methods are static, so unlike the rest of the glue
 * they cannot be given the run through a constructor: they take it from {@link CurrentRun}.
 * <p>
 * Before any scenario: the settings resolve and each API's endpoint answers HTTP at all, and does not reject the kit's
 * credentials (a signature it computes differently, an unknown AccessKeyId, missing permissions) — else one line, at
 * once.
 */
public class RunHooks {
    @BeforeAll
    public static void openTargetAndProbe() {
        KitRuntime runtime = CurrentRun.get();
        SigningDecorator signing = runtime.decorator() instanceof SigningDecorator s ? s : null;
        String accessKeyId = signing != null ? signing.accessKeyId() : null;
        java.util.Map<String, Long> totals = new java.util.LinkedHashMap<>();
        for (ApiDescriptor api : runtime.apis().all()) {
            URI endpoint = runtime.target().endpoint(api);
            // Throws TargetException (one line: what, where, why) when nothing answers; any answer but a credentials
            // rejection will do here.
            RpcResponse answer = runtime.client().call(endpoint, RpcRequest.to(api));
            Optional<String> rejected = credentialRejection(api, endpoint, answer, accessKeyId,
                    signing != null ? signing.source() : null);
            if (rejected.isPresent()) {
                throw new TargetException(rejected.get(), answer.exchange());
            }
            totals.put(api.id(), answer.isJson() ? answer.json().path(api.paging().totalField()).asLong(-1) : -1);
        }
        runtime.markProbed();
        // Before the first scenario: against the live service a run's cost is its requests.
        io.restorekit.runner.RequestEstimate.read(runtime.settings().featuresDir()).ifPresent(estimate -> {
            runtime.console().println(estimate.describe(totals, runtime.apis().all().stream().collect(
                            java.util.stream.Collectors.toMap(ApiDescriptor::id, ApiDescriptor::label)),
                    runtime.settings().calls().rateFor(runtime.target().live()),
                    tags(runtime)));
            runtime.recordEstimate(estimate.total(totals));
        });
    }

    /** A run whose tag filter left no scenario checked nothing: it must not read as a pass. */
    @AfterAll
    public static void somethingWasChecked() {
        KitRuntime runtime = runtimeOrNull();
        if (runtime != null && runtime.probed() && runtime.scenariosStarted() == 0) {
            String tags = tags(runtime);
            throw new NothingChecked(ConformanceRun.noScenarioMatched(tags));
        }
    }

    /**
     * A run asked to record writes its recording once its scenarios are done (also when it stopped early); a parity run
     * says how many answers it compared.
     */
    @AfterAll
    public static void writeRecording() {
        KitRuntime runtime = runtimeOrNull();
        if (runtime == null) {
            return;
        }
        runtime.snapshots().finish(runtime.seed().value(), runtime.target().description())
                .forEach(runtime.console()::println);
    }

    /** The run's runtime, or null when its settings were unusable (@BeforeAll already stopped the run with the reason). */
    private static KitRuntime runtimeOrNull() {
        try {
            return CurrentRun.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The tag filter Cucumber itself reads under Maven. */
    static final String CUCUMBER_TAGS = "cucumber.filter.tags";

    /** The run's tag filter: the kit's setting, else Cucumber's own under Maven (null when neither is set). */
    private static String tags(KitRuntime runtime) {
        return runtime.settings().tags() != null ? runtime.settings().tags() : System.getProperty(CUCUMBER_TAGS);
    }

    /** One line naming the error code and what to check, when {@code answer} rejects the credentials. */
    static Optional<String> credentialRejection(ApiDescriptor api, URI endpoint, RpcResponse answer, String accessKeyId) {
        return credentialRejection(api, endpoint, answer, accessKeyId, null);
    }

    /** As above, naming where the credentials came from ({@code source} null: the environment). */
    static Optional<String> credentialRejection(ApiDescriptor api, URI endpoint, RpcResponse answer, String accessKeyId,
                                                io.restorekit.signing.CredentialSource source) {
        if (!answer.isError() || !answer.isJson()) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>(api.error().codeFields());
        fields.add("Code");
        String code = fields.stream().map(f -> answer.json().path(f).asText(""))
                .filter(c -> !c.isBlank()).findFirst().orElse("");
        String permission = api.id() + ":" + api.action();
        // Short enough for the summary's one line: the label, not the action, names the API.
        return CredentialRejection.hint(code, accessKeyId, permission, source).map(hint -> api.label() + " at " + endpoint
                + " rejected the credentials: " + code + " (HTTP " + answer.status() + "); " + hint);
    }
}
