package io.restorekit.reference.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.rules.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Alibaba Cloud's common error body: {@code RequestId, HostId, Code, Message, Recommend}. */
public final class AlibabaError {
    private AlibabaError() {
    }

    public static ObjectNode body(ApiException e, String requestId, String hostId, String product) {
        ObjectNode body = Json.object();
        body.put("RequestId", requestId);
        body.put("HostId", hostId);
        body.put("Code", e.code());
        body.put("Message", e.getMessage());
        body.put("Recommend", recommend(e.code(), requestId, product));
        return body;
    }

    static String recommend(String code, String requestId, String product) {
        String url = "https://api.aliyun.com/troubleshoot?q=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        if (product != null) {
            url += "&product=" + product;
        }
        return url + "&requestId=" + requestId;
    }
}
