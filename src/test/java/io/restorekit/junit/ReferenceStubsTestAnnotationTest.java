package io.restorekit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.hbr20170908.models.DescribeRestoreJobs2Request;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2ResponseBody;
import com.aliyun.tea.TeaException;
import io.restorekit.reference.ReferenceServer;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code @ReferenceStubsTest}: one server for the class, injected, answering the official HBR SDK and the generic client. */
@ReferenceStubsTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceStubsTestAnnotationTest {
    private static int firstPort;

    @Test
    @Order(1)
    void theOfficialHbrSdkListsTheReferenceJobs(ReferenceStubsInfo stubs) throws Exception {
        DescribeRestoreJobs2ResponseBody body = Sdk.hbr(stubs).describeRestoreJobs2(new DescribeRestoreJobs2Request()
                .setRestoreType("ECS_FILE").setPageSize(5)).getBody();
        assertThat(body.getSuccess()).isTrue();
        assertThat(body.getTotalCount()).isPositive();
        assertThat(body.getRestoreJobs().getRestoreJob()).hasSize(5)
                .allSatisfy(job -> assertThat(job.getRestoreType()).isEqualTo("ECS_FILE"));
        assertThat(stubs.baseUrl()).isEqualTo("http://" + stubs.endpoint()).startsWith("http://127.0.0.1:");
        firstPort = stubs.port();
    }

    @Test
    @Order(2)
    void theSameServerServesEveryTestOfTheClass(ReferenceServer server) throws Exception {
        assertThat(server.port()).isEqualTo(firstPort);
        // The documented reading: PageSize 100 is outside "1 to 99" (the liberal test class sees it accepted).
        TeaException refused = catchThrowableOfType(TeaException.class, () -> Sdk.hbr(new ReferenceStubsInfo(server, null))
                .describeRestoreJobs2(new DescribeRestoreJobs2Request().setPageSize(100)));
        assertThat(refused).isNotNull();
        assertThat(refused.getStatusCode()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void theGenericClientListsDbsRestoreTasks(ReferenceStubsInfo stubs) throws Exception {
        Map<String, Object> body = Sdk.dbsRestoreTasks(stubs, Map.of("PageSize", "30"));
        assertThat(body).containsEntry("Success", true);
        assertThat(((Number) body.get("TotalElements")).intValue()).isPositive();
    }
}
