package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Assertions on Alibaba Cloud's error body. */
final class ErrorShape {
    static final Pattern REQUEST_ID = Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    static final List<String> COMMON = List.of("RequestId", "HostId", "Code", "Message", "Recommend");
    static final List<String> DBS = List.of("RequestId", "HostId", "Code", "Message", "Recommend", "Success",
            "ErrCode", "ErrMessage", "HttpStatusCode");

    private ErrorShape() {
    }

    static void assertCommon(RpcCall.Reply reply, int status, String code) {
        assertThat(reply.status()).as("status; body %s", reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).isEqualTo("application/json;charset=utf-8");
        JsonNode body = reply.body();
        assertThat(body.path("RequestId").asText()).matches(REQUEST_ID);
        assertThat(body.path("HostId").isTextual()).isTrue();
        assertThat(body.path("HostId").asText()).isNotEmpty();
        assertThat(body.path("Code").asText()).isEqualTo(code);
        assertThat(body.path("Message").asText()).isNotBlank();
        assertThat(body.path("Recommend").asText()).startsWith("https://").contains(body.path("RequestId").asText());
    }

    static void assertHbr(RpcCall.Reply reply, String code, String parameterNamed) {
        assertCommon(reply, 400, code);
        assertThat(fieldNames(reply.body())).containsExactlyElementsOf(COMMON);
        assertThat(reply.body().path("Message").asText()).contains(parameterNamed);
    }

    static void assertDbs(RpcCall.Reply reply, String code, String parameterNamed) {
        assertCommon(reply, 400, code);
        JsonNode body = reply.body();
        assertThat(fieldNames(body)).containsExactlyInAnyOrderElementsOf(DBS);
        assertThat(body.path("Success").isBoolean()).isTrue();
        assertThat(body.path("Success").asBoolean()).isFalse();
        assertThat(body.path("ErrCode").asText()).isEqualTo(code);
        assertThat(body.path("ErrMessage").asText()).contains(parameterNamed);
        assertThat(body.path("HttpStatusCode").isInt()).isTrue();
        assertThat(body.path("HttpStatusCode").asInt()).isEqualTo(400);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
