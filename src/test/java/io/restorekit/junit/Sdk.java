package io.restorekit.junit;

import com.aliyun.hbr20170908.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.Map;

/** The official clients, pointed at the stubs the way a user of the extension would: Config.setEndpoint, HTTP. */
final class Sdk {
    private Sdk() {
    }

    static Config config(ReferenceStubsInfo stubs, String id, String secret) {
        return new Config().setAccessKeyId(id).setAccessKeySecret(secret).setRegionId("cn-hangzhou")
                .setEndpoint(stubs.endpoint()).setProtocol("HTTP");
    }

    static Client hbr(ReferenceStubsInfo stubs) throws Exception {
        return new Client(config(stubs, "test-id", "test-secret"));
    }

    /** DescribeRestoreTaskList through the generic tea-openapi client (the DBS SDK is not on Maven Central). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> dbsRestoreTasks(ReferenceStubsInfo stubs, Map<String, String> query) throws Exception {
        Params params = new Params().setAction("DescribeRestoreTaskList").setVersion("2019-03-06").setProtocol("HTTP")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                .setBodyType("json");
        RuntimeOptions noRetries = new RuntimeOptions().setAutoretry(false);
        Map<String, ?> answer = new com.aliyun.teaopenapi.Client(config(stubs, "test-id", "test-secret"))
                .callApi(params, new OpenApiRequest().setQuery(query), noRetries);
        return (Map<String, Object>) answer.get("body");
    }
}
