package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.config.CallSettings;
import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.signing.Credentials;
import io.restorekit.signing.SignatureVerifier;
import io.restorekit.signing.SigningDecorator;
import io.restorekit.target.Targets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole conformance suite, signed, against reference stubs that require signatures: it passes with V3 and with
 * V1; a wrong secret stops the run before its scenarios with one line naming SignatureDoesNotMatch.
 */
class SignedSuiteAcceptanceTest {
    private static final Credentials KEY = Credentials.of("suite-id", "suite/secret+=");
    private static ReferenceServer server;

    @BeforeAll
    static void start() {
        server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0, SignatureVerifier.forCredentials(KEY));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static KitSettings settings(String reportDir, Map<String, String> extra) {
        Properties props = new Properties();
        props.setProperty("kit.root", TestApis.ROOT.toString());
        props.setProperty("conformance.report.dir", TestApis.ROOT.resolve("target").resolve(reportDir).toString());
        extra.forEach(props::setProperty);
        return KitSettings.from(props, Map.of());
    }

    record Run(List<ScenarioOutcome> outcomes, String console) {
        long count(ScenarioOutcome.Verdict verdict) {
            return outcomes.stream().filter(o -> o.verdict() == verdict).count();
        }
    }

    static Run run(KitSettings settings, URI target, SigningDecorator signing) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (PrintStream quiet = new PrintStream(console, true, StandardCharsets.UTF_8);
             KitRuntime runtime = new KitRuntime(settings, Targets.fixed(target, "signature-checking stubs at " + target),
                     signing, quiet)) {
            List<ScenarioOutcome> outcomes = SuiteLauncher.run(runtime, null, true);
            return new Run(outcomes, console.toString(StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(CallSettings.Signature.class)
    void theWholeSuitePassesSigned(CallSettings.Signature signature) {
        Run run = run(settings("signed-suite-" + signature, Map.of()), URI.create(server.baseUrl()),
                new SigningDecorator(KEY, signature));

        assertThat(run.outcomes()).hasSizeGreaterThan(100);
        assertThat(run.outcomes()).filteredOn(o -> o.verdict() == ScenarioOutcome.Verdict.FAILED)
                .as("failed scenarios").isEmpty();
        assertThat(run.count(ScenarioOutcome.Verdict.PASSED)).isEqualTo(run.outcomes().size());
        assertThat(run.console()).doesNotContain("stopped before its scenarios");
    }

    @Test
    void aWrongSecretStopsTheRunWithOneLineNamingTheCause() {
        Run run = run(settings("signed-suite-wrong-secret", Map.of()), URI.create(server.baseUrl()),
                new SigningDecorator(Credentials.of("suite-id", "not-the-secret"), CallSettings.Signature.V3));

        // No scenario runs after the probe; the stop itself comes back as one failed run-level outcome.
        assertThat(run.outcomes()).as("outcomes after a rejected probe").singleElement().satisfies(o -> {
            assertThat(o.api()).isEqualTo("RUN");
            assertThat(o.verdict()).isEqualTo(ScenarioOutcome.Verdict.FAILED);
            assertThat(o.message()).contains("rejected the credentials: SignatureDoesNotMatch");
        });
        // The first API probed (its order is the catalog's) names the cause; the line is whole, not cut.
        assertThat(run.console()).containsPattern("\\n  The run stopped before its scenarios: (HBR|DBS) at "
                + java.util.regex.Pattern.quote(server.baseUrl()) + " rejected the credentials: SignatureDoesNotMatch"
                + " \\(HTTP 400\\); check ALIBABA_CLOUD_ACCESS_KEY_SECRET \\(the secret of AccessKeyId suite-id\\)\\n");
        assertThat(run.console()).doesNotContain("not-the-secret");
    }
}
