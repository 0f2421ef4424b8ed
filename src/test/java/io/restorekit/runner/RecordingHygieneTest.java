package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.config.CallSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.signing.Credentials;
import io.restorekit.signing.SignatureVerifier;
import io.restorekit.signing.SigningDecorator;
import io.restorekit.target.Targets;
import io.restorekit.wire.HttpExchange;
import io.restorekit.wire.PercentEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A signed, recorded run (fake STS credentials, the signature-checking reference behind a relay that keeps every byte
 * sent): neither the recording nor the reports hold the secret, the token, the AccessKeyId, a signature actually sent
 * or any signing parameter or header; and the recording, replayed without credentials, ends every scenario the same.
 */
class RecordingHygieneTest {
    private static final Credentials STS = new Credentials("LTAI.recording-id-4711", "Rec/Secret+Value=xyz",
            "CAIS/Recording+Token=abc~");
    private static final Pattern AUTHORIZATION = Pattern.compile("(?im)^authorization:\\s*(.+?)\\r?$");
    private static final Pattern V1_SIGNATURE = Pattern.compile("[?&]Signature=([^&\\s]+)");
    private static final List<String> SIGNING_NAMES = List.of("Signature=", "SignatureNonce", "Timestamp", "AccessKeyId",
            "SecurityToken", "Authorization", "x-acs-signature", "x-acs-security-token", "x-acs-date", "ACS3-HMAC-SHA256");

    @ParameterizedTest
    @EnumSource(CallSettings.Signature.class)
    void noSecretLandsInTheRecordingOrTheReports(CallSettings.Signature signature) throws Exception {
        Path work = TestApis.ROOT.resolve("target/recording-hygiene-" + signature);
        delete(work);
        Path recording = work.resolve("recording");
        SignedSuiteAcceptanceTest.Run run;
        String sent;
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0,
                SignatureVerifier.forCredentials(STS));
             LoopbackRelay relay = new LoopbackRelay(server.port())) {
            var settings = SignedSuiteAcceptanceTest.settings(TestApis.ROOT.resolve("target").relativize(work.resolve("reports"))
                    .toString(), Map.of("conformance.record", recording.toString(), "conformance.tags", "@dbs"));
            ByteArrayCapture console = new ByteArrayCapture();
            try (KitRuntime runtime = new KitRuntime(settings, Targets.fixed(relay.base(), "signed"),
                    new SigningDecorator(STS, signature), console.stream())) {
                run = new SignedSuiteAcceptanceTest.Run(SuiteLauncher.run(runtime, "@dbs", true), console.text());
            }
            sent = relay.sentText();
        }
        assertThat(run.outcomes()).hasSizeGreaterThan(30).noneMatch(o -> o.verdict() == ScenarioOutcome.Verdict.FAILED);
        assertThat(run.console()).contains("Recorded ");

        List<String> forbidden = new ArrayList<>(HttpExchange.forms(List.of(STS.accessKeySecret(), STS.securityToken())));
        Matcher matcher = (signature == CallSettings.Signature.V3 ? AUTHORIZATION : V1_SIGNATURE).matcher(sent);
        int signatures = 0;
        while (matcher.find()) {
            forbidden.add(matcher.group(1).trim());
            forbidden.add(PercentEncoder.decode(matcher.group(1).trim()));
            signatures++;
        }
        assertThat(signatures).as("signed requests seen on the wire").isGreaterThan(30);
        assertThat(sent).as("the AccessKeyId travelled").contains(signature == CallSettings.Signature.V3
                ? STS.accessKeyId() : PercentEncoder.encode(STS.accessKeyId()));

        Map<Path, String> recordingFiles = texts(recording);
        assertThat(recordingFiles.keySet().stream().filter(p -> p.toString().contains("/mappings/"))).hasSizeGreaterThan(30);
        Map<Path, String> all = new TreeMap<>(recordingFiles);
        all.putAll(texts(work.resolve("reports")));
        all.forEach((file, text) -> {
            for (String secret : forbidden) {
                assertThat(text.contains(secret)).as("%s holds a secret (%s…)", file, secret.substring(0, Math.min(6, secret.length())))
                        .isFalse();
            }
        });
        // The reports show the AccessKeyId (an identifier, as the kit's other reports do); a recording holds none.
        recordingFiles.forEach((file, text) -> {
            SIGNING_NAMES.forEach(name ->
                    assertThat(text).as("%s names a signing parameter or header", file).doesNotContainIgnoringCase(name));
            HttpExchange.forms(List.of(STS.accessKeyId())).forEach(id ->
                    assertThat(text).as("%s holds the AccessKeyId", file).doesNotContain(id));
        });

        // Unsigned, the replay still finds every request: signing was never part of the match.
        try (KitRuntime replay = KitRuntime.open(SignedSuiteAcceptanceTest.settings(
                TestApis.ROOT.resolve("target").relativize(work.resolve("replay")).toString(),
                Map.of("conformance.target", "snapshot:" + recording)), new PrintStream(OutputStream.nullOutputStream()))) {
            List<ScenarioOutcome> replayed = SuiteLauncher.run(replay, "@dbs", true);
            assertThat(verdicts(replayed)).isEqualTo(verdicts(run.outcomes()));
        }
    }

    private static Map<String, ScenarioOutcome.Verdict> verdicts(List<ScenarioOutcome> outcomes) {
        Map<String, ScenarioOutcome.Verdict> out = new TreeMap<>();
        outcomes.forEach(o -> out.put(o.location(), o.verdict()));
        return out;
    }

    /** Every file under {@code dir}, as text, with JSON escapes undone (as the other hygiene test reads reports). */
    private static Map<Path, String> texts(Path dir) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                out.put(file, text + "\n" + SecretHygieneAcceptanceTest.unescaped(text) + "\n"
                        + SecretHygieneAcceptanceTest.base64Decoded(text));
            }
        }
        return out;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A console to read back. */
    private static final class ByteArrayCapture {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        PrintStream stream() {
            return stream;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
