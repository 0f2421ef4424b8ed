package io.restorekit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.hbr20170908.models.DescribeRestoreJobs2Request;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2ResponseBody;
import org.junit.jupiter.api.Test;

/** The annotation's reading reaches the server: the liberal reading brings PageSize 100 within 1 to 99. */
@ReferenceStubsTest(reading = "liberal")
class ReferenceStubsLiberalTest {
    @Test
    void pageSize100IsAcceptedUnderTheLiberalReading(ReferenceStubsInfo stubs) throws Exception {
        DescribeRestoreJobs2ResponseBody body = Sdk.hbr(stubs).describeRestoreJobs2(new DescribeRestoreJobs2Request()
                .setPageSize(100)).getBody();
        assertThat(body.getSuccess()).isTrue();
        assertThat(body.getPageSize()).isEqualTo(99);
    }
}
