package io.restorekit.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.restorekit.TestApis;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kit sends Describe* actions only: anything else is refused before a byte is sent, with one line. */
class ReadOnlyGuardTest {
    private final List<HttpExchange> recorded = new CopyOnWriteArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"DeleteVault", "CreateRestoreJob", "UpdateBackupPlan", "describeRestoreJobs2", "Describe",
            "", " DescribeRestoreJobs2"})
    void aNonDescribeActionIsRefusedBeforeSending(String action) throws Exception {
        try (ThrottlingServer server = new ThrottlingServer(0, 200, "{}", Map.of())) {
            RpcClient client = new RpcClient(Duration.ofSeconds(2), Duration.ofSeconds(2), null, recorded::add);

            Throwable refused = catchThrowable(() -> client.call(server.base(), RpcRequest.to(TestApis.hbr()).withAction(action)));

            assertThat(refused).isInstanceOf(ReadOnlyViolation.class)
                    .hasMessage("Refused to send action '" + action + "' to " + server.base()
                            + ": the kit is read-only and sends only Describe* actions");
            assertThat(refused.getMessage()).doesNotContain("\n");
            assertThat(server.requests()).isZero();
            assertThat(recorded).isEmpty();
        }
    }

    @Test
    void anActionSmuggledInAsAParameterOrHeaderIsRefusedToo() throws Exception {
        try (ThrottlingServer server = new ThrottlingServer(0, 200, "{}", Map.of())) {
            RpcClient plain = new RpcClient(Duration.ofSeconds(2), Duration.ofSeconds(2), null, null);
            assertThat(catchThrowable(() -> plain.call(server.base(),
                    RpcRequest.to(TestApis.hbr()).with("Action", "DeleteVault"))))
                    .isInstanceOf(ReadOnlyViolation.class).hasMessageContaining("query parameter Action 'DeleteVault'");

            RpcClient.RequestDecorator header = (method, endpoint, query, request) -> Map.of("x-acs-action", "DeleteVault");
            RpcClient decorated = new RpcClient(Duration.ofSeconds(2), Duration.ofSeconds(2), header, null);
            assertThat(catchThrowable(() -> decorated.call(server.base(), RpcRequest.to(TestApis.hbr()))))
                    .isInstanceOf(ReadOnlyViolation.class).hasMessageContaining("header x-acs-action 'DeleteVault'");
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void describeActionsPassIncludingTheProtocolScenariosUnknownOnes() throws Exception {
        try (ThrottlingServer server = new ThrottlingServer(0, 200, "{}", Map.of())) {
            RpcClient client = new RpcClient(Duration.ofSeconds(2), Duration.ofSeconds(2), null, null);
            for (String action : List.of("DescribeRestoreJobs2", "DescribeRestoreTaskList",
                    "DescribeRestoreJobs2NoSuchAction")) {
                assertThat(client.call(server.base(), RpcRequest.to(TestApis.hbr()).withAction(action)).status())
                        .isEqualTo(200);
            }
            assertThat(server.requests()).isEqualTo(3);
        }
        assertThat(ReadOnlyGuard.allows("DescribeVaults")).isTrue();
        assertThat(ReadOnlyGuard.allows(null)).isFalse();
    }
}
