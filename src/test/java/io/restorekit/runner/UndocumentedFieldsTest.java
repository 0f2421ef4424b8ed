package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.TestApis;
import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.target.Targets;
import io.restorekit.wire.RpcClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Services add fields: by default a warning in the matrix, with conformance.strict a failure naming the field. */
class UndocumentedFieldsTest {
    private static ReferenceServer server;

    @BeforeAll
    static void startWithAnExtraField() {
        server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0);
        server.useBehaviour(server.behaviour().withPostProcessor(body -> ((ObjectNode) body).put("KitExtraField", "x")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<ScenarioOutcome> run(boolean strict, Path reports) {
        Properties props = new Properties();
        props.setProperty("kit.root", TestApis.ROOT.toString());
        props.setProperty("conformance.report.dir", reports.toString());
        props.setProperty("conformance.strict", Boolean.toString(strict));
        try (KitRuntime runtime = new KitRuntime(KitSettings.from(props, Map.of()),
                Targets.fixed(URI.create(server.baseUrl()), "reference with an extra field"), RpcClient.RequestDecorator.NONE,
                new PrintStream(OutputStream.nullOutputStream()))) {
            return SuiteLauncher.run(runtime, "@HBR.Response.Envelope", false);
        }
    }

    @Test
    void anExtraFieldWarnsByDefault() throws IOException {
        Path reports = TestApis.ROOT.resolve("target/undocumented/lenient");
        assertThat(run(false, reports)).singleElement().extracting(ScenarioOutcome::verdict).isEqualTo(ScenarioOutcome.Verdict.PASSED);
        assertThat(Files.readString(reports.resolve("conformance-matrix.md")))
                .contains("## Undocumented fields seen").contains("HBR: `/KitExtraField`");
    }

    @Test
    void anExtraFieldFailsInStrictMode() {
        assertThat(run(true, TestApis.ROOT.resolve("target/undocumented/strict"))).singleElement().satisfies(o -> {
            assertThat(o.verdict()).isEqualTo(ScenarioOutcome.Verdict.FAILED);
            assertThat(o.message()).contains("KitExtraField");
        });
    }
}
