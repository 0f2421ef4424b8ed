package io.restorekit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.hbr20170908.Client;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2Request;
import com.aliyun.tea.TeaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An instance-field registration with signatures required: each test its own server; the SDK's signature is checked. */
class ReferenceStubsSignedTest {
    @RegisterExtension
    ReferenceStubsExtension stubs = ReferenceStubsExtension.builder().requireSignature("kit-id", "kit-secret").build();

    @Test
    void theRightKeyIsAcceptedAndAWrongOneRefused() throws Exception {
        ReferenceStubsInfo info = stubs.info();
        assertThat(new Client(Sdk.config(info, "kit-id", "kit-secret"))
                .describeRestoreJobs2(new DescribeRestoreJobs2Request()).getBody().getSuccess()).isTrue();
        TeaException wrong = catchThrowableOfType(TeaException.class, () -> new Client(Sdk.config(info, "kit-id", "wrong"))
                .describeRestoreJobs2(new DescribeRestoreJobs2Request()));
        assertThat(wrong.getCode()).isEqualTo("SignatureDoesNotMatch");
    }
}
