package io.restorekit.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restorekit.TestApis;
import io.restorekit.config.ConfigurationException;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Record the reference once (the whole suite), replay the recording: every scenario ends as it did against the
 * reference. The recording is plain WireMock (a WireMock with none of the kit's extensions answers from it), a request
 * it lacks gets an immediate miss naming the nearest recorded one, and a replay that meets one fails.
 */
class RecordReplayTest {
    private static Path recording;
    private static SnapshotRuns.Run recorded;

    @BeforeAll
    static void recordTheReference() throws Exception {
        recording = SnapshotRuns.work("record-replay").resolve("recording");
        recorded = SnapshotRuns.recordTheReference(recording, null, Map.of("conformance.seed", "20261202"));
    }

    @Test
    void theReplayEndsEveryScenarioAsTheRecordedRunDid() {
        assertThat(recorded.outcomes()).hasSizeGreaterThan(100);
        assertThat(recorded.count(ScenarioOutcome.Verdict.FAILED)).isZero();
        assertThat(recorded.console()).contains("Recorded ").contains("distinct requests) into " + recording);
        assertThat(Recording.manifest(recording)).get().extracting(Recording.Manifest::seed).isEqualTo(20261202L);

        // No seed given: the replay takes the recording's, so it sends the recorded requests.
        SnapshotRuns.Run replayed = SnapshotRuns.run(SnapshotRuns.settings(recording.resolveSibling("replay-reports"),
                Map.of("conformance.target", "snapshot:" + recording)), null);

        assertThat(replayed.console()).contains("Seed: 20261202").contains("Conformance of recording " + recording);
        assertThat(replayed.verdicts()).isEqualTo(recorded.verdicts());
    }

    /** Masked ids replace the real ones everywhere, requests included, so the replay still finds every request. */
    @Test
    void maskedIdentifiersStillMatchAcrossRequests() throws Exception {
        Path masked = SnapshotRuns.work("masked").resolve("recording");
        String pointers = "/Items/RestoreTaskDetail/*/BackupPlanId,/Items/RestoreTaskDetail/*/RestoreTaskId";
        SnapshotRuns.Run original;
        java.util.Set<String> ids = new java.util.TreeSet<>();
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0)) {
            original = SnapshotRuns.run(SnapshotRuns.settings(masked.resolveSibling("reports"), Map.of(
                    "conformance.target", server.baseUrl(), "conformance.record", masked.toString(),
                    "conformance.record.mask", pointers)), "@dbs");
        }
        // The ids the reference serves (docs/reference-stubs.md: records[].item).
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(TestApis.ROOT.resolve("stubs/data/dbs-restore-tasks.json")
                .toFile()).path("records").forEach(r -> {
                    ids.add(r.path("item").path("BackupPlanId").asText());
                    ids.add(r.path("item").path("RestoreTaskId").asText());
                });
        String all = String.join("\n", files(masked).stream().map(RecordReplayTest::read).toList());
        assertThat(all).contains("masked-BackupPlanId-1").contains("masked-RestoreTaskId-1");
        assertThat(ids).hasSizeGreaterThan(100).noneMatch(all::contains);

        SnapshotRuns.Run replayed = SnapshotRuns.run(SnapshotRuns.settings(masked.resolveSibling("replay"),
                Map.of("conformance.target", "snapshot:" + masked)), "@dbs");
        assertThat(replayed.verdicts()).isEqualTo(original.verdicts());
        assertThat(replayed.count(ScenarioOutcome.Verdict.PASSED)).isGreaterThan(20);
    }

    @Test
    void plainWireMockServesTheRecording() throws Exception {
        WireMockServer plain = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(recording.toString()));
        plain.start();
        try {
            HttpResponse<String> answer = post("http://127.0.0.1:" + plain.port()
                    + "/?Action=DescribeRestoreTaskList&Version=2019-03-06&Format=JSON&PageSize=50&PageNum=1");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"PageSize\"").contains("\"PageNum\"");
            HttpResponse<String> reordered = post("http://127.0.0.1:" + plain.port()
                    + "/?PageNum=1&PageSize=50&Format=JSON&Version=2019-03-06&Action=DescribeRestoreTaskList&Signature=x&Timestamp=y");
            assertThat(reordered.body()).as("order and signing parameters do not matter").isEqualTo(answer.body());
            HttpResponse<String> more = post("http://127.0.0.1:" + plain.port()
                    + "/?Action=DescribeRestoreTaskList&Version=2019-03-06&Format=JSON&PageSize=50&PageNum=1&BackupPlanId=zz");
            assertThat(more.statusCode()).as("a parameter more is another request").isEqualTo(404);
        } finally {
            plain.stop();
        }
    }

    @Test
    void aRequestTheRecordingLacksGetsAMissNamingTheNearestRecordedOne() throws Exception {
        try (ReplayServer replay = ReplayServer.start(recording)) {
            long started = System.nanoTime();
            HttpResponse<String> miss = post(replay.baseUrl()
                    + "/?Action=DescribeRestoreTaskList&Version=2019-03-06&Format=JSON&PageSize=50&PageNum=777");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(miss.statusCode()).isEqualTo(404);
            assertThat(miss.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
            assertThat(miss.body().lines().findFirst()).get().asString()
                    .startsWith("The recording at " + recording + " has no answer to POST /?Action=DescribeRestoreTaskList"
                            + "&PageNum=777&PageSize=50&Version=2019-03-06; the nearest recorded request is POST /?")
                    .contains("PageSize=50");

            // V3 signing sends Action and Version as headers: the kit's replay finds the recorded request all the same.
            HttpResponse<String> v3 = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(replay.baseUrl()
                            + "/?PageSize=50&PageNum=1")).header("x-acs-action", "DescribeRestoreTaskList")
                    .header("x-acs-version", "2019-03-06").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(v3.statusCode()).as(v3.body()).isEqualTo(200);
            assertThat(v3.body()).contains("\"PageNum\"");
        }
    }

    @Test
    void aReplayThatMeetsAMissFailsTheScenarioWithTheMissLine() throws Exception {
        // Another seed sends other ClientTokens: those scenarios must fail with the miss, never pass.
        SnapshotRuns.Run other = SnapshotRuns.run(SnapshotRuns.settings(recording.resolveSibling("other-seed-reports"),
                Map.of("conformance.target", "snapshot:" + recording, "conformance.seed", "1")), "@DBS.ClientToken");
        assertThat(other.outcomes()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.verdict()).isEqualTo(ScenarioOutcome.Verdict.FAILED);
            assertThat(o.message()).startsWith("[DBS.ClientToken] The recording at " + recording + " has no answer to POST /?");
        });
    }

    @Test
    void aFolderThatIsNotARecordingIsOneLine() throws Exception {
        Path empty = SnapshotRuns.work("not-a-recording");
        Throwable missing = catchThrowable(() -> SnapshotRuns.settings(empty, Map.of("conformance.target",
                "snapshot:" + empty.resolve("nothing"))).toString().length());
        assertThat(missing).isNull(); // settings are read as given; the target is checked when the run opens it
        Throwable opened = catchThrowable(() -> SnapshotRuns.run(SnapshotRuns.settings(empty, Map.of("conformance.target",
                "snapshot:" + empty.resolve("nothing"))), null));
        assertThat(opened).isInstanceOf(ConfigurationException.class)
                .hasMessage("conformance.target=snapshot:='" + empty.resolve("nothing") + "': " + empty.resolve("nothing")
                        + " does not exist; name a folder that conformance.record wrote (it holds mappings/ and __files/)");
        Files.createDirectories(empty.resolve("other"));
        Files.writeString(empty.resolve("other/notes.txt"), "mine");
        assertThat(catchThrowable(() -> SnapshotRuns.run(SnapshotRuns.settings(empty, Map.of(
                "conformance.record", empty.resolve("other").toString())), null)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("holds files but no kit-recording.json");
        assertThat(empty.resolve("other/notes.txt")).hasContent("mine");
    }

    static HttpResponse<String> post(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
