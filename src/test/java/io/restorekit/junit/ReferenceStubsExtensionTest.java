package io.restorekit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import io.restorekit.TestApis;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The builder registration: a fault on from the start, reset between tests (the WireMock scenario starts again, a fault
 * a test added is gone), driven through the generic tea-openapi client as a DBS client would be.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceStubsExtensionTest {
    @RegisterExtension
    static ReferenceStubsExtension stubs = ReferenceStubsExtension.builder()
            .fault("throttled-twice-then-answers").resetBetweenTests().build();

    private static TeaException refused(ReferenceStubsInfo info) {
        return catchThrowableOfType(TeaException.class, () -> Sdk.dbsRestoreTasks(info, Map.of()));
    }

    @Test
    @Order(1)
    void throttledTwiceThenAnswers(ReferenceStubsInfo info) throws Exception {
        assertThat(refused(info).getCode()).isEqualTo("Throttling.User");
        assertThat(refused(info).getCode()).isEqualTo("Throttling.User");
        assertThat(Sdk.dbsRestoreTasks(info, Map.of())).containsEntry("Success", true);
        info.addFault("service-unavailable"); // the next test must not see it
    }

    @Test
    @Order(2)
    void theResetStartsTheScenarioAgainAndDropsWhatATestAdded() {
        TeaException first = refused(stubs.info());
        assertThat(first.getCode()).as("not the 503 test 1 added").isEqualTo("Throttling.User");
        assertThat(first.getStatusCode()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void anUnknownFaultIsOneLineNamingTheKnownOnes() {
        Throwable error = catchThrowable(() -> ReferenceStubsExtension.faultFile(TestApis.ROOT.resolve("stubs"), "flaky"));
        assertThat(error).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("reference stubs: 'flaky' is neither a fault of ")
                .hasMessageContaining("known: connection-reset, internal-error,").hasMessageNotContaining("\n");
    }
}
