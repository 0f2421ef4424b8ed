package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import io.restorekit.config.CallSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.signing.Credentials;
import io.restorekit.signing.SignatureVerifier;
import io.restorekit.signing.SigningDecorator;
import io.restorekit.wire.HttpExchange;
import io.restorekit.wire.PercentEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A signed run with STS credentials against the signature-requiring stubs, through a loopback relay that keeps every
 * byte sent: no report file (searched recursively) and no console output (the run's console, System.out and
 * System.err) holds the secret, the STS token, or any Authorization header value or V1 Signature actually sent. A
 * second run with a wrong secret (and the same token) must be as clean.
 */
class SecretHygieneAcceptanceTest {
    private static final Credentials STS = new Credentials("STS.hygiene-id", "Hyg/Secret+Value=xyz",
            "CAIS/Hygiene+Token=abc~");
    private static final String WRONG_SECRET = "Wrong/Secret+Value=qq";
    private static final Pattern AUTHORIZATION = Pattern.compile("(?im)^authorization:\\s*(.+?)\\r?$");
    private static final Pattern V1_SIGNATURE = Pattern.compile("[?&]Signature=([^&\\s]+)");

    @ParameterizedTest
    @EnumSource(CallSettings.Signature.class)
    void noSecretLeavesTheRun(CallSettings.Signature signature) throws Exception {
        Path reportDir = TestApis.ROOT.resolve("target").resolve("secret-hygiene-" + signature);
        Path wrongReportDir = TestApis.ROOT.resolve("target").resolve("secret-hygiene-wrong-" + signature);
        Path warnedReportDir = TestApis.ROOT.resolve("target").resolve("secret-hygiene-warned-" + signature);
        deleteRecursively(reportDir);
        deleteRecursively(wrongReportDir);
        deleteRecursively(warnedReportDir);

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        String sent;
        SignedSuiteAcceptanceTest.Run run;
        SignedSuiteAcceptanceTest.Run wrong;
        String warnedConsole;
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0,
                SignatureVerifier.forCredentials(STS));
             LoopbackRelay relay = new LoopbackRelay(server.port())) {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            try {
                run = SignedSuiteAcceptanceTest.run(settings(reportDir), relay.base(), new SigningDecorator(STS, signature));
                wrong = SignedSuiteAcceptanceTest.run(settings(wrongReportDir), relay.base(), new SigningDecorator(
                        new Credentials(STS.accessKeyId(), WRONG_SECRET, STS.securityToken()), signature));
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
            // Warned scenarios print their signed requests as curl commands (console, matrix, results): as clean.
            try (ReferenceServer liberal = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0,
                    SignatureVerifier.forCredentials(STS), io.restorekit.reference.rules.Reading.LIBERAL);
                 LoopbackRelay liberalRelay = new LoopbackRelay(liberal.port());
                 ByteArrayOutputStream console = new ByteArrayOutputStream();
                 PrintStream quiet = new PrintStream(console, true, StandardCharsets.UTF_8);
                 KitRuntime runtime = new KitRuntime(settings(warnedReportDir), io.restorekit.target.Targets.fixed(
                         liberalRelay.base(), "liberal signed stubs"), new SigningDecorator(STS, signature), quiet)) {
                List<ScenarioOutcome> outcomes = SuiteLauncher.run(runtime, "@HBR.Filters.Key", false);
                assertThat(outcomes).anyMatch(o -> o.verdict() == ScenarioOutcome.Verdict.WARNED);
                warnedConsole = console.toString(StandardCharsets.UTF_8);
                sent = relay.sentText() + liberalRelay.sentText();
            }
        }
        assertThat(warnedConsole).contains("      replay: curl ").contains("# *** stands for the signature");
        assertThat(Files.readString(warnedReportDir.resolve("conformance-results.json"))).contains("\"replay\" : [ \"curl ");

        assertThat(run.outcomes()).hasSizeGreaterThan(100)
                .allSatisfy(o -> assertThat(o.verdict()).isEqualTo(ScenarioOutcome.Verdict.PASSED));
        assertThat(wrong.console()).contains("SignatureDoesNotMatch");

        Set<String> sentSignatures = new LinkedHashSet<>();
        Matcher matcher = (signature == CallSettings.Signature.V3 ? AUTHORIZATION : V1_SIGNATURE).matcher(sent);
        while (matcher.find()) {
            sentSignatures.add(matcher.group(1).trim());
        }
        assertThat(sentSignatures).as("signatures captured on the wire").hasSizeGreaterThan(100);
        assertThat(sent).as("the token travelled").contains(signature == CallSettings.Signature.V3
                ? STS.securityToken() : PercentEncoder.encode(STS.securityToken()));

        List<String> forbidden = new ArrayList<>(HttpExchange.forms(List.of(STS.accessKeySecret(), WRONG_SECRET,
                STS.securityToken())));
        for (String value : sentSignatures) {
            forbidden.add(value);
            forbidden.add(PercentEncoder.decode(value));
            if (signature == CallSettings.Signature.V3) {
                forbidden.add(value.substring(value.indexOf("Signature=") + "Signature=".length()));
            }
        }

        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("run console", run.console());
        texts.put("wrong-secret run console", wrong.console());
        texts.put("warned run console", warnedConsole);
        texts.put("System.out", stdout.toString(StandardCharsets.UTF_8));
        texts.put("System.err", stderr.toString(StandardCharsets.UTF_8));
        int files = 0;
        for (Path dir : List.of(reportDir, wrongReportDir, warnedReportDir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    texts.put(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                    files++;
                }
            }
        }
        assertThat(files).as("report files").isGreaterThanOrEqualTo(6);
        // Attachments are Base64 in cucumber.json and JSON-escaped in index.html: search them decoded as well.
        texts.replaceAll((where, text) -> text + "\n" + unescaped(text) + "\n" + base64Decoded(text));
        String json = texts.get(reportDir.resolve("cucumber.json").toString());
        assertThat(json.contains("> Accept: application/json")
                && json.contains(signature == CallSettings.Signature.V3 ? "> Authorization: ***" : "&Signature=***"))
                .as("cucumber.json's attached exchanges, decoded, show the signed requests (redacted)").isTrue();
        texts.forEach((where, text) -> {
            for (String secret : forbidden) {
                assertThat(text.contains(secret)).as("%s holds a secret (%s…)", where,
                        secret.substring(0, Math.min(6, secret.length()))).isFalse();
            }
        });
    }

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");

    /** JSON and JavaScript escapes undone: backslash-u escapes and escaped slashes. */
    static String unescaped(String text) {
        return UNICODE_ESCAPE.matcher(text.replace("\\/", "/"))
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    /** Every Base64 run that decodes, decoded (and unescaped), one per line. */
    static String base64Decoded(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = BASE64.matcher(text);
        while (m.find()) {
            try {
                String decoded = new String(java.util.Base64.getDecoder().decode(m.group()), StandardCharsets.UTF_8);
                out.append(decoded).append('\n').append(unescaped(decoded)).append('\n');
            } catch (IllegalArgumentException notBase64) {
                // an ordinary word
            }
        }
        return out.toString();
    }

    private static io.restorekit.config.KitSettings settings(Path reportDir) {
        return SignedSuiteAcceptanceTest.settings(TestApis.ROOT.resolve("target").relativize(reportDir).toString(), Map.of());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
